#!/bin/sh
# replay.sh - the fuzz targets, built with the normal compiler, run once
# on every saved finding (tests/fuzz/regressions/TARGET/) and on the test
# fixtures they are seeded from: what once crashed must not crash again.
# Under tests/sanitize.sh this runs with ASan and UBSan too.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
S=$CRIER_SRCDIR

# inputs TARGET: the files to replay for TARGET.
inputs() {
	case $1 in
	feed) ls "$S"/tests/plugins/feed/*.xml "$S"/tests/plugins/feed/*.json \
		"$S"/tests/plugins/feed/*.html ;;
	extract) find "$S/tests/fixtures" -name '*.html' ;;
	text) ls "$S"/tests/plugins/lead/*.txt "$S"/tests/plugins/file/articles/* ;;
	html) find "$S/tests" -name '*.html' ;;
	normalize) ls "$S"/tests/plugins/lead/*.txt ;;
	config) find "$S/tests" -name '*.conf' ;;
	esac 2>/dev/null
	find "$S/tests/fuzz/regressions/$1" -type f 2>/dev/null
}

for t in feed extract text html normalize config; do
	# shellcheck disable=SC2046
	run "$t" "$CRIER_BUILDDIR/tests/fuzz/replay_$t" $(inputs "$t")
	is "$rc" 0 "fuzz_$t replays its fixtures and regressions ($(cat "$T/out"))"
	[ "$rc" -eq 0 ] || sed 's/^/#   /' "$T/err" | tail -30
done
done_testing
