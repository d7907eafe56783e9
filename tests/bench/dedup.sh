#!/bin/sh
# dedup.sh BUILDDIR - times finding repeated stories among 1,000, 10,000
# and 100,000 news-like stories with links (tests/bench/dedup_bench.c),
# in CPU seconds; the work should grow about linearly with the stories,
# not with their square.  Measured on 2026-12-03 (a busy machine): 0.07 s,
# 1.15 s and about 15 s (7, 29 and 190 MB); before the common-term cut in
# dedup.c 0.13 s, 14.7 s and (30,000 stories: 162 s) not run for 100,000.
# Each line ends with a digest of every answer dedup gave: two
# builds of dedup.c that print the same digest found the same repeats.
b=${1:-.}/tests/bench/dedup_bench
for n in 1000 10000 100000; do
	"$b" "$n" || exit 1
done
