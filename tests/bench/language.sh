#!/bin/sh
# language.sh - how often language detection answers, and how often
# rightly, on the dev data: the article text of each extraction page
# against its <html lang>, and each feed item's title and text against the
# feed's declared language.  Some feeds declare the wrong language, so a
# few "wrong" answers are the data's.
#
# Run from the build directory after "make" (not part of make check):
#	sh /path/to/src/tests/bench/language.sh [BUILDDIR]
# Prints one row for whole texts and one each for their first 80 and 200
# bytes (headline-sized).  CRIER_SHARED points at the shared data
# (default: ../shared next to the source tree).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-.}" && pwd)
shared=${CRIER_SHARED:-$src/../shared}
bench="$build/tests/bench/language_bench"
test -x "$bench" || {
	echo "language.sh: run me from the build directory after make" >&2
	exit 2
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/language-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 - "$shared" > "$tmp/pairs.tsv" <<'PY'
import gzip, json, os, re, sys
shared = sys.argv[1]
pairs = []
ex = os.path.join(shared, 'data', 'extract')
truth = json.load(open(os.path.join(ex, 'ground-truth.json')))
for page, v in sorted(truth.items()):
    path = os.path.join(ex, 'html', page + '.html.gz')
    if not os.path.exists(path) or not v.get('articleBody'):
        continue
    head = gzip.open(path, 'rt', errors='replace').read(20000)
    m = re.search(r'<html[^>]*\blang="([^"]+)"', head, re.I)
    if m:
        pairs.append((m.group(1), v['articleBody']))
fd = os.path.join(shared, 'data', 'feeds')
for name in sorted(os.listdir(os.path.join(fd, 'real'))):
    with open(os.path.join(fd, 'real', name), 'rb') as f:
        raw = f.read(200000).decode('utf-8', 'replace')
    m = (re.search(r'<language>\s*([A-Za-z_-]+)\s*</language>', raw) or
         re.search(r'<feed[^>]*xml:lang="([A-Za-z_-]+)"', raw) or
         re.search(r'"language"\s*:\s*"([A-Za-z_-]+)"', raw))
    oracle = os.path.join(fd, 'oracle', name + '.json')
    if not m or not os.path.exists(oracle):
        continue
    try:
        items = json.load(open(oracle)).get('items', [])
    except ValueError:
        continue
    for it in items:
        parts = (it.get('title'), it.get('content') or it.get('summary'))
        text = ' '.join(p for p in parts if isinstance(p, str))
        if text:
            pairs.append((m.group(1), text))
for lang, text in pairs:
    text = re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', text)).strip()
    print('%s\t%s' % (lang, text))
PY
nice "$bench" < "$tmp/pairs.tsv"
for n in 80 200; do
	nice "$bench" -n $n < "$tmp/pairs.tsv"
done
