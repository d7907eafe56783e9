#!/bin/sh
# summ.sh - quality and speed of the summarizers on the dev sets.
#
# Run after "make" (make bench does; not part of make check):
#	sh /path/to/src/tests/bench/summ.sh [BUILD_DIR]
# Splits ../shared/data/summ/bbc-dev.jsonl and cnndm-dev.jsonl into two
# halves by line parity: half A (odd lines) is the one the news weights
# were chosen on, half B (even lines) is held out.  On each half it prints
# the ROUGE rows of lead, textrank and news (summ-bench, which cleans the
# text and calls the plugin as "crier summarize" does; the script checks
# that on 40 articles) at 3 sentences, and on BBC also at the reference's
# sentence count {k} and word count {words}; the Open Text Summarizer
# (Debian ots) at the reference's share of words ({ratio}); and the
# dangling-start rates at 3 sentences (tests/bench/dangling.py).  Then the
# speed of news in one process (ROUNDS passes over a set; articles per
# second of wall clock and of CPU time, which a busy machine spoils less)
# and per crier process.  OLD_NEWS=path/to/news.so adds the same speed
# figures for another build of the plugin.  CRIER_SHARED points at the
# shared data (default: ../shared next to the source tree); PYTHON runs
# the scorer (default /usr/bin/python3, which has NLTK's Porter stemmer).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-.}" && pwd)
shared=${CRIER_SHARED:-$src/../shared}
python=${PYTHON:-/usr/bin/python3}
rounds=${ROUNDS:-3}
score="$shared/bench/summ/run.py"
bench="$build/tests/bench/summ-bench"
plugins="$build/plugins/.libs"
test -x "$build/crier" -a -x "$bench" || {
	echo "summ.sh: give the build directory, after make" >&2
	exit 2
}
for set_ in bbc cnndm; do
	test -r "$shared/data/summ/$set_-dev.jsonl" || {
		echo "summ.sh: $shared/data/summ/$set_-dev.jsonl: not found;" \
		     "set CRIER_SHARED" >&2
		exit 2
	}
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/summ-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for set_ in bbc cnndm; do
	awk 'NR % 2 == 1' "$shared/data/summ/$set_-dev.jsonl" > "$tmp/$set_-A.jsonl"
	awk 'NR % 2 == 0' "$shared/data/summ/$set_-dev.jsonl" > "$tmp/$set_-B.jsonl"
done
: > "$tmp/empty.conf"		# no user or demo config
export CRIER_PLUGIN_PATH="$plugins"
# The program itself rather than libtool's wrapper script, which would
# add a shell's start-up to every process.
bin="$build/crier"
if test -x "$build/.libs/crier"; then
	bin="$build/.libs/crier"
	export LD_LIBRARY_PATH="$build/core/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
crier="$bin -c $tmp/empty.conf summarize"

# row SET NAME PLUGIN LENGTH: the scorer's row for PLUGIN on SET (a half)
# at LENGTH (3, k or w), predictions left in $tmp/NAME.jsonl.
row() {
	case $4 in
	k) len="-k ref" ;;
	w) len="-w ref" ;;
	*) len="-k $4" ;;
	esac
	nice "$bench" $len -o "$tmp/$2.jsonl" "$plugins/$3.so" \
		"$tmp/$1.jsonl" > /dev/null
	nice "$python" "$score" --set "$tmp/$1.jsonl" --pred "$tmp/$2.jsonl" \
		-n "$2" | tail -n 1
}

header() {
	echo
	echo "== $1"
	echo "| System | n | R-1 F | R-2 F | R-L F | R-Lsum F | words |" \
	     "sents | art/s |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
}

for half in A B; do
	header "bbc half $half ($(wc -l < "$tmp/bbc-$half.jsonl") articles)"
	for len in 3 k w; do
		for p in lead textrank news; do
			row bbc-$half "$p-$len" $p $len
		done
	done
	nice "$python" "$score" --set "$tmp/bbc-$half.jsonl" -n "ots-ratio" \
		"ots -r {ratio} {file}" | tail -n 1
	header "cnndm half $half ($(wc -l < "$tmp/cnndm-$half.jsonl") articles)"
	for p in lead textrank news; do
		row cnndm-$half "$p-3" $p 3
	done
	nice "$python" "$score" --set "$tmp/cnndm-$half.jsonl" -n "ots-ratio" \
		"ots -r {ratio} {file}" | tail -n 1
	echo
	echo "dangling starts at 3 sentences, cnndm half $half:"
	echo "| System | summaries | sentences | dangling % of sentences |" \
	     "% of summaries with one |"
	echo "|---|---:|---:|---:|---:|"
	for p in lead textrank news; do
		"$python" "$src/tests/bench/dangling.py" "$tmp/cnndm-$half.jsonl" \
			"$tmp/$p-3.jsonl" "$p"
	done
done

echo
echo "== summ-bench against crier summarize (first 40 articles of cnndm B)"
head -n 40 "$tmp/cnndm-B.jsonl" > "$tmp/first.jsonl"
row first bench-news news 3
nice "$python" "$score" --set "$tmp/first.jsonl" -k 3 -n "crier-news" \
	"$crier --plugin news --sentences 3 {file}" | tail -n 1

echo
echo "== speed of news"
for set_ in cnndm bbc; do
	nice "$bench" -k 3 -r "$rounds" "$plugins/news.so" \
		"$shared/data/summ/$set_-dev.jsonl" | sed "s/^/$set_ now: /"
	if test -n "${OLD_NEWS:-}"; then
		nice "$bench" -k 3 -r "$rounds" "$OLD_NEWS" \
			"$shared/data/summ/$set_-dev.jsonl" |
			sed "s/^/$set_ OLD_NEWS: /"
	fi
done
head -n 1 "$shared/data/summ/cnndm-dev.jsonl" | "$python" -c \
	'import json, sys; print(json.loads(sys.stdin.read())["text"])' \
	> "$tmp/article.txt"
# Wall clock and CPU time (user + system) per crier process.
persec() {
	"$python" - "$tmp/article.txt" "$@" <<'PY'
import resource, subprocess, sys, time
n = 200
cmd = sys.argv[2:] + ["--plugin", "news", "--sentences", "3", sys.argv[1]]
t0 = time.perf_counter()
for _ in range(n):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = ru.ru_utime + ru.ru_stime
print("%.2f ms per process, %.2f ms of CPU (mean of %d)"
      % (1000 * wall / n, 1000 * cpu / n, n))
PY
}
echo "crier summarize --plugin news, now: $(persec $crier)"
if test -n "${OLD_NEWS:-}"; then
	mkdir "$tmp/old"
	cp "$OLD_NEWS" "$tmp/old/news.so"
	echo "crier summarize --plugin news, OLD_NEWS:" \
	     "$(CRIER_PLUGIN_PATH="$tmp/old" persec $crier)"
fi
