#!/bin/sh
# feeds.sh - parse throughput of crier's feed parser against sfeed's, on
# the dev feed files of ../shared/data/feeds (198 real-world feeds).
#
# usage: tests/bench/feeds.sh [BUILDDIR] [ROUNDS]
#
# crier's parser runs in one process over every file, ROUNDS times
# (feed-dump --bench): feed detection, XML/JSON parsing, dates, and HTML
# to plain text for every summary and content.  sfeed reads one stream
# per process, so it is timed two ways on the same files: one process
# per file (how sfeed_update runs it), and every file concatenated into
# one stream for one process (its parser alone, no process start-up).
# Run it on a quiet machine; it uses nice.
set -eu
build=${1:-.}
rounds=${2:-5}
src=$(cd "$(dirname "$0")/../.." && pwd)
data=${CRIER_SHARED:-$src/../shared}/data/feeds
dump=$build/plugins/feed/feed-dump

[ -x "$dump" ] || { echo "feeds.sh: no $dump; build first" >&2; exit 2; }
command -v sfeed > /dev/null || { echo "feeds.sh: sfeed not installed" >&2; exit 2; }
files=$(sed "s|^|$data/real/|" "$data/dev.txt")
bytes=$(cat $files | wc -c)

now() { date +%s%N; }
mbps() { awk -v b="$bytes" -v r="$rounds" -v ns="$1" \
	'BEGIN { printf "%.1f", b * r / (ns / 1e9) / 1e6 }'; }

echo "dev feeds: $(echo "$files" | wc -l) files, $bytes bytes, $rounds rounds"

ours=$(nice "$dump" --bench -n "$rounds" $files)
echo "crier feed parser (one process):     ${ours##*, }"

t0=$(now)
i=0
while [ $i -lt "$rounds" ]; do
	for f in $files; do nice sfeed < "$f" > /dev/null; done
	i=$((i + 1))
done
t1=$(now)
echo "sfeed, one process per file:         $(mbps $((t1 - t0))) MB/s"

all=$(mktemp "${TMPDIR:-/tmp}/feeds-bench.XXXXXX")
trap 'rm -f "$all"' EXIT
cat $files > "$all"
t0=$(now)
i=0
while [ $i -lt "$rounds" ]; do
	nice sfeed < "$all" > /dev/null
	i=$((i + 1))
done
t1=$(now)
echo "sfeed, all files as one stream:      $(mbps $((t1 - t0))) MB/s"
