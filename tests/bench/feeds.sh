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
# Both wall-clock and CPU (user + system) throughput are printed: on a
# busy machine the CPU figures are the ones to compare.  A last line
# gives what libxml2 and json-c alone do of the work (reading each file
# into a tree, nothing more): a ceiling for any parser built on them.
set -eu
build=${1:-.}
rounds=${2:-5}
src=$(cd "$(dirname "$0")/../.." && pwd)
data=${CRIER_SHARED:-$src/../shared}/data/feeds
dump=$build/tests/bench/feed-dump

[ -x "$dump" ] || { echo "feeds.sh: no $dump; build first" >&2; exit 2; }
command -v sfeed > /dev/null || { echo "feeds.sh: sfeed not installed" >&2; exit 2; }
files=$(sed "s|^|$data/real/|" "$data/dev.txt")
bytes=$(cat $files | wc -c)

# cpu_mbps CMD...: runs CMD, prints "W MB/s wall, C MB/s CPU" for the
# dev bytes times the rounds, CPU being the user + system time of CMD.
cpu_mbps() {
	/usr/bin/time -f '%e %U %S' -o "$tmp/time" "$@" > /dev/null
	awk -v b="$bytes" -v r="$rounds" '{
		printf "%.1f MB/s wall, %.1f MB/s CPU\n",
		       b * r / $1 / 1e6, b * r / ($2 + $3) / 1e6 }' "$tmp/time"
}

echo "dev feeds: $(echo "$files" | wc -l) files, $bytes bytes, $rounds rounds"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/feeds-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cat $files > "$tmp/all"
echo "$files" > "$tmp/list"

ours=$(nice "$dump" --bench -n "$rounds" $files)
per_file=$(cpu_mbps nice sh -c '
	i=0; while [ $i -lt '"$rounds"' ]; do
		while read -r f; do sfeed < "$f"; done < '"$tmp/list"'
		i=$((i + 1)); done')
stream=$(cpu_mbps nice sh -c '
	i=0; while [ $i -lt '"$rounds"' ]; do
		sfeed < '"$tmp/all"'; i=$((i + 1)); done')
libs=$(nice "$dump" --bench-libraries -n "$rounds" $files)
echo "crier feed parser, one process:  ${ours#*CPU: }"
echo "sfeed, one process per file:     $per_file"
echo "sfeed, all files as one stream:  $stream"
echo "libxml2 + json-c alone (trees):  ${libs#*CPU: }"
# ratio A B: A's CPU MB/s over B's, from lines like the ones above.
ratio() {
	echo "$1 $2" | awk '{ for (i = 1; i <= NF; i++) if ($i == "CPU") c[n++] = $(i - 2)
		printf "%.2f", c[0] / c[1] }'
}
echo "crier / sfeed per file: $(ratio "${ours#*CPU: }" "$per_file")x," \
	"crier / sfeed stream: $(ratio "${ours#*CPU: }" "$stream")x"
