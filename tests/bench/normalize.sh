#!/bin/sh
# normalize.sh - how "crier normalize" reads news text, and what it costs.
#
# Quality: scores crier normalize with the shared checker
# (../shared/bench/speech/check.py --lenient) on NeMo's English test cases
# (../shared/data/speech/nemo-dev.jsonl), split before any result was read:
# within each category the 1st, 3rd, 5th... case is the tune part, the 2nd,
# 4th... the untuned part (tests/bench/normalize_split.py).  Rules are
# tuned on the tune part only; the untuned part is the figure to report.
# Beside crier, plain espeak-ng (the text unchanged) per category: crier
# must pass at least as many in every category.  Then our own dev cases
# (../shared/data/speech/dev.jsonl, strict).
#
# Speed: normalization of a whole briefing's text (20 BBC dev articles,
# whole bodies) as a share of synthesis: CPU of crier normalize on the
# text against espeak-ng -w /dev/null speaking the normalized text.
#
# Usage: sh tests/bench/normalize.sh [BUILDDIR]  (default: the current
# directory; not part of make check).  CRIER_SHARED points at the shared
# data (default: ../shared next to the source tree).  ONLY=quality or
# ONLY=speed runs one half.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-.}" && pwd)
shared=${CRIER_SHARED:-$src/../shared}
test -x "$build/crier" || {
	echo "normalize.sh: run me from the build directory after make" >&2
	exit 2
}
. "$src/tests/bench/bench_env.sh"
check="$shared/bench/speech/check.py"
nemo="$shared/data/speech/nemo-dev.jsonl"
only=${ONLY:-}

# score NAME CASES CMD...: check.py's per-category rows, saved as NAME
# (check.py adds each case's text to CMD as its last argument).
score() {
	name=$1 cases=$2
	shift 2
	nice python3 "$check" --lenient --cases "$cases" "$@" > "$T/$name"
}

quality() {
	python3 "$src/tests/bench/normalize_split.py" "$nemo" "$T/tune.jsonl" \
		"$T/untuned.jsonl"
	score tune "$T/tune.jsonl" "$crier" normalize --
	score untuned "$T/untuned.jsonl" "$crier" normalize --
	# plain espeak-ng: the text unchanged ("--" would be printed too)
	score espeak "$nemo" printf '%s\n'
	echo "nemo-dev, crier normalize against plain espeak-ng (--lenient):"
	python3 "$src/tests/bench/normalize_split.py" --table "$T/tune" \
		"$T/untuned" "$T/espeak"
	echo "our dev cases (dev.jsonl, strict):"
	nice python3 "$check" --cases "$shared/data/speech/dev.jsonl" \
		"$crier" normalize -- | tail -n 1
}

# cpu CMD...: CPU seconds of CMD, the mean of 5 runs by perf's task
# clock where perf works, else the least of 5 by time(1).
cpu() {
	if perf stat -x, -e task-clock -o "$T/perf" -r 5 "$@" \
		< "$T/text.txt" > /dev/null 2>&1; then
		awk -F, '/task-clock/ { printf "%.3f\n", $1 / 1000 }' "$T/perf"
		return
	fi
	best=""
	for i in 1 2 3 4 5; do
		/usr/bin/time -f "%U %S" -o "$T/time" "$@" \
			< "$T/text.txt" > /dev/null 2>&1
		t=$(awk '{ print $1 + $2 }' "$T/time")
		best=$(awk -v a="$t" -v b="$best" \
			'BEGIN { print (b == "" || a < b) ? a : b }')
	done
	echo "$best"
}

speed() {
	mkdir "$T/articles"
	python3 "$src/tests/bbc_articles.py" "$shared/data/summ/bbc-dev.jsonl" \
		"$T/articles" 20
	cat "$T/articles"/*.txt > "$T/text.txt"
	"$crier" normalize - < "$T/text.txt" > "$T/spoken.txt"
	n=$(cpu "$crier" normalize -)
	e=$(cpu espeak-ng -v en-us -w /dev/null -f "$T/spoken.txt")
	echo "briefing text: $(wc -w < "$T/text.txt") words (20 BBC articles)"
	echo "CPU seconds: crier normalize $n, espeak-ng -w $e;" \
		"normalization is $(awk -v n="$n" -v e="$e" \
		'BEGIN { printf "%.2f", 100 * n / e }')% of synthesis"
}

[ "$only" = speed ] || quality
[ "$only" = quality ] || speed
