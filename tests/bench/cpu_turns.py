#!/usr/bin/env python3
"""cpu_turns.py - CPU time of commands run in turn, against a yardstick.

Usage: cpu_turns.py RUNS NAME=COMMAND [NAME=COMMAND ...]

Each COMMAND (split as a shell splits words; no shell runs it) is run
RUNS times, the commands in turn (1 2 3 1 2 3 ...) after one warm-up
round, with empty input and output thrown away.  A run's CPU time is
user + system as the kernel accounts the finished child and what it
waited for (wait4's rusage).  The first command is the yardstick: each
other command's ratio to it is taken round by round, so that a machine
whose speed drifts moves both sides of a ratio alike.  Prints, per
command, the median, least and greatest CPU seconds and, for all but the
yardstick, the median (least, greatest) ratio.  A command that exits
non-zero stops the benchmark with its status.
"""
import os
import shlex
import statistics
import sys


def cpu_seconds(argv):
    """Runs argv once; its user + system seconds.  posix_spawn() (vfork
    in glibc) rather than fork(): a forked copy of this Python would
    charge the child for its page tables."""
    null = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_RDWR, 0)
            for fd in (0, 1, 2)]
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=null)
    _, status, usage = os.wait4(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"cpu_turns: '{shlex.join(argv)}' exited {code}")
    return usage.ru_utime + usage.ru_stime


def main():
    if len(sys.argv) < 3 or '=' not in ''.join(sys.argv[2:]):
        sys.exit(__doc__.strip().splitlines()[2])
    runs = int(sys.argv[1])
    commands = [arg.split('=', 1) for arg in sys.argv[2:]]
    argvs = [shlex.split(cmd) for _, cmd in commands]
    for argv in argvs:
        cpu_seconds(argv)
    times = [[] for _ in argvs]
    for _ in range(runs):
        for i, argv in enumerate(argvs):
            times[i].append(cpu_seconds(argv))
    base = times[0]
    width = max(len(name) for name, _ in commands)
    print(f"{runs} runs in turn; CPU seconds (user + system) "
          f"median [min, max]; ratio to {commands[0][0]} median [min, max]")
    for (name, _), t in zip(commands, times):
        line = (f"{name:<{width}}  {statistics.median(t):.4f} "
                f"[{min(t):.4f}, {max(t):.4f}]")
        if t is not base:
            r = [a / b for a, b in zip(t, base) if b > 0]
            line += (f"  ratio {statistics.median(r):.3f} "
                     f"[{min(r):.3f}, {max(r):.3f}]")
        print(line)


if __name__ == '__main__':
    main()
