#!/usr/bin/env python3
"""pty_keys.py CMD...: runs CMD (a live crier briefing) in a pseudo
terminal, and once the status line shows the first story, presses space
three times to pause and three times to resume, timing each from the key
written to the status line saying "paused" or "playing"; prints one line
per key ("pause 12.3" in ms) and quits crier with q."""
import os
import pty
import select
import sys
import time


def wait_for(fd, text, seconds):
    """Reads fd until text arrives; returns the ms taken, or None."""
    start = time.monotonic()
    seen = b""
    while time.monotonic() - start < seconds:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return None
        if not chunk:
            return None
        seen = (seen + chunk)[-4096:]
        if text in seen:
            return (time.monotonic() - start) * 1000
    return None


def main():
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.argv[1], sys.argv[1:])
    if wait_for(fd, b"playing story 1", 60) is None:
        sys.exit("pty_keys.py: the briefing did not start")
    worst = 0
    for _ in range(3):
        time.sleep(0.5)
        for key, name, text in ((b" ", "pause", b"paused"),
                                (b" ", "resume", b"playing")):
            os.write(fd, key)
            ms = wait_for(fd, text, 10)
            print("%s %.1f" % (name, ms if ms is not None else 99999))
            time.sleep(0.5)
    os.write(fd, b"q")
    os.waitpid(pid, 0)


main()
