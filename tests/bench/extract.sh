#!/bin/sh
# extract.sh - quality and speed of main-text extraction on the dev pages.
#
# Run from the build directory after "make" (not part of make check):
#	sh /path/to/src/tests/bench/extract.sh
# Prints the benchmark's F1 row for "crier extract" (one process per page)
# and the pages per second of crier_extract() in one process
# (tests/bench/extract_bench, which parses every page ROUNDS times).
# CRIER_SHARED points at the shared data (default: ../shared next to the
# source tree).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-.}" && pwd)
shared=${CRIER_SHARED:-$src/../shared}
rounds=${ROUNDS:-10}
test -x "$build/crier" -a -x "$build/tests/bench/extract_bench" || {
	echo "extract.sh: run me from the build directory after make" >&2
	exit 2
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/extract-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for f in "$shared"/data/extract/html/*.html.gz; do
	gunzip -c "$f" > "$tmp/$(basename "$f" .gz)"
done
echo "== quality (shingle F1, one crier process per page)"
python3 "$shared/bench/extract/run.py" --name "crier extract" \
	"$build/crier extract --url {url} {}"
echo "== speed (one process, $rounds rounds over every page)"
nice "$build/tests/bench/extract_bench" -n "$rounds" "$tmp"/*.html
