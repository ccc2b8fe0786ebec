#!/usr/bin/env python3
"""bench.py - the measuring half of `make bench` (issue 12).

bench/run.sh starts the servers and calls the subcommands below; each
prints one line "key value" per figure (or JSON for `timed`), which
run.sh appends to its raw table.  `report` turns that table into
bench/results.md and the gnuplot PNG.  Python 3 standard library only:
the figures must be repeatable on a plain Debian machine.

  gen MAILDIR N FIRST        N registration mails straight into MAILDIR/new
  timed CMD...               run CMD, print wall time, CPU, peak RSS (wait4);
                             with BENCH_CHILD_OUT=FILE, CMD's output goes
                             there
  stages FILE                the table of `regbot once --stats` in FILE as
                             "stage_NAME ms-per-message" lines
  imap PORT USER PASS        UID FETCH BODY.PEEK[] in batches of 50 and one
                             at a time, then UID MOVE one at a time and as
                             one UID set (the mailbox is emptied)
  sqlite DIR N               N small transactions, WAL, synchronous=FULL
  durable DIR N              N x (write, fsync, rename, fsync dir)
  mlmmj LISTDIR N FIRST [PRELOAD]  N subscribe requests via mlmmj-receive -F
  ingest REGBOT CONF DIR N FIRST  `regbot ingest FILE` N times
  floor BINARY N             BINARY (bench/floor.c: nothing but regbot's
                             libraries) N times: starts/s, CPU per start
  latency REGBOT CONF NOW LMTP SINKDIR SPOOL N FIRST
                             `regbot run`; one mail at a time over LMTP,
                             time until smtp-sink holds the reply (from
                             delivery and from regbot's commit)
  idle REGBOT CONF NOW SECS  `regbot run` with nothing to do: CPU ticks
                             over SECS and RSS
  report RAW OUT.md OUT.png NOTE  medians, ratios, the plot
"""

import imaplib
import json
import os
import resource
import shutil
import smtplib
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

# ------------------------------------------------------------ test mail


