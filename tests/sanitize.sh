#!/bin/sh
# sanitize.sh - the whole test suite under AddressSanitizer, LeakSanitizer
# and UndefinedBehaviorSanitizer, failing when a test fails or when any
# sanitizer reported anything (reports go to a folder of their own, so a
# report in a test that expected an error status is not lost).  Ends
# with a line "N passed, N failed".
#
#   sh tests/sanitize.sh [BUILDDIR]	(default: ./build-sanitize)
#	configures a build of its own in BUILDDIR with
#	-fsanitize=address,undefined and runs "make check" there.
#   sh tests/sanitize.sh --distcheck [LOGDIR]
#	run in a configured build of the tree: runs its "make distcheck"
#	with the sanitizers, so the tarball's build, install and uninstall
#	are checked and the suite runs once, sanitized, in the same pass
#	(what tests/check.sh does).  The log and the reports go to LOGDIR
#	(default: ./build-sanitize).
#
# Leaks in third-party libraries (and only those) are suppressed by
# tests/lsan.supp.  CC may name another compiler (gcc by default).
# SANITIZE_HALT=1 makes undefined behaviour stop the process at once.
set -u
src=$(cd "$(dirname "$0")/.." && pwd) || exit 1
mode=check
if [ "${1:-}" = --distcheck ]; then
	mode=distcheck
	shift
fi
tree=$PWD
build=${1:-$PWD/build-sanitize}
mkdir -p "$build" && build=$(cd "$build" && pwd) || exit 1
flags="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer"
reports=$build/sanitizer
jobs=$(nproc 2>/dev/null || echo 2)

# A source tree configured in place cannot also be built elsewhere:
# build a clean copy of it then.
if [ $mode = check ] && [ -f "$src/config.status" ]; then
	echo "sanitize: $src is configured in place; building a copy"
	rm -rf "$build/src"
	mkdir -p "$build/src" &&
		(cd "$src" && tar cf - --exclude=./build-sanitize .) |
		(cd "$build/src" && tar xf - && make -s distclean > /dev/null 2>&1)
	src=$build/src
fi

# Tests may read $CRIER_SHARED: point it at the real data, not the copy.
shared=${CRIER_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}

# run_suite: the tests, with the environment set by the caller.  The
# sanitized build is not -Werror: gcc's warnings at -O1 with the
# sanitizers' instrumentation are not the build's (the plain build of
# tests/check.sh is the -Werror one).
run_suite() {
	if [ $mode = check ]; then
		make -j"$jobs" check CRIER_SHARED_DIR="$shared"
	else
		make -C "$tree" -j"$jobs" distcheck CRIER_SHARED_DIR="$shared" \
			DISTCHECK_CONFIGURE_FLAGS="--disable-werror CFLAGS='$flags' LDFLAGS='-fsanitize=address,undefined'"
	fi
}

cd "$build" || exit 1
rm -rf "$reports" && mkdir -p "$reports" || exit 1
status=0
if [ $mode = check ] && [ ! -f Makefile ]; then
	"$src/configure" CFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined" \
		--with-shared-data="$shared" > configure.log 2>&1 || {
		tail -20 configure.log
		echo "0 passed, 1 failed"
		exit 1
	}
fi
if [ $mode = check ]; then
	make -j"$jobs" > make.log 2>&1 || { tail -30 make.log; status=1; }
fi

# UndefinedBehaviorSanitizer logs every report and the run fails on the
# logs: gcc 12's libubsan writes nothing to log_path when it halts, so
# halting (SANITIZE_HALT=1) leaves the report only on the stderr of the
# process, which a test may swallow.
halt=${SANITIZE_HALT:-0}
# handle_segv=0: the test plugins that crash on purpose must die of
# SIGSEGV as the isolation tests expect (invalid accesses that
# AddressSanitizer instruments are still reported before they happen).
if [ $status -eq 0 ]; then
	ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:halt_on_error=1:handle_segv=0:detect_stack_use_after_return=1:log_path=$reports/asan" \
	LSAN_OPTIONS="suppressions=$src/tests/lsan.supp:fast_unwind_on_malloc=0:print_suppressions=0" \
	UBSAN_OPTIONS="halt_on_error=$halt:print_stacktrace=1:log_path=$reports/ubsan" \
		run_suite > check.log 2>&1 || status=1
	grep -E '^(PASS|FAIL|ERROR|XPASS|SKIP):' check.log |
		grep -v '^PASS' | head -40
	[ $status -eq 0 ] || tail -30 check.log
fi

# Every sanitizer report is a failure, whatever the test made of it.
nreports=0
for r in "$reports"/*; do
	[ -f "$r" ] || continue
	nreports=$((nreports + 1))
	echo "== sanitizer report $r:"
	head -40 "$r"
done

# Counted from the test logs; distcheck removes its build when it
# passes, so there the counts come from the summary make check printed.
if [ $mode = check ]; then
	results=$(find tests -name '*.trs' -exec cat {} + 2>/dev/null)
	passed=$(printf '%s\n' "$results" | grep -c '^:test-result: PASS')
	failed=$(printf '%s\n' "$results" |
		grep -cE '^:test-result: (FAIL|ERROR|XPASS)')
else
	passed=$(sed -n 's/^# PASS: *//p' check.log | tail -1)
	failed=$(sed -n 's/^# \(FAIL\|ERROR\|XPASS\): *//p' check.log |
		awk '{ n += $1 } END { print n + 0 }')
	passed=${passed:-0}
fi
if [ $nreports -gt 0 ]; then
	echo "sanitize: $nreports sanitizer reports (see above)"
	failed=$((failed + nreports))
	status=1
fi
if [ $status -ne 0 ] && [ "$failed" -eq 0 ]; then
	failed=1	# the build failed outside the tests
fi
echo "$passed passed, $failed failed"
exit $status
