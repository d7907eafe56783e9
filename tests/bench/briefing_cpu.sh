#!/bin/sh
# briefing_cpu.sh - a whole briefing written to a file against espeak-ng
# speaking its script, CPU side by side (tests/bench/cpu_turns.py: the
# two in turns, the ratio taken round by round; every process each one
# waited for is counted: crier's source workers and their forker too).
#
# Ten BBC stories (the shared dev set) into a WAV file, without a budget
# (about five minutes of audio) and with a three-minute budget, where
# crier renders candidates to measure them.  The yardstick for each is
# espeak-ng -w on the very text crier speaks (its dry run's script).
# The target (issue 15): crier's median ratio at most 1.10 in both.
#
# Usage: tests/bench/briefing_cpu.sh [BUILDDIR]   (default: .)
# RUNS=N sets the rounds (default 7).
set -eu
build=$(cd "${1:-.}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
shared=${CRIER_SHARED:-$src/../shared}
runs=${RUNS:-7}
. "$src/tests/bench/bench_env.sh"

mkdir "$T/articles"
python3 "$src/tests/bbc_articles.py" "$shared/data/summ/bbc-dev.jsonl" "$T/articles" 10

# bench NAME BRIEFING_GROUP: one side-by-side measurement.
bench() {
	cat > "$T/$1.conf" <<CONF
sources = ( { name = "BBC"; plugin = "file"; path = "articles"; } );
summarizer = { plugin = "lead"; sentences = 3; };
speech = { voice = "en-us"; rate = 175; };
briefing = { $2 };
CONF
	"$crier" -q -c "$T/$1.conf" --dry-run --all |
		grep -v -e '^\[' -e '^Total: ' -e '^$' > "$T/$1.txt"
	"$crier" -q -c "$T/$1.conf" --all --output "$T/$1.wav"
	espeak-ng -v en-us -s 175 -w "$T/$1-espeak.wav" -f "$T/$1.txt"
	echo "== $1: $(wc -w < "$T/$1.txt") words; crier $(soxi -D "$T/$1.wav") s of audio, espeak-ng $(soxi -D "$T/$1-espeak.wav") s"
	python3 "$src/tests/bench/cpu_turns.py" "$runs" \
		"espeak-ng=espeak-ng -v en-us -s 175 -w $T/$1-espeak.wav -f $T/$1.txt" \
		"crier=$crier -q -c $T/$1.conf --all --output $T/$1.wav"
}

bench no-budget ""
bench budget "minutes = 3;"
