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
# speed of news in one process (ROUNDS turns, default 5, of one pass over
# a set; articles per second of wall clock and of CPU time, which a busy
# machine spoils less, each turn and over all turns) and per crier process
# (200 processes on one article).  BASE=path/to/another/build (a build
# directory of another checkout, such as the commit before a change)
# measures that build's summ-bench, news plugin, library and crier side by
# side with this one, the two taking turns, so that both see the same
# load.  ONLY=quality or ONLY=speed runs one part.  CRIER_SHARED points at
# the shared data (default: ../shared next to the source tree); PYTHON
# runs the scorer (default /usr/bin/python3, which has NLTK's Porter
# stemmer).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-.}" && pwd)
shared=${CRIER_SHARED:-$src/../shared}
python=${PYTHON:-/usr/bin/python3}
rounds=${ROUNDS:-5}
score="$shared/bench/summ/run.py"
bench="$build/tests/bench/summ-bench"
plugins="$build/plugins/.libs"
test -x "$build/crier" -a -x "$bench" || {
	echo "summ.sh: give the build directory, after make" >&2
	exit 2
}
base=
if test -n "${BASE:-}"; then
	base=$(cd "$BASE" && pwd)
	test -x "$base/tests/bench/summ-bench" -a \
	     -f "$base/plugins/.libs/news.so" || {
		echo "summ.sh: BASE=$BASE: no summ-bench or news plugin built" \
		     "there" >&2
		exit 2
	}
fi
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
	case $4 in		# $length: the callers loop over $len
	k) length="-k ref" ;;
	w) length="-w ref" ;;
	*) length="-k $4" ;;
	esac
	nice "$bench" $length -o "$tmp/$2.jsonl" "$plugins/$3.so" \
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

quality_part() {
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
}

# one_process SET: ROUNDS turns of one summ-bench pass of each build over
# SET at 3 sentences, then each build's articles per CPU-second over all
# its turns.
one_process() {
	for turn in $(seq "$rounds"); do
		for b in $builds; do
			name=now
			test "$b" = "$build" || name=BASE
			nice "$b/tests/bench/summ-bench" -k 3 \
				"$b/plugins/.libs/news.so" \
				"$shared/data/summ/$1-dev.jsonl" |
				sed "s/^/$1 $name, turn $turn: /"
		done
	done > "$tmp/speed.txt"
	cat "$tmp/speed.txt"
	# "SET NAME, turn T: news: N articles x 1: W articles/s (C per CPU
	# second)": CPU seconds are N / C.
	awk '{ gsub(/[(,]/, ""); n[$2] += $6; cpu[$2] += $6 / $12 }
	     END { for (b in n) printf "%s %s: %.1f articles per CPU-second" \
		   " over %d\n", "'"$1"'", b, n[b] / cpu[b], n[b] }' \
		"$tmp/speed.txt" | sort
}

speed_part() {
	echo
	echo "== speed of news @3 in one process ($rounds turns of one pass)"
	builds="$build"
	test -z "${BASE:-}" || builds="$base $build"
	for set_ in cnndm bbc; do
		one_process $set_
	done
	head -n 1 "$shared/data/summ/cnndm-dev.jsonl" | "$python" -c \
		'import json, sys; print(json.loads(sys.stdin.read())["text"])' \
		> "$tmp/article.txt"
	echo
	echo "== crier summarize --plugin news --sentences 3, one article," \
	     "per process"
	if test -n "${BASE:-}"; then
		processes BASE "$base" now "$build"
	else
		processes now "$build"
	fi
}

# processes NAME BUILD [NAME BUILD]: wall clock and CPU time (user +
# system) per crier process, 200 of each build, the builds taking turns.
processes() {
	"$python" - "$tmp/article.txt" "$tmp/empty.conf" "$@" <<'PY'
import os, resource, subprocess, sys, time
article, conf, builds = sys.argv[1], sys.argv[2], sys.argv[3:]
runs, turns = [], 10
for name, build in zip(builds[::2], builds[1::2]):
    # the program itself rather than libtool's wrapper script
    binary = os.path.join(build, ".libs", "crier")
    if not os.access(binary, os.X_OK):
        binary = os.path.join(build, "crier")
    env = dict(os.environ,
               CRIER_PLUGIN_PATH=os.path.join(build, "plugins", ".libs"),
               LD_LIBRARY_PATH=os.path.join(build, "core", ".libs"))
    cmd = [binary, "-c", conf, "summarize", "--plugin", "news",
           "--sentences", "3", article]
    runs.append([name, cmd, env, 0.0, 0.0, 0])
for _ in range(turns):
    for r in runs:
        for _ in range(200 // turns):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(r[1], env=r[2], stdout=subprocess.DEVNULL,
                           check=True)
            r[3] += time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            r[4] += (after.ru_utime + after.ru_stime
                     - before.ru_utime - before.ru_stime)
            r[5] += 1
for name, _, _, wall, cpu, n in runs:
    print("%s: %.2f ms per process, %.2f ms of CPU (mean of %d)"
          % (name, 1000 * wall / n, 1000 * cpu / n, n))
PY
}

test "${ONLY:-quality}" = speed || quality_part
test "${ONLY:-speed}" = quality || speed_part
