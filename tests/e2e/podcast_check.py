#!/usr/bin/env python3
"""podcast_check.py - checks a podcast folder the way a podcast app sees
it, with python3-feedparser: the feed parses, and every file it names
exists in the folder with the length the feed gives.

    podcast_check.py FOLDER [BASE_URL]

Prints a line per episode ("episode: TITLE | AUDIO | LENGTH | TYPE |
DURATION | CHAPTERS | TRANSCRIPT") and "problem: ..." lines; exits 1 when
there is a problem.  With no feed.xml at all it prints "no feed".
"""
import os
import sys

import feedparser


def main():
    folder = sys.argv[1]
    feed_path = os.path.join(folder, "feed.xml")
    if not os.path.exists(feed_path):
        print("no feed")
        return 0
    d = feedparser.parse(feed_path)
    problems = []
    if d.bozo:
        problems.append("feed.xml does not parse: %s" % d.bozo_exception)
    print("channel: %s" % d.feed.get("title", ""))
    print("itunes: %s" % ("itunes" in d.namespaces))
    print("podcast: %s" % (d.namespaces.get("podcast") ==
                           "https://podcastindex.org/namespace/1.0"))
    for e in d.entries:
        enc = e.enclosures[0] if e.enclosures else {}
        url = enc.get("href", "")
        name = url.rsplit("/", 1)[-1]
        path = os.path.join(folder, name)
        size = os.path.getsize(path) if os.path.exists(path) else -1
        if size != int(enc.get("length", -2)):
            problems.append("%s: %d bytes, the feed says %s" % (
                name, size, enc.get("length")))
        chapters = e.get("podcast_chapters", {}).get("url", "")
        transcript = e.get("podcast_transcript", {}).get("url", "")
        for extra in (chapters, transcript):
            extra_name = extra.rsplit("/", 1)[-1]
            if extra and not os.path.exists(os.path.join(folder, extra_name)):
                problems.append("%s is missing" % extra_name)
        if not e.get("published_parsed"):
            problems.append("%s: no pubDate" % name)
        if not e.get("id"):
            problems.append("%s: no guid" % name)
        print("episode: %s | %s | %s | %s | %s | %s | %s" % (
            e.title, name, enc.get("length"), enc.get("type"),
            e.get("itunes_duration", ""), chapters.rsplit("/", 1)[-1],
            transcript.rsplit("/", 1)[-1]))
    for p in problems:
        print("problem: " + p)
    return 1 if problems else 0


sys.exit(main())
