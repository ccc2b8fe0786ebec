#!/usr/bin/env python3
"""hostile.py -- hostile mail for regbot's intake, and a meter for it.

  hostile.py gen DIR SCALE     write the hostile messages into DIR
                               (SCALE 1: full size, as make torture runs
                               them; smaller, e.g. 0.05, for make check)
  hostile.py run CMD... -- FILE
                               run CMD with FILE on stdin; print
                               "exit cpu_seconds peak_rss_kib wall_seconds"

The messages are built byte by byte (not with the email package, which
would repair what a hostile sender breaks on purpose).  Each is written
as NAME.eml; NAME says what it is.
"""
import os
import resource
import sys
import time

FROM = b"From: Deelnemer Een <d1@example.nl>\r\n"
TO = b"To: robot@regbot.test\r\n"
DATE = b"Date: Sat, 01 May 2010 10:00:00 +0200\r\n"


def head(name, extra=b""):
    return (FROM + TO + DATE + b"Subject: Aanmelding " + name.encode() +
            b"\r\nMessage-ID: <" + name.encode() + b"@example.nl>\r\n" +
            b"MIME-Version: 1.0\r\n" + extra)


FORM = (b"Naam: Deelnemer Een\r\nOrganisatie: Stichting Voorbeeld\r\n"
        b"E-mail: d1@example.nl\r\n")


def deep_nesting(n):
    # n nested multipart/mixed levels, each with its own boundary
    out = [head("deep-nesting")]
    out.append(b"Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n")
    for i in range(1, n):
        out.append(b"--b%d\r\nContent-Type: multipart/mixed; "
                   b"boundary=\"b%d\"\r\n\r\n" % (i - 1, i))
    out.append(b"--b%d\r\nContent-Type: text/plain\r\n\r\n" % (n - 1))
    out.append(FORM)
    for i in range(n - 1, -1, -1):
        out.append(b"--b%d--\r\n" % i)
    return b"".join(out)


def many_parts(n):
    out = [head("many-parts"),
           b"Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n"]
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    out.append(part * n)
    out.append(b"--p--\r\n")
    return b"".join(out)


def big_part(nbytes):
    line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2\r\n"
    body = line * (nbytes // len(line) + 1)
    return (head("big-part") +
            b"Content-Type: multipart/mixed; boundary=\"q\"\r\n\r\n"
            b"--q\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + FORM +
            b"--q\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + body +
            b"--q--\r\n")


def many_headers(n):
    hs = b"".join(b"X-Filler-%d: value %d\r\n" % (i, i) for i in range(n))
    return (head("many-headers", hs) + b"Content-Type: text/plain\r\n\r\n" +
            FORM)


def long_header(nbytes):
    return (head("long-header", b"X-Long: " + b"a" * nbytes + b"\r\n") +
            b"Content-Type: text/plain\r\n\r\n" + FORM)


def bad_charsets():
    return (head("bad-charsets") +
            b"Content-Type: text/plain; charset=\"x-no-such-charset\"\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n\r\n"
            b"Naam: Deelnemer \xff\xfe\xc3\x28 Een\r\n"
            b"Organisatie: Stichting \xe9\xe8 Voorbeeld\r\n"
            b"E-mail: d1@example.nl\r\n")


def nul_bytes():
    return (head("nul-bytes") + b"Content-Type: text/plain\r\n\r\n" +
            b"Naam: Deelnemer\x00 Een\r\nOrganisatie: Stichting\x00\x00"
            b"Voorbeeld\r\nE-mail: d1@example.nl\r\n" + b"\x00" * 4096 +
            b"\r\n")


def huge_encoded_word(nbytes):
    word = b"=?utf-8?B?" + b"QUFBQUFB" * (nbytes // 8) + b"?="
    return (FROM + TO + DATE + b"Subject: " + word + b"\r\n" +
            b"Message-ID: <huge-encoded-word@example.nl>\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n" + FORM)


def big_table(rows):
    out = [head("big-table"), b"Content-Type: text/plain; charset=utf-8\r\n"
           b"\r\nGraag meld ik de volgende collega's aan:\r\n\r\n"
           b"Naam | E-mail | Organisatie\r\n"]
    for i in range(rows):
        out.append(b"Collega %d | c%d@example.nl | Stichting Voorbeeld\r\n"
                   % (i, i))
    return b"".join(out)


def hostile_names():
    # CR LF smuggled through an encoded word, SQL and HTML characters, and
    # a right-to-left override, in the From name and in the form.
    rtl = "\u202eDeelnemer\u202c".encode()
    return (b"From: =?utf-8?Q?Een=0D=0ABcc:_x@example.nl?= <d1@example.nl>\r\n"
            + TO + DATE + b"Subject: Aanmelding\r\n"
            b"Message-ID: <hostile-names@example.nl>\r\n"
            b"MIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            b"Naam: Robert'); DROP TABLE registrations;-- <b>" + rtl +
            b"</b>\r\nOrganisatie: <script>alert(1)</script> & Co\r\n"
            b"E-mail: d1@example.nl\r\n")


def generate(d, scale):
    def n(full, least):
        return max(least, int(full * scale))
    msgs = {
        "deep-nesting": deep_nesting(n(100000, 2000)),
        "many-parts": many_parts(n(1000000, 20000)),
        "big-part": big_part(n(50 << 20, 2 << 20)),
        "many-headers": many_headers(n(10000, 10000)),
        "long-header": long_header(n(1 << 20, 1 << 20)),
        "bad-charsets": bad_charsets(),
        "nul-bytes": nul_bytes(),
        "huge-encoded-word": huge_encoded_word(n(1 << 20, 256 << 10)),
        "big-table": big_table(500),
        "hostile-names": hostile_names(),
    }
    os.makedirs(d, exist_ok=True)
    for name, data in msgs.items():
        with open(os.path.join(d, name + ".eml"), "wb") as f:
            f.write(data)


def run(cmd, path):
    t0 = time.monotonic()
    with open(path, "rb") as f:
        pid = os.fork()
        if pid == 0:
            os.dup2(f.fileno(), 0)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            try:
                os.execvp(cmd[0], cmd)
            finally:
                os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    wall = time.monotonic() - t0
    code = os.waitstatus_to_exitcode(status)
    print("%d %.3f %d %.3f" % (code, ru.ru_utime + ru.ru_stime, ru.ru_maxrss,
                               wall))


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "gen":
        generate(sys.argv[2], float(sys.argv[3]))
    elif len(sys.argv) >= 5 and sys.argv[1] == "run" and "--" in sys.argv:
        k = sys.argv.index("--")
        run(sys.argv[2:k], sys.argv[k + 1])
    else:
        sys.stderr.write(__doc__)
        sys.exit(2)


if __name__ == "__main__":
    main()
