# tests/plugins/lib.sh - fixture-driven plugin tests.
#
# check_case NAME EXPECTED CMD...: runs CMD in the fixture directory and
# compares its output with the file EXPECTED (a TAP line per case).
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
DRIVER="$CRIER_BUILDDIR/tests/plugins/plugin-driver"
PLUGINS="$CRIER_BUILDDIR/plugins/.libs"

check_case() {
	name=$1 expected=$2
	shift 2
	"$@" > "$T/got" 2> "$T/err"
	if diff -u "$expected" "$T/got" > "$T/diff"; then
		ok 0 "$name"
	else
		ok 1 "$name"
		sed 's/^/#   /' "$T/diff" "$T/err"
	fi
}
