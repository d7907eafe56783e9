#!/usr/bin/env python3
"""probe.py - reads an MP3 or Opus file back with independent readers and
prints what a test compares: ffprobe's duration and chapters, and for MP3
the decoded duration, and for MP3 mutagen's view of the ID3 tag (CTOC, CHAP, text frames).

    probe.py FILE
"""
import json
import subprocess
import sys


def decoded_seconds(path, rate):
    """What a player plays: ffmpeg honours the encoder delay and padding
    (the LAME info frame of an MP3, pre-skip and the last granule of Opus)."""
    pcm = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", path, "-f", "s16le", "-ac", "1",
         "-ar", str(rate), "-"], check=True, capture_output=True).stdout
    return len(pcm) / 2 / rate


def ffprobe(path):
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-print_format", "json",
         "-show_format", "-show_chapters", "-show_streams", path],
        check=True, capture_output=True, text=True).stdout
    data = json.loads(out)
    stream = data["streams"][0]
    print("codec: %s %s Hz %s channel(s)" % (
        stream["codec_name"], stream["sample_rate"], stream["channels"]))
    print("duration: %.3f" % float(data["format"]["duration"]))
    print("decoded: %.3f" % decoded_seconds(path, int(stream["sample_rate"])))
    for c in data["chapters"]:
        print("ffprobe chapter: %.3f %.3f %s" % (
            float(c["start_time"]), float(c["end_time"]),
            c.get("tags", {}).get("title", "")))


def mutagen_id3(path):
    from mutagen.id3 import ID3
    tag = ID3(path)
    print("id3 version: 2.%d" % tag.version[1])
    for key in ("TIT2", "TDRC", "TPE1"):
        print("%s: %s" % (key, tag[key].text[0]))
    comm = tag.getall("COMM")
    print("COMM: %s" % comm[0].text[0].replace("\n", " | ") if comm else "COMM: -")
    for toc in tag.getall("CTOC"):
        print("CTOC %s top=%d ordered=%d: %s" % (
            toc.element_id, bool(toc.flags & 2), bool(toc.flags & 1),
            " ".join(toc.child_element_ids)))
    for chap in sorted(tag.getall("CHAP"), key=lambda c: c.start_time):
        sub = chap.sub_frames
        title = sub["TIT2"].text[0] if "TIT2" in sub else ""
        source = sub["TIT3"].text[0] if "TIT3" in sub else ""
        links = [f.url for f in sub.getall("WXXX")]
        print("CHAP %s %d %d %s / %s / %s" % (
            chap.element_id, chap.start_time, chap.end_time, title,
            source, links[0] if links else ""))


def main():
    path = sys.argv[1]
    ffprobe(path)
    if path.endswith(".mp3"):
        mutagen_id3(path)


main()
