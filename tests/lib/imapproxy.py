#!/usr/bin/env python3
"""imapproxy.py -- a TCP proxy between regbot and the test Dovecot that
injects IMAP faults (issue 11, issue 14 tests).  Python 3 standard library
only.

usage: imapproxy.py PORTFILE TARGET_PORT [options]

Listens on a free loopback port and writes it to PORTFILE (so parallel
test runs never collide), then forwards every connection to
127.0.0.1:TARGET_PORT.  A client command line matching --match triggers
--action, for the first --times matches (0: every match), counted over all
connections:

  cut:N    forward the command, then close both sides after N more bytes
           of server->client traffic (a connection cut inside a FETCH)
  stall:N  forward the command, pass N more server bytes, then forward
           nothing more (a silent server); the connection stays open
  no       do not forward the command; answer "TAG NO TEXT" (--text)

--match CONNECT applies cut/stall from the start of each connection (the
server's greeting).

--uid N narrows --match to UID commands whose UID set holds N: "UID MOVE
3", "UID MOVE 1:6" and "UID FETCH 2,3,7:9" all hold 3, 7 (regbot moves
and fetches mail in sets and falls back to one UID at a time).

--log FILE appends one line per fault.  SIGTERM stops it.
"""
import argparse
import re
import select
import signal
import socket
import sys
import threading

lock = threading.Lock()
fired = 0


def take(args):
    """True when this match should fire (the first --times matches)."""
    global fired
    with lock:
        if args.times and fired >= args.times:
            return False
        fired += 1
        return True


def holds_uid(text, uid):
    """True when the UID set of a UID command in text holds uid."""
    m = re.search(r"\bUID [A-Z]+ ([0-9:,*]+)", text)
    if m is None:
        return False
    for part in m.group(1).split(","):
        ends = [float("inf") if x == "*" else int(x)
                for x in part.split(":", 1)]
        if min(ends) <= uid <= max(ends):
            return True
    return False


def log(args, text):
    if args.log:
        with lock, open(args.log, "a") as f:
            f.write(text + "\n")


def session(c, args):
    try:
        s = socket.create_connection(("127.0.0.1", args.target))
    except OSError:
        c.close()
        return
    cbuf = b""
    left = None      # server bytes still to pass before the fault
    mode = None      # "cut" or "stall" once armed
    if args.match == "CONNECT" and take(args):
        log(args, "%s: at connect" % args.action)
        mode, n = args.action.split(":")
        left = int(n)
    try:
        while True:
            r, _, _ = select.select([c, s], [], [])
            if c in r:
                data = c.recv(65536)
                if not data:
                    break
                cbuf += data
                out = b""
                while b"\n" in cbuf:
                    line, cbuf = cbuf.split(b"\n", 1)
                    line += b"\n"
                    text = line.decode("utf-8", "replace").rstrip("\r\n")
                    if args.match and args.match != "CONNECT" \
                            and re.search(args.match, text) \
                            and (args.uid is None
                                 or holds_uid(text, args.uid)) \
                            and take(args):
                        log(args, "%s: %s" % (args.action, text))
                        if args.action == "no":
                            tag = text.split(" ", 1)[0]
                            c.sendall(("%s NO %s\r\n" %
                                       (tag, args.text)).encode())
                            continue
                        mode, n = args.action.split(":")
                        left = int(n)
                    out += line
                if out:
                    s.sendall(out)
            if s in r:
                data = s.recv(65536)
                if not data:
                    break
                if mode == "stall" and left is not None and left <= 0:
                    continue    # swallowed: the server seems silent
                if left is not None:
                    data = data[:left]
                    left -= len(data)
                if data:
                    c.sendall(data)
                if mode == "cut" and left is not None and left <= 0:
                    break
    except OSError:
        pass
    for x in (c, s):
        try:
            x.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        x.close()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("portfile")
    p.add_argument("target", type=int)
    p.add_argument("--match")
    p.add_argument("--action", default="no")
    p.add_argument("--times", type=int, default=0)
    p.add_argument("--uid", type=int)
    p.add_argument("--text", default="[TEST] refused by the test proxy")
    p.add_argument("--log")
    args = p.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    with open(args.portfile + ".tmp", "w") as f:
        f.write("%d\n" % srv.getsockname()[1])
    import os
    os.rename(args.portfile + ".tmp", args.portfile)
    while True:
        c, _ = srv.accept()
        threading.Thread(target=session, args=(c, args), daemon=True).start()


if __name__ == "__main__":
    main()
