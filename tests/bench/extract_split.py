#!/usr/bin/env python3
"""extract_split.py - main-text extraction quality on the tune and held-out
halves of the shared dev sets (not part of make check).

  extract_split.py BUILD_DIR [--shared DIR] [--set NAME ...] [--keep DIR]

Every page of a set goes to one half by a hash of its id, fixed before any
result was seen: the first byte of sha256(id) even is the "tune" half, odd
the "held" half.  Tuning looks at the tune half only; the held half is what
the extractor is judged on.  The pages are extracted in one process
(BUILD_DIR/tests/bench/extract_bench -o) and scored with the shared
benchmark's own metric (score.py in SHARED/bench/extract, imported, not
copied): one row per half and set, in score.py's format.

--set names a folder under SHARED/data (default: extract and extract-l3s);
--keep DIR keeps the texts (DIR/SET/ID.txt) and per-page TSVs there.
Exits 2 when the shared data or the build is missing.
"""
import argparse
import gzip
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent.parent


def half(page_id):
    """'tune' or 'held': the page's half, by the first byte of sha256(id)."""
    return 'tune' if hashlib.sha256(page_id.encode()).digest()[0] % 2 == 0 \
        else 'held'


def extract_set(bench, data, out):
    """Extracts every page of data into out/ID.txt in one process."""
    with tempfile.TemporaryDirectory(prefix='extract-split-') as tmp:
        files = []
        for gz in sorted((data / 'html').glob('*.html.gz')):
            path = Path(tmp) / gz.name[:-3]
            path.write_bytes(gzip.decompress(gz.read_bytes()))
            files.append(str(path))
        subprocess.run([str(bench), '-o', str(out)] + files, check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('build', type=Path)
    ap.add_argument('--shared', type=Path,
                    default=Path(os.environ.get('CRIER_SHARED') or
                                 SRC.parent / 'shared'))
    ap.add_argument('--set', action='append', dest='sets')
    ap.add_argument('--keep', type=Path)
    a = ap.parse_args()
    bench = a.build / 'tests' / 'bench' / 'extract_bench'
    scorer = a.shared / 'bench' / 'extract'
    if not bench.exists() or not (scorer / 'score.py').exists():
        print(f'extract_split.py: need {bench} and {scorer}/score.py',
              file=sys.stderr)
        return 2
    sys.path.insert(0, str(scorer))
    import score  # noqa: E402  (the shared metric)

    print(f'{"set":<12} {"half":<5} {"pages":>5}  {score.HEADER}')
    for name in a.sets or ['extract', 'extract-l3s']:
        data = a.shared / 'data' / name
        truth, urls = score.load_truth(data / 'ground-truth.json')
        with tempfile.TemporaryDirectory(prefix='extract-out-') as tmp:
            out = a.keep / name if a.keep else Path(tmp)
            out.mkdir(parents=True, exist_ok=True)
            extract_set(bench, data, out)
            pred = score.load_pred(out)
        for h in ('tune', 'held', 'all'):
            ids = [i for i in truth if h == 'all' or half(i) == h]
            m, rows = score.evaluate({i: truth[i] for i in ids}, pred)
            print(f'{name:<12} {h:<5} {len(ids):>5}  '
                  f'{score.fmt_row("crier", m)}')
            if a.keep:
                score.write_per_page(a.keep / f'{name}-{h}.tsv', rows, urls)
    return 0


if __name__ == '__main__':
    sys.exit(main())
