#!/usr/bin/env python3
"""normalize_split.py - the tune and untuned parts of a speech case set,
and the table tests/bench/normalize.sh prints.

  normalize_split.py CASES TUNE UNTUNED
    writes the cases of CASES (JSON lines with a "cat") alternately into
    TUNE and UNTUNED within each category, in file order: the 1st, 3rd,
    5th... case of a category is a tune case, the 2nd, 4th... untuned.
    Deterministic: the same file always splits the same way.

  normalize_split.py --table TUNE UNTUNED ESPEAK
    reads three outputs of check.py (crier on each part, plain espeak-ng
    on the whole set) and prints one row per category and a total row:
    passes of crier on the tune part, the untuned part and the whole,
    and of espeak-ng on the whole; "behind" marks a category where crier
    passes fewer than espeak-ng."""
import json
import re
import sys


def split(cases, tune, untuned):
    seen = {}
    with open(cases, encoding="utf-8") as f, \
            open(tune, "w", encoding="utf-8") as t, \
            open(untuned, "w", encoding="utf-8") as u:
        for line in f:
            if not line.strip():
                continue
            cat = json.loads(line)["cat"]
            n = seen.get(cat, 0)
            seen[cat] = n + 1
            (t if n % 2 == 0 else u).write(line)


def rows(path):
    """{category: (passed, total)} from check.py's output."""
    out = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"(\S+)\s+(\d+) passed,\s+(\d+) failed", line)
        if m:
            p, f = int(m.group(2)), int(m.group(3))
            out[m.group(1)] = (p, p + f)
    return out


def cell(pt):
    return "%d/%d" % tuple(pt)


def table(tune, untuned, espeak):
    t, u, e = rows(tune), rows(untuned), rows(espeak)
    fmt = "%-24s %9s %9s %9s %9s  %s"
    print(fmt % ("category", "tune", "untuned", "whole", "espeak-ng", ""))
    sums = [[0, 0], [0, 0], [0, 0], [0, 0]]
    for cat in sorted(e):
        parts = [t.get(cat, (0, 0)), u.get(cat, (0, 0))]
        parts.append((parts[0][0] + parts[1][0], parts[0][1] + parts[1][1]))
        parts.append(e[cat])
        for s, p in zip(sums, parts):
            s[0] += p[0]
            s[1] += p[1]
        behind = "behind" if parts[2][0] < parts[3][0] else ""
        print(fmt % ((cat,) + tuple(cell(p) for p in parts) + (behind,)))
    print(fmt % (("total",) + tuple(cell(s) for s in sums) + ("",)))
    for name, s in zip(("tune", "untuned", "whole", "espeak-ng"), sums):
        print("%s: %.1f%%" % (name, 100.0 * s[0] / max(s[1], 1)))


if __name__ == "__main__":
    a = sys.argv[1:]
    if len(a) == 4 and a[0] == "--table":
        table(*a[1:])
    elif len(a) == 3:
        split(*a)
    else:
        sys.exit(__doc__)
