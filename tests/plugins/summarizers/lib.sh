# tests/plugins/summarizers/lib.sh - checks on what a summarizer chose.
#
# Sourced by the summarizer tests after tests/plugins/lib.sh; they run in
# this directory, on the fixtures next to this file.

# summarize PLUGIN SENTENCES WORDS FILE [TITLE [LANG]]: output in $T/got.
summarize() {
	so="$PLUGINS/$1.so"
	shift
	"$DRIVER" "$so" summarize "$@" > "$T/got" 2> "$T/err"
}

# The number of sentences (lines) and of words in $T/got.
got_lines() {
	wc -l < "$T/got" | tr -d ' '
}

got_words() {
	awk '{ for (i = 1; i <= NF; i++) if ($i ~ /[[:alnum:]]/) n++ }
	     END { print n + 0 }' "$T/got"
}

# in_order FILE: every line of $T/got is a piece of FILE, and each comes
# after the one before it.
in_order() {
	awk 'NR == FNR { text = text $0 "\n"; next }
	     { p = index(substr(text, pos + 1), $0)
	       if (!p || $0 == "") { bad = 1; exit }
	       pos += p + length($0) - 1 }
	     END { exit bad }' "$1" "$T/got"
}

# none_of FILE: no line of $T/got is a line of FILE.
none_of() {
	! grep -qxF -f "$1" "$T/got"
}

# no_error: the driver reported no failure.
no_error() {
	! grep -q '^error:' "$T/got"
}

# check NAME COMMAND...: a TAP line for COMMAND's status; shows the
# summary when it fails.
check() {
	name=$1
	shift
	if "$@"; then
		ok 0 "$name"
	else
		ok 1 "$name"
		sed 's/^/#   /' "$T/got" "$T/err"
	fi
}
