#!/usr/bin/python3
"""dangling.py - how often summaries start a sentence that leans on one left out.

    dangling.py SET.jsonl PREDS.jsonl [NAME]

SET is a JSONL set with "id" and "text" (../shared/data/summ/); PREDS holds
{"id", "summary"} lines with one sentence per line (summ-bench -o, or the
scorer's --save).  A summary sentence dangles when its first word points
back (a pronoun or demonstrative such as "He", "They", "This", or a
connective such as "However", "But", "Also") and the sentence before it in
the article is not in the summary (or there is none).  Prints a markdown
row: NAME | summaries | sentences | dangling sentences % | summaries with
one %.  The word list is this script's own, kept apart from the news
summarizer's so that the measure does not grade the rule by itself.
"""
import json
import re
import sys

POINTING = set("""he she it they them his her its their this these those that
such however but and also meanwhile moreover furthermore still yet so then
instead nevertheless nonetheless besides otherwise thus hence therefore
likewise similarly additionally later afterwards both another others
""".split())
WORD = re.compile(r"[A-Za-z]+")


def first_word(sentence):
    m = WORD.search(sentence)
    return m.group(0).lower() if m else ""


def dangling(text, lines):
    """The number of lines of the summary that dangle."""
    found, pos, prev_end = 0, 0, None
    for line in lines:
        at = text.find(line, pos)
        if at < 0:
            at = text.find(line)
        if at < 0:          # not found verbatim: judge by its word alone
            joined = False
        else:
            gap = text[prev_end:at] if prev_end is not None else None
            joined = gap is not None and not re.search(r"[.!?]\S*\s+\S", gap)
            pos, prev_end = at + len(line), at + len(line)
        if first_word(line) in POINTING and not joined:
            found += 1
    return found


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    texts = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            texts[item["id"]] = item["text"]
    summaries = sentences = bad = bad_summaries = 0
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            pred = json.loads(line)
            lines = [s for s in pred["summary"].split("\n") if s.strip()]
            n = dangling(texts.get(pred["id"], ""), lines)
            summaries += 1
            sentences += len(lines)
            bad += n
            bad_summaries += n > 0
    name = sys.argv[3] if len(sys.argv) > 3 else sys.argv[2]
    print("| %s | %d | %d | %.1f | %.1f |" % (
        name, summaries, sentences, 100.0 * bad / max(sentences, 1),
        100.0 * bad_summaries / max(summaries, 1)))


main()
