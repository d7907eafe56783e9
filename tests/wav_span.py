#!/usr/bin/env python3
"""wav_span.py RATE < RAW: prints two figures of 16-bit mono native-endian
samples at RATE per second (tests/lib.sh's wav_span converts a WAV file
with sox): the
seconds from its first to its last sound (a sample louder than 100 of
32767) and the longest silence between them, in seconds.  The tests
compare a live recording with the WAV file of the same briefing by them:
a player that runs dry stretches the span and lengthens the silences."""
import array
import sys

LOUD = 100


def main():
    rate = int(sys.argv[1])
    samples = array.array("h")
    samples.frombytes(sys.stdin.buffer.read())
    first = last = None
    longest = run = 0
    for i, x in enumerate(samples):
        if -LOUD < x < LOUD:
            run += 1
            continue
        if first is None:
            first = i
        elif run > longest:
            longest = run
        last = i
        run = 0
    if first is None:
        print("0 0")
        return
    print("%.3f %.3f" % ((last + 1 - first) / rate, longest / rate))


main()
