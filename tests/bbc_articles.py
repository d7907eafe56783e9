#!/usr/bin/env python3
"""bbc_articles.py JSONL DIR COUNT - writes the first COUNT articles of a
shared BBC set (../shared/data/summ/*.jsonl) into DIR as text files the
file source reads (headline, blank line, body), for tests and benchmarks
that need real news text.  The project ships none of that text itself."""
import json
import sys

jsonl, directory, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(jsonl) as f:
    for i, line in enumerate(f):
        if i == count:
            break
        a = json.loads(line)
        with open("%s/%02d.txt" % (directory, i), "w") as out:
            out.write(a["title"] + "\n\n" + a["text"] + "\n")
