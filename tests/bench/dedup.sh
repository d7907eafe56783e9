#!/bin/sh
# dedup.sh BUILDDIR - times finding repeated stories among 10,000 and
# 100,000 made-up stories (tests/bench/dedup_bench.c); the work should
# grow about linearly with the stories, not with their square.
b=${1:-.}/tests/bench/dedup_bench
for n in 1000 10000 100000; do
	"$b" "$n" || exit 1
done
