#!/bin/sh
# dedup.sh BUILDDIR - times finding repeated stories among 1,000, 10,000
# and 100,000 news-like stories with links (tests/bench/dedup_bench.c);
# the work should grow about linearly with the stories, not with their
# square.  Each line ends with a digest of every answer dedup gave: two
# builds of dedup.c that print the same digest found the same repeats.
b=${1:-.}/tests/bench/dedup_bench
for n in 1000 10000 100000; do
	"$b" "$n" || exit 1
done
