#!/bin/sh
# tests/check.sh - the whole test run, as README.md and CI do it: install
# the Debian packages (with sudo when not root), build with warnings as
# errors, run "make check"; when the project's shared dev data is beside
# the clone (../shared, as in CI), also the tests that read it ("make
# check-shared"; a user's clone has none and skips them); then "make
# distcheck" built with AddressSanitizer and UndefinedBehaviorSanitizer
# (tests/sanitize.sh --distcheck: the tarball builds, installs and
# uninstalls, and the whole suite passes again under the sanitizers), and
# every libFuzzer target for FUZZ_SECONDS (default 20 here: a smoke run;
# "make fuzz" alone fuzzes for 60 s a target, and longer on request).
# Ends with a line "N passed, N failed" counted from the test logs of
# the plain run.
set -u
cd "$(dirname "$0")/.." || exit 1

if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
packages=$(grep -v '^#' config/debian-packages)
# shellcheck disable=SC2086
if ! dpkg -s $packages > /dev/null 2>&1; then
	$sudo apt-get update -qq &&
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $packages ||
		exit 1
fi

jobs=$(nproc 2>/dev/null || echo 2)
status=0
{ [ -x configure ] || ./autogen.sh; } &&
	./configure --enable-werror &&
	make -j"$jobs" &&
	make -j"$jobs" check || status=1
if [ $status -eq 0 ] && [ -d ../shared/data ]; then
	make -j"$jobs" check-shared || status=1
elif [ $status -eq 0 ]; then
	echo "check.sh: no ../shared beside the clone: make check-shared not run"
fi
if [ $status -eq 0 ]; then
	sh tests/sanitize.sh --distcheck "$PWD/build-sanitize" || status=1
fi
if [ $status -eq 0 ]; then
	make fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-20}" || status=1
fi

# Count the TAP results of every test of make check (the .trs files).
results=$(find tests -name '*.trs' -exec cat {} + 2>/dev/null)
passed=$(printf '%s\n' "$results" | grep -c '^:test-result: PASS')
failed=$(printf '%s\n' "$results" | grep -cE '^:test-result: (FAIL|ERROR|XPASS)')
if [ $status -ne 0 ] && [ "$failed" -eq 0 ]; then
	failed=1	# the build or distcheck failed outside the tests
fi
echo "$passed passed, $failed failed"
exit $status