def mail(num):
    """One registration as a participant writes it: every third one from
    the municipality (pool gemeente), the others from an organisation, so
    that 60 seats split 20/40 as in the brochure.  Placeholders only."""
    if num % 3 == 0:
        name, addr = "Deelnemer %05d" % num, "deelnemer%05d@almere.nl" % num
        org = "Gemeente Almere, Dienst Maatschappelijke Ontwikkeling"
        extra = ""
    else:
        name = "Participant %05d" % num
        addr = "participant%05d@example.org" % num
        org = "Example Foundation for Community Care"
        extra = ("Factuuradres: Voorbeeldlaan %d, 1315 AA Almere\n"
                 "Factuurkenmerk: INK-2010-%05d\n" % (num % 90 + 1, num))
    body = ("Geachte heer/mevrouw,\n\n"
            "Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op "
            "locatie\nAlmere (1 juni, 23 september, 2 november en 23 "
            "november 2010).\nHieronder mijn gegevens.\n\n"
            "Naam: %s\nOrganisatie: %s\nFunctie: Beleidsadviseur\n"
            "E-mail: %s\nTelefoon: 036 - 000 %05d\nDieetwensen: geen\n%s\n"
            "Met vriendelijke groet,\n\n%s\n" %
            (name, org, addr, num, extra, name))
    hdr = ("From: %s <%s>\n"
           "To: deSTADSWIJKstudies Almere <robot@regbot.test>\n"
           "Subject: Aanmelding leergang deSTADSWIJKstudies op locatie "
           "Almere\n"
           "Date: Mon, 12 Apr 2010 10:%02d:%02d +0200\n"
           "Message-ID: <bench.%d.%d@example.org>\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\n"
           "Content-Transfer-Encoding: 8bit\n\n" %
           (name, addr, num // 60 % 60, num % 60, num, os.getpid()))
    return (hdr + body).replace("\n", "\r\n").encode()


def cmd_gen(maildir, n, first):
    """Preload by writing maildir files directly: Dovecot indexes them on
    the next SELECT.  Seconds for 10k, where LMTP takes minutes."""
    n, first = int(n), int(first)
    for sub in ("new", "cur", "tmp"):
        os.makedirs(os.path.join(maildir, sub), exist_ok=True)
    base = int(time.time())
    for i in range(n):
        data = mail(first + i)
        name = "%d.M%dP%d.bench,S=%d" % (base, i, os.getpid(), len(data))
        with open(os.path.join(maildir, "new", name), "wb") as f:
            f.write(data)
    print("preloaded", n)


# ------------------------------------------------------------ processes


def cmd_timed(*argv):
    """Wall time, user+system CPU and peak RSS of CMD via wait4()."""
    out = os.environ.get("BENCH_CHILD_OUT")
    out = open(out, "wb") if out else None
    # Linux counts what a process held before exec in its peak RSS, and
    # a child of this script starts as a copy of it: BENCH_SPAWN (spawn.c)
    # forks CMD from a small process and reports CMD's own peak on stderr.
    spawn = os.environ.get("BENCH_SPAWN")
    err = None
    if spawn:
        argv = (spawn,) + argv
        err = tempfile.TemporaryFile()
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out,
                         stderr=err)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    maxrss = ru.ru_maxrss
    if err is not None:
        err.seek(0)
        for line in err.read().decode(errors="replace").splitlines():
            if line.startswith("spawn: maxrss_kb "):
                maxrss = int(line.split()[-1])
            else:
                sys.stderr.write(line + "\n")
    print(json.dumps({"rc": os.waitstatus_to_exitcode(status),
                      "wall": wall, "cpu": ru.ru_utime + ru.ru_stime,
                      "maxrss_kb": maxrss}))


def cmd_stages(path):
    """`regbot once --stats` prints "stage count total ms/msg share" per
    stage; an older regbot prints nothing, and so does this."""
    for line in open(path, errors="replace"):
        f = line.split()
        if len(f) >= 4 and f[-1].endswith("%") and f[0] != "stage":
            try:
                print("stage_%s" % f[0].replace("+", "_"), float(f[-2]))
            except ValueError:
                pass


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def cmd_ingest(regbot, conf, d, n, first):
    """The MTA-pipe path: one process per message."""
    n, first = int(n), int(first)
    os.makedirs(d, exist_ok=True)
    files = []
    for i in range(n):
        f = os.path.join(d, "%d.eml" % i)
        with open(f, "wb") as fp:
            fp.write(mail(first + i))
        files.append(f)
    log = open(os.path.join(os.path.dirname(conf), "ingest.log"), "ab")
    cpu0, t0 = children_cpu(), time.monotonic()
    for f in files:
        r = subprocess.run([regbot, "--config", conf, "ingest", f],
                           stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        if r.returncode != 0:
            sys.exit("ingest failed with %d on %s" % (r.returncode, f))
    wall, cpu = time.monotonic() - t0, children_cpu() - cpu0
    print("ingest_rate", n / wall)
    print("ingest_cpu_ms", 1000 * cpu / n)


def cmd_floor(binary, n):
    """The cost of loading regbot's libraries alone, one process each."""
    n = int(n)
    cpu0, t0 = children_cpu(), time.monotonic()
    for _ in range(n):
        r = subprocess.run([binary], stdin=subprocess.DEVNULL)
        if r.returncode != 0:
            sys.exit("%s failed with %d" % (binary, r.returncode))
    wall, cpu = time.monotonic() - t0, children_cpu() - cpu0
    print("floor_rate", n / wall)
    print("floor_cpu_ms", 1000 * cpu / n)


# ------------------------------------------------------------ IMAP


def cmd_imap(port, user, password):
    imaplib.Commands.setdefault("MOVE", ("SELECTED",))
    m = imaplib.IMAP4("127.0.0.1", int(port))
    m.login(user, password)
    typ, _ = m.select("INBOX")
    if typ != "OK":
        sys.exit("imap: SELECT failed")
    _, data = m.uid("SEARCH", "ALL")
    uids = [int(u) for u in data[0].split()]
    n = len(uids)
    if n < 2:
        sys.exit("imap: %d messages" % n)

    def fetch(seq):
        typ, d = m.uid("FETCH", seq, "(BODY.PEEK[])")
        if typ != "OK":
            sys.exit("imap: FETCH failed")
        return sum(1 for x in d if isinstance(x, tuple))

    t0, got = time.monotonic(), 0
    for i in range(0, n, 50):
        got += fetch("%d:%d" % (uids[i], uids[min(i + 50, n) - 1]))
    print("fetch50_rate", got / (time.monotonic() - t0))
    t0, got = time.monotonic(), 0
    for u in uids:
        got += fetch(str(u))
    print("fetch1_rate", got / (time.monotonic() - t0))

    # MOVE: half (at most 1,000) one at a time, the rest as one UID set.
    m.create("Moved1")
    m.create("MovedSet")
    k = min(n // 2, 1000)
    t0 = time.monotonic()
    for u in uids[:k]:
        if m.uid("MOVE", str(u), "Moved1")[0] != "OK":
            sys.exit("imap: MOVE failed")
    print("move1_rate", k / (time.monotonic() - t0))
    t0 = time.monotonic()
    if m.uid("MOVE", "%d:%d" % (uids[k], uids[-1]), "MovedSet")[0] != "OK":
        sys.exit("imap: MOVE set failed")
    print("moveset_rate", (n - k) / (time.monotonic() - t0))
    m.logout()


# ------------------------------------------------------------ disk


def cmd_sqlite(d, n):
    """One small transaction per insert, as regbot's store does."""
    n = int(n)
    path = os.path.join(d, "bench.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT, v BLOB)")
    t0 = time.monotonic()
    for i in range(n):
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t (k, v) VALUES (?, ?)",
                   ("key%d" % i, b"x" * 200))
        db.execute("COMMIT")
    print("sqlite_tx_rate", n / (time.monotonic() - t0))
    db.close()


def cmd_durable(d, n):
    """The crash-safe way to write a file: write, fsync, rename, fsync
    the directory."""
    n = int(n)
    os.makedirs(d, exist_ok=True)
    dfd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
    data = mail(1)
    t0 = time.monotonic()
    for i in range(n):
        tmp, final = os.path.join(d, ".tmp"), os.path.join(d, "f%d" % i)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, data)
        os.fsync(fd)
        os.close(fd)
        os.rename(tmp, final)
        os.fsync(dfd)
    print("durable_rate", n / (time.monotonic() - t0))
    os.close(dfd)


# ------------------------------------------------------------ mlmmj


def cmd_mlmmj(listdir, n, first, preload=""):
    """Subscribe requests as the MTA hands them over
    ("|mlmmj-receive -L LISTDIR"), -F so we can wait for each; every one
    ends in a confirmation mail through mlmmj-send to smtp-sink.
    PRELOAD (a shared object) is put in LD_PRELOAD."""
    n, first = int(n), int(first)
    env = dict(os.environ)
    if preload:
        env["LD_PRELOAD"] = preload
    lst = open(os.path.join(listdir, "control", "listaddress")).read()
    lst = lst.split()[0]
    local, dom = lst.split("@")
    msgs = []
    for i in range(first, first + n):
        msgs.append(("From: Participant %05d <participant%05d@example.org>"
                     "\nTo: %s+subscribe@%s\nSubject: subscribe\n"
                     "Message-ID: <sub.%d.%d@example.org>\n"
                     "Date: Mon, 12 Apr 2010 10:00:00 +0200\n\nsubscribe\n"
                     % (i, i, local, dom, i, os.getpid())).encode())
    t0 = time.monotonic()
    for data in msgs:
        r = subprocess.run(["/usr/bin/mlmmj-receive", "-F", "-L", listdir],
                           input=data, env=env, stdout=subprocess.DEVNULL)
        if r.returncode != 0:
            sys.exit("mlmmj-receive failed with %d" % r.returncode)
    print("rate", n / (time.monotonic() - t0))


# ------------------------------------------------------------ daemon


def count_files(d):
    with os.scandir(d) as it:
        return sum(1 for e in it if e.is_file())


def start_daemon(regbot, conf, now, log):
    return subprocess.Popen([regbot, "--config", conf, "--now", now, "run"],
                            stdin=subprocess.DEVNULL, stdout=log,
                            stderr=log)


def stop_daemon(p):
    p.terminate()
    try:
        p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()


def wait_for(cond, secs, what):
    end = time.monotonic() + secs
    while not cond():
        if time.monotonic() > end:
            sys.exit("timeout after %ss waiting for %s" % (secs, what))
        time.sleep(0.0002)


def cmd_latency(regbot, conf, now, lmtp, sinkdir, spool, n, first):
    """One mail at a time over LMTP into the robot's INBOX, so each
    wake-up is IDLE's.  Three moments: LMTP's 250 after DATA (the mail
    is in the mailbox), regbot's commit (a new row in its messages
    table, read from the WAL database) and the reply's file in
    smtp-sink's directory.  Prints delivery->reply and commit->reply."""
    n, first = int(n), int(first)
    log = open(os.path.join(os.path.dirname(conf), "latency.log"), "ab")
    p = start_daemon(regbot, conf, now, log)
    db = None
    total, commit = [], []
    try:
        base = count_files(sinkdir)
        lm = smtplib.LMTP("127.0.0.1", int(lmtp))
        # The first mail is not measured: it shows the daemon is up.
        for i in range(n + 1):
            data = mail(first + i)
            t0 = time.monotonic()
            lm.sendmail("participant@example.org", ["robot@regbot.test"],
                        data)
            if db is None:
                wait_for(lambda: count_files(sinkdir) > base, 60,
                         "the first reply")
                db = sqlite3.connect("file:%s/regbot.db?mode=ro" % spool,
                                     uri=True, isolation_level=None)
                last = db.execute("SELECT max(id) FROM messages")
                last = last.fetchone()[0]
                continue
            tc = None
            end = t0 + 30
            while count_files(sinkdir) <= base + i:
                if tc is None:
                    cur = db.execute("SELECT max(id) FROM messages")
                    if cur.fetchone()[0] != last:
                        tc = time.monotonic()
                if time.monotonic() > end:
                    sys.exit("timeout waiting for reply %d" % i)
                time.sleep(0.0001)
            t1 = time.monotonic()
            last = db.execute("SELECT max(id) FROM messages").fetchone()[0]
            total.append(t1 - t0)
            commit.append(t1 - (tc if tc is not None else t1))
            if p.poll() is not None:
                sys.exit("regbot run exited with %d" % p.returncode)
        lm.quit()
    finally:
        if db is not None:
            db.close()
        stop_daemon(p)
    for x in total:
        print("latency_ms", 1000 * x)
    for x in commit:
        print("commit_ms", 1000 * x)


def proc_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def proc_rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def proc_rss_split_kb(pid):
    """(file-backed, anonymous) resident kB: the shared libraries' pages
    a process touched, and its own heap and stacks."""
    got = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            k = line.split(":")[0]
            if k in ("RssFile", "RssAnon", "RssShmem"):
                got[k] = int(line.split()[1])
    return got.get("RssFile", 0) + got.get("RssShmem", 0), got.get("RssAnon", 0)


def cmd_idle(regbot, conf, now, secs):
    """After start-up (no tick for 2 s in a row, within 60 s), count
    the CPU ticks over SECS of an empty mailbox."""
    secs = float(secs)
    log = open(os.path.join(os.path.dirname(conf), "idle.log"), "ab")
    p = start_daemon(regbot, conf, now, log)
    try:
        end, last, still = time.monotonic() + 60, -1, 0
        while still < 10 and time.monotonic() < end:
            time.sleep(0.2)
            t = proc_ticks(p.pid)
            still = still + 1 if t == last else 0
            last = t
        t0 = proc_ticks(p.pid)
        time.sleep(secs)  # the measurement itself is a time window
        if p.poll() is not None:
            sys.exit("regbot run exited with %d" % p.returncode)
        print("idle_ticks", proc_ticks(p.pid) - t0)
        print("idle_rss_mb", proc_rss_kb(p.pid) / 1024)
        file_kb, anon_kb = proc_rss_split_kb(p.pid)
        print("idle_rss_file_mb", file_kb / 1024)
        print("idle_rss_anon_mb", anon_kb / 1024)
    finally:
        stop_daemon(p)


# ------------------------------------------------------------ report


def pct(xs, q):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def cmd_report(raw, out_md, out_png, note):
    """RAW: lines "rep key n value"; medians per (key, n) over reps."""
    vals, lat, com, byrep = {}, [], [], {}
    for line in open(raw):
        f = line.split()
        if len(f) != 4:
            continue
        rep, key, n, v = f
        if key == "latency_ms":
            lat.append(float(v))
            continue
        if key == "commit_ms":
            com.append(float(v))
            continue
        vals.setdefault((key, int(n)), []).append(float(v))
        byrep.setdefault((key, int(n)), {})[rep] = float(v)
    med = {k: statistics.median(v) for k, v in vals.items()}
    reps = {k: len(v) for k, v in vals.items()}
    sizes = sorted({n for (k, n) in med if k == "once_rate"})

    def g(key, n=0):
        return med.get((key, n))

    def fmt(x, unit=""):
        if x is None:
            return "n/a"
        if x >= 100:
            s = "{:,.0f}".format(x)
        elif x >= 10:
            s = "%.1f" % x
        else:
            s = "%.2f" % x
        return s + unit

    def row(label, *cells):
        return "| " + " | ".join((label,) + cells) + " |"

    L = ["# regbot benchmark results", "",
         "Written by `make bench` (bench/run.sh, bench/bench.py); see "
         "bench/README.md for what each row measures.  Every figure is "
         "the median of the interleaved repetitions shown in the last "
         "column.", "", note, "",
         "## regbot once against N preloaded mails", "",
         row("N", "all confirmed: msg/s", "s", "peak RSS MB",
             "CPU s", "baseline: msg/s", "s", "peak RSS MB", "CPU s",
             "60 seats (waitlist): msg/s", "peak RSS MB",
             "IMAP FETCH 50/batch msg/s", "FETCH 1 msg/s",
             "UID MOVE 1 msg/s", "UID MOVE set msg/s", "runs"),
         row(*["---"] * 16)]
    for n in sizes:
        L.append(row("{:,}".format(n), fmt(g("once_rate", n)),
                     fmt(g("once_wall", n)), fmt(g("once_rss_mb", n)),
                     fmt(g("once_cpu", n)), fmt(g("base_rate", n)),
                     fmt(g("base_wall", n)), fmt(g("base_rss_mb", n)),
                     fmt(g("base_cpu", n)), fmt(g("wait_rate", n)),
                     fmt(g("wait_rss_mb", n)), fmt(g("fetch50_rate", n)),
                     fmt(g("fetch1_rate", n)), fmt(g("move1_rate", n)),
                     fmt(g("moveset_rate", n)),
                     str(reps.get(("once_rate", n), 0))))
    stage_names = ["fetch", "parse", "keep", "decide_commit", "render",
                   "send", "move", "other", "all"]
    if any(g("once_stage_all", n) for n in sizes):
        L += ["", "## Where the time goes: `regbot once --stats`, "
              "milliseconds per message", "",
              row("N", "kind", *[s.replace("_", "+")
                                 for s in stage_names]),
              row(*["---"] * (len(stage_names) + 2))]
        for n in sizes:
            for kind, label in (("once", "all confirmed"),
                                ("wait", "60 seats")):
                if g("%s_stage_all" % kind, n) is None:
                    continue
                L.append(row("{:,}".format(n), label, *[
                    fmt(g("%s_stage_%s" % (kind, s), n))
                    for s in stage_names]))
    L += ["", "## Raw stages and neighbours (same run)", "",
          row("stage", "median", "runs"), row("---", "---", "---")]
    raw_rows = [
        ("SQLite WAL synchronous=FULL, 1 insert/tx (tx/s)",
         "sqlite_tx_rate"),
        ("durable file write: write, fsync, rename, fsync dir (/s)",
         "durable_rate"),
        ("smtp-source into smtp-sink (msg/s)", "smtpsource_rate"),
        ("mlmmj-receive subscribe, default (msg/s)", "mlmmj_rate"),
        ("mlmmj-receive subscribe, TCP_NODELAY (msg/s)",
         "mlmmj_nodelay_rate"),
        ("`regbot ingest` in a loop (msg/s)", "ingest_rate"),
        ("`regbot ingest`: CPU per start (ms)", "ingest_cpu_ms"),
        ("empty program linked with regbot's libraries, in a loop "
         "(starts/s)", "floor_rate"),
        ("empty program linked with regbot's libraries: CPU per start "
         "(ms)", "floor_cpu_ms"),
        ("empty program linked with regbot's libraries: peak RSS (MB)",
         "floor_rss_mb"),
        ("`regbot run` idle: CPU ticks in the window", "idle_ticks"),
        ("`regbot run` idle: RSS (MB)", "idle_rss_mb"),
        ("`regbot run` idle: of it, shared libraries' pages (MB)", "idle_rss_file_mb"),
        ("`regbot run` idle: of it, its own memory (MB)", "idle_rss_anon_mb"),
    ]
    for label, key in raw_rows:
        if (key, 0) in med:
            L.append(row(label, fmt(med[(key, 0)]), str(reps[(key, 0)])))
    idle_secs = g("idle_secs")
    if idle_secs:
        L.append(row("idle window (s)", fmt(idle_secs), ""))
    if lat:
        L.append(row("`regbot run` IDLE latency, LMTP delivery to reply in "
                     "smtp-sink, p50 / p95 / p99 (ms, %d mails)" % len(lat),
                     "%.1f / %.1f / %.1f" % (pct(lat, .5), pct(lat, .95),
                                             pct(lat, .99)), ""))
    if com:
        L.append(row("`regbot run` latency, regbot's commit to reply in "
                     "smtp-sink, p50 / p95 / p99 (ms, %d mails)" % len(com),
                     "%.1f / %.1f / %.1f" % (pct(com, .5), pct(com, .95),
                                             pct(com, .99)), ""))

    # Ratios: what the README quotes.
    L += ["", "## Ratios", "",
          row("ratio", "value"), row("---", "---")]
    # The raw stages of regbot's path: it fetches in batches and moves
    # UID sets (issue 12), so the one-at-a-time IMAP figures are the
    # baseline's path, shown for it.
    stages = {"IMAP FETCH in batches of 50": None,
              "IMAP UID MOVE of a set": None,
              "SQLite synchronous=FULL tx": g("sqlite_tx_rate"),
              "durable file write": g("durable_rate"),
              "smtp-source into smtp-sink": g("smtpsource_rate")}
    ratios = []
    for n in sizes:
        r = g("once_rate", n)
        if r is None:
            continue
        st = dict(stages)
        st["IMAP FETCH in batches of 50"] = g("fetch50_rate", n)
        st["IMAP UID MOVE of a set"] = g("moveset_rate", n)
        st = {k: v for k, v in st.items() if v}
        if st:
            slow = min(st, key=st.get)
            ratios.append(("regbot once / slowest raw stage of its path "
                           "(%s) at N=%s" % (slow, "{:,}".format(n)),
                           r / st[slow]))
        if g("base_rate", n):
            # Each repetition runs the two one after the other, so their
            # ratio is taken pair by pair: the machine's speed drifts
            # between repetitions more than between neighbours.
            a = byrep.get(("once_rate", n), {})
            b = byrep.get(("base_rate", n), {})
            pairs = [a[k] / b[k] for k in sorted(a) if k in b and b[k]]
            ratios.append(("regbot once / baseline once at N=%s, median "
                           "of the per-repetition ratios (%s)"
                           % ("{:,}".format(n),
                              ", ".join("%.2f" % x for x in pairs)),
                           statistics.median(pairs)))
            ca = byrep.get(("once_cpu", n), {})
            cb = byrep.get(("base_cpu", n), {})
            cpairs = [ca[k] / cb[k] for k in sorted(ca) if k in cb and cb[k]]
            if cpairs:
                ratios.append(("regbot once CPU / baseline once CPU at N=%s, "
                               "median of the per-repetition ratios (%s)"
                               % ("{:,}".format(n),
                                  ", ".join("%.2f" % x for x in cpairs)),
                               statistics.median(cpairs)))
            if g("move1_rate", n):
                ratios.append(("baseline once / IMAP UID MOVE one at a "
                               "time (its slowest stage) at N=%s"
                               % "{:,}".format(n),
                               g("base_rate", n) / g("move1_rate", n)))
        if g("mlmmj_nodelay_rate"):
            ratios.append(("regbot once / mlmmj without delay at N=%s"
                           % "{:,}".format(n), r / g("mlmmj_nodelay_rate")))
        if g("mlmmj_rate"):
            ratios.append(("regbot once / mlmmj default at N=%s"
                           % "{:,}".format(n), r / g("mlmmj_rate")))
    if sizes and g("once_rate", sizes[0]):
        for n in sizes[1:]:
            if g("once_rate", n):
                ratios.append(("cost per message at N=%s / at N=%s"
                               % ("{:,}".format(n), "{:,}".format(sizes[0])),
                               g("once_rate", sizes[0]) / g("once_rate", n)))
            if g("once_cpu", n) and g("once_cpu", sizes[0]):
                ratios.append(("CPU per message at N=%s / at N=%s"
                               % ("{:,}".format(n), "{:,}".format(sizes[0])),
                               (g("once_cpu", n) / n) /
                               (g("once_cpu", sizes[0]) / sizes[0])))
            if g("base_rate", n) and g("base_rate", sizes[0]):
                ratios.append(("baseline: cost per message at N=%s / at "
                               "N=%s" % ("{:,}".format(n),
                                         "{:,}".format(sizes[0])),
                               g("base_rate", sizes[0]) /
                               g("base_rate", n)))
            if g("base_cpu", n) and g("base_cpu", sizes[0]):
                ratios.append(("baseline: CPU per message at N=%s / at "
                               "N=%s" % ("{:,}".format(n),
                                         "{:,}".format(sizes[0])),
                               (g("base_cpu", n) / n) /
                               (g("base_cpu", sizes[0]) / sizes[0])))
            if g("once_rss_mb", n) and g("once_rss_mb", sizes[0]):
                ratios.append(("peak RSS at N=%s / at N=%s"
                               % ("{:,}".format(n), "{:,}".format(sizes[0])),
                               g("once_rss_mb", n) /
                               g("once_rss_mb", sizes[0])))
            if g("move1_rate", n) and g("move1_rate", sizes[0]):
                ratios.append(("IMAP UID MOVE one at a time, cost at N=%s "
                               "/ at N=%s" % ("{:,}".format(n),
                                              "{:,}".format(sizes[0])),
                               g("move1_rate", sizes[0]) /
                               g("move1_rate", n)))
    for n in sizes:
        if g("wait_rate", n) and g("once_rate", n):
            ratios.append(("60 seats (waitlist) / all confirmed, msg/s at "
                           "N=%s" % "{:,}".format(n),
                           g("wait_rate", n) / g("once_rate", n)))
    if g("ingest_rate") and sizes and g("once_rate", sizes[0]):
        ratios.append(("`regbot ingest` loop / `regbot once` at N=%s"
                       % "{:,}".format(sizes[0]),
                       g("ingest_rate") / g("once_rate", sizes[0])))
    if g("ingest_rate") and g("mlmmj_nodelay_rate"):
        ratios.append(("`regbot ingest` loop / mlmmj without delay",
                       g("ingest_rate") / g("mlmmj_nodelay_rate")))
    # The floor: what loading regbot's libraries alone allows.
    if g("floor_rate") and g("mlmmj_nodelay_rate"):
        ratios.append(("empty program with regbot's libraries, loop / "
                       "mlmmj without delay (the most any `regbot ingest` "
                       "could reach)",
                       g("floor_rate") / g("mlmmj_nodelay_rate")))
    if g("floor_rate") and g("ingest_rate"):
        ratios.append(("`regbot ingest` loop / empty program with regbot's "
                       "libraries, loop", g("ingest_rate") / g("floor_rate")))
    if g("floor_rss_mb") and sizes and g("once_rss_mb", sizes[-1]):
        ratios.append(("empty program with regbot's libraries, peak RSS / "
                       "regbot once's at N=%s" % "{:,}".format(sizes[-1]),
                       g("floor_rss_mb") / g("once_rss_mb", sizes[-1])))
    for label, v in ratios:
        L.append(row(label, "%.3g" % v))
    L += ["", "![rate against N and IDLE latency](%s)"
          % os.path.basename(out_png), ""]
    with open(out_md, "w") as f:
        f.write("\n".join(L))

    # The plot: rates against N (log-log) and the latency distribution.
    d = tempfile.mkdtemp(prefix="regbot-bench-plot.")
    with open(os.path.join(d, "rates.dat"), "w") as f:
        for n in sizes:
            f.write("%d %s %s %s %s %s %s\n" % (n, *[
                g(k, n) if g(k, n) is not None else "NaN"
                for k in ("once_rate", "wait_rate", "fetch50_rate",
                          "fetch1_rate", "move1_rate", "base_rate")]))
    for name, xs in (("latency.dat", lat), ("commit.dat", com)):
        with open(os.path.join(d, name), "w") as f:
            xs = sorted(xs)
            for i, x in enumerate(xs):
                # Half a sample of floor keeps the log axis defined.
                f.write("%g %g\n" % (max(x, 0.05), (i + 1) / len(xs)))
    gp = """set terminal pngcairo size 1200,500 font ",10"
set output '%s'
set multiplot layout 1,2 title "regbot bench (medians)"
set title "throughput against mailbox size N"
set logscale xy
set xlabel "N (mails preloaded)"
set ylabel "messages per second"
set key below
set grid
plot '%s/rates.dat' u 1:2 w lp t "regbot once, all confirmed", \\
     '' u 1:3 w lp t "regbot once, 60 seats", \\
     '' u 1:4 w lp t "IMAP FETCH, 50 per batch", \\
     '' u 1:5 w lp t "IMAP FETCH, one at a time", \\
     '' u 1:6 w lp t "IMAP UID MOVE, one at a time", \\
     '' u 1:7 w lp t "baseline regbot once, all confirmed"
unset logscale
set logscale x
set title "regbot run: time until the reply is in smtp-sink"
set xlabel "milliseconds (log)"
set ylabel "fraction of mails (CDF)"
set yrange [0:1]
set key below
plot '%s/latency.dat' u 1:2 w steps t "from LMTP delivery (IDLE)", \\
     '%s/commit.dat' u 1:2 w steps t "from regbot's commit"
unset multiplot
""" % (out_png, d, d, d)
    with open(os.path.join(d, "plot.gp"), "w") as f:
        f.write(gp)
    r = subprocess.run(["gnuplot", os.path.join(d, "plot.gp")])
    shutil.rmtree(d)
    if r.returncode != 0:
        sys.exit("gnuplot failed")


CMDS = {"gen": cmd_gen, "timed": cmd_timed, "stages": cmd_stages,
        "imap": cmd_imap,
        "sqlite": cmd_sqlite, "durable": cmd_durable, "mlmmj": cmd_mlmmj,
        "ingest": cmd_ingest, "floor": cmd_floor, "latency": cmd_latency,
        "idle": cmd_idle,
        "report": cmd_report}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in CMDS:
        sys.exit(__doc__)
    CMDS[sys.argv[1]](*sys.argv[2:])
