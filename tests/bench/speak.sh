#!/bin/sh
# speak.sh - what crier costs beyond speech synthesis.
#
# Speaks a briefing of 20 articles (from the shared BBC dev set) into a WAV
# file, and compares crier's CPU time (user + system, best of 5 runs) with
# espeak-ng -w speaking the same script text.  The target: crier's own
# work (loading, summarizing, composing, audio output) costs at most 10%
# of espeak-ng's time.
#
# Usage: tests/bench/speak.sh [BUILDDIR]   (default: the current directory)
set -eu
build=$(cd "${1:-.}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
shared=${CRIER_SHARED:-$src/../shared}
. "$src/tests/bench/bench_env.sh"

mkdir "$T/articles"
python3 "$src/tests/bbc_articles.py" "$shared/data/summ/bbc-dev.jsonl" "$T/articles" 20
cat > "$T/crier.conf" <<'CONF'
sources = ( { name = "BBC"; plugin = "file"; path = "articles"; } );
summarizer = { plugin = "lead"; sentences = 3; };
speech = { voice = "en-us"; rate = 175; pause_ms = 0; };
CONF

"$crier" -c "$T/crier.conf" --dry-run --all |
	grep -v -e '^\[' -e '^Total: ' -e '^$' > "$T/script.txt"

# cpu CMD...: CPU seconds of CMD (and its children), the mean of 5 runs
# by perf's task clock where perf works, else the least of 5 by time(1).
cpu() {
	if perf stat -x, -e task-clock -o "$T/perf" -r 5 "$@" > /dev/null 2>&1; then
		awk -F, '/task-clock/ { printf "%.3f\n", $1 / 1000 }' "$T/perf"
	else
		best_cpu "$@"
	fi
}

# best_cpu CMD...: the least user+system seconds of 5 runs.
best_cpu() {
	best=""
	for i in 1 2 3 4 5; do
		/usr/bin/time -f "%U %S" -o "$T/time" "$@" > /dev/null 2>&1
		t=$(awk '{ print $1 + $2 }' "$T/time")
		best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (b == "" || a < b) ? a : b }')
	done
	echo "$best"
}

c=$(cpu "$crier" -q --all -c "$T/crier.conf" --output "$T/crier.wav")
e=$(cpu espeak-ng -v en-us -s 175 -w "$T/espeak.wav" -f "$T/script.txt")
echo "script: $(wc -w < "$T/script.txt") words, crier audio $(soxi -D "$T/crier.wav") s, espeak-ng audio $(soxi -D "$T/espeak.wav") s"
echo "CPU seconds: crier $c, espeak-ng -w $e"
awk -v c="$c" -v e="$e" 'BEGIN {
	extra = (c - e) / e * 100
	printf "crier beyond synthesis: %.1f%% of espeak-ng'\''s time (target <= 10%%)\n", extra
	exit !(extra <= 10)
}'
