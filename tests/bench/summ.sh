#!/bin/sh
# summ.sh - quality and speed of the summarizers on the BBC dev set.
#
# Run after "make" (make bench does; not part of make check):
#	sh /path/to/src/tests/bench/summ.sh [BUILD_DIR]
# Splits ../shared/data/summ/bbc-dev.jsonl into two halves by line parity:
# half A (odd lines) is the one the news weights were chosen on, half B
# (even lines) is held out.  On each half it prints the ROUGE rows of
# lead, textrank and news through "crier summarize" (one process per
# article) at 3 sentences, at the reference's sentence count {k} and at
# its word count {words}, and of the Open Text Summarizer (Debian ots) at
# the same share of words ({ratio}).  Then the speed of news in one
# process (tests/bench/summ-bench, ROUNDS passes over the whole set) and
# per crier process, in wall clock and CPU time (the CPU figures hold up
# on a busy machine).  CRIER_SHARED points at the shared data (default:
# ../shared next to the source tree); PYTHON runs the scorer (default
# /usr/bin/python3, which has NLTK's Porter stemmer on Debian).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-.}" && pwd)
shared=${CRIER_SHARED:-$src/../shared}
python=${PYTHON:-/usr/bin/python3}
rounds=${ROUNDS:-5}
score="$shared/bench/summ/run.py"
set_="$shared/data/summ/bbc-dev.jsonl"
test -x "$build/crier" -a -x "$build/tests/bench/summ-bench" || {
	echo "summ.sh: give the build directory, after make" >&2
	exit 2
}
test -r "$set_" || {
	echo "summ.sh: $set_: not found; set CRIER_SHARED" >&2
	exit 2
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/summ-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
awk 'NR % 2 == 1' "$set_" > "$tmp/half-A.jsonl"
awk 'NR % 2 == 0' "$set_" > "$tmp/half-B.jsonl"
: > "$tmp/empty.conf"		# no user or demo config
export CRIER_PLUGIN_PATH="$build/plugins/.libs"
# The program itself rather than libtool's wrapper script, which would
# add a shell's start-up to every process.
bin="$build/crier"
if test -x "$build/.libs/crier"; then
	bin="$build/.libs/crier"
	lib="$build/core/.libs"
	export LD_LIBRARY_PATH="$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
crier="$bin -c $tmp/empty.conf summarize"

# row HALF NAME COMMAND: the scorer's table row for COMMAND on HALF.
row() {
	nice "$python" "$score" --set "$tmp/half-$1.jsonl" -n "$2" "$3" |
		tail -n 1
}

for half in A B; do
	echo
	echo "== half $half ($(wc -l < "$tmp/half-$half.jsonl") articles)"
	echo "| System | n | R-1 F | R-2 F | R-L F | R-Lsum F | words |" \
	     "sents | art/s |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
	for len in "3:--sentences 3" "{k}:--sentences {k}" \
		   "{words}:--words {words}"; do
		for p in lead textrank news; do
			row $half "$p ${len%%:*}" \
			    "$crier --plugin $p ${len#*:} {file}"
		done
	done
	if command -v ots > /dev/null; then
		row $half "ots {ratio}" "ots -r {ratio} {file}"
	else
		echo "| ots: not installed (apt-get install ots) |"
	fi
done

echo
echo "== speed of news"
nice "$build/tests/bench/summ-bench" -k 3 -r "$rounds" \
	"$build/plugins/.libs/news.so" "$set_"
head -n 1 "$set_" | "$python" -c \
	'import json, sys; print(json.loads(sys.stdin.read())["text"])' \
	> "$tmp/article.txt"
# Wall clock and CPU time (user + system) per crier process.
"$python" - "$tmp/article.txt" $crier <<'EOF'
import resource, subprocess, sys, time
n = 200
cmd = sys.argv[2:] + ["--plugin", "news", "--sentences", "3", sys.argv[1]]
t0 = time.perf_counter()
for _ in range(n):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = ru.ru_utime + ru.ru_stime
print("crier summarize --plugin news: %.2f ms per process, %.2f ms of CPU"
      " (mean of %d)" % (1000 * wall / n, 1000 * cpu / n, n))
EOF
