#!/bin/sh
# progress.sh - a briefing written to a file, printed (--dry-run) or
# listed says what it is doing on stderr: in place when stderr is a
# terminal (run under script(1)), a line per step with --verbose, and
# nothing otherwise; standard output carries only the briefing.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"

demo_articles "$T/a"
mkdir -p "$T/site"
cp "$HTTP_FEEDS/news.xml" "$T/site/"
start_http_server --root "$T/site" --lifetime 120
# The wire answers after 3 s, so the briefing waits for it.
cat > "$T/c.conf" <<CONF
sources = ( { name = "Wire"; plugin = "feed"; url = "$HTTP_BASE/feeds/news.xml?delay=3"; },
            { name = "Notes"; plugin = "file"; path = "a"; } );
CONF

run quiet "$CRIER" -c "$T/c.conf" --all -o "$T/q.wav"
is "$rc" 0 "a briefing to a file, stderr not a terminal"
lacks "$T/err" "waiting" "says nothing of waiting"
lacks "$T/err" "writing" "nor of writing"

run verbose "$CRIER" -c "$T/c.conf" --all -v -o "$T/v.wav"
is "$rc" 0 "with --verbose"
contains "$T/err" "crier: waiting for source 1 of 2, Wire" "it says which source it waits for"
contains "$T/err" "crier: writing the intro" "what it writes"
contains "$T/err" "crier: writing story 1 of " "story by story"
contains "$T/err" "crier: writing the outro" "to the end"
n=$(grep -c "^crier: writing story" "$T/err")
num_between "$n" 3 100
ok $? "one line per story ($n)"

run dry "$CRIER" -c "$T/c.conf" --all -v -n
contains "$T/err" "crier: waiting for source 1 of 2, Wire" "--dry-run says it too"
lacks "$T/out" "waiting" "on stderr only"
contains "$T/out" "From Wire: " "the briefing is on stdout"
run list "$CRIER" -c "$T/c.conf" --all -v list
contains "$T/err" "crier: waiting for source 1 of 2, Wire" "and list"
lacks "$T/out" "waiting" "on stderr only"
run dry_quiet "$CRIER" -c "$T/c.conf" --all -q -v -n
lacks "$T/err" "waiting" "--quiet silences it"

if ! command -v script > /dev/null 2>&1; then
	ok 0 "progress on a terminal # SKIP script(1) is not installed"
	done_testing
	exit
fi
# On a terminal: one line, rewritten in place (carriage return, erase).
script -qec "\"$CRIER\" -c \"$T/c.conf\" --all -o \"$T/t.wav\" 2>\"$T/tty.err\" >/dev/null; \"$CRIER\" -c \"$T/c.conf\" --all -o \"$T/t2.wav\"" /dev/null > "$T/tty" 2>&1
rc=$?
is "$rc" 0 "under script(1), the briefing to a file exits 0"
cr=$(printf '\r\033[K')
contains "$T/tty" "${cr}waiting for source 1 of 2, Wire" "a terminal sees the wait in place"
contains "$T/tty" "${cr}writing story 1 of " "and each story written"
lacks "$T/tty" "crier: writing" "not as lines"
is "$(wav_seconds "$T/t2.wav" | cut -d. -f1)" "$(wav_seconds "$T/v.wav" | cut -d. -f1)" "the file is the same length as without a terminal"
script -qec "\"$CRIER\" -c \"$T/c.conf\" --all -n" /dev/null > "$T/tty_dry" 2>&1
contains "$T/tty_dry" "${cr}waiting for source 1 of 2, Wire" "--dry-run on a terminal too"
contains "$T/tty_dry" "${cr}[intro" "the line is erased before the briefing is printed"
done_testing
