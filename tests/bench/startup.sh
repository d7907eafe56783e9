#!/bin/sh
# startup.sh - what crier's start-up costs, against OTS summarizing the
# same article (issue 15): "crier --version" and "crier summarize" of a
# 300-word article of our own (tests/bench/startup_article.txt), run in
# turn with "ots" on that article, CPU time (user + system) of each run
# from the kernel's accounting of the child (tests/bench/cpu_turns.py),
# ratios taken round by round.  /bin/true shows the floor: what starting
# any process costs.  The target: both crier ratios at most 0.50.
#
# Usage: tests/bench/startup.sh [BUILDDIR]   (default: .)
# RUNS=N sets the rounds (default 30).  Needs ots (Debian package ots).
set -eu
build=$(cd "${1:-.}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-30}
article="$src/tests/bench/startup_article.txt"
command -v ots > /dev/null || {
	echo "startup.sh: ots not found (Debian package ots)" >&2
	exit 1
}
. "$src/tests/bench/bench_env.sh"

# The summarizer a briefing uses by default, as the built-in demo has it.
cat > "$T/crier.conf" <<'CONF'
summarizer = { plugin = "news"; sentences = 3; };
CONF
"$crier" -c "$T/crier.conf" summarize "$article" > "$T/summary"
echo "== $(wc -w < "$article") words; crier's summary $(wc -w < "$T/summary") words," \
	"ots's $(ots "$article" | wc -w); load: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$src/tests/bench/cpu_turns.py" "$runs" \
	"ots=ots $article" \
	"crier --version=$crier --version" \
	"crier summarize=$crier -c $T/crier.conf summarize $article" \
	"/bin/true=/bin/true"
