#!/bin/sh
# nothing_new.sh - a briefing with no story to speak: when every story was
# heard before, crier says so (and how to hear them again), exits 5 and
# writes no WAV file; when every source fails it exits 4, again without a
# file.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

demo_articles "$T/a"
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
CONF
run first "$CRIER" -c "$T/c.conf" -o "$T/first.wav"
is "$rc" 0 "the first briefing is written"
test -s "$T/first.wav"
ok $? "into its WAV file"

run again "$CRIER" -c "$T/c.conf" -o "$T/again.wav"
is "$rc" 5 "the next one, with every story heard, exits 5"
test ! -e "$T/again.wav" && test ! -e "$T/again.vtt"
ok $? "and writes no WAV file (nor chapters)"
contains "$T/err" "crier: nothing new since " "it says there is nothing new"
contains "$T/err" "(2 stories heard before); crier --all speaks them again" \
	"how many, and how to hear them again"
grep -q "since $(LC_ALL=C date +%a) [0-9]* $(LC_ALL=C date +%b) [0-9][0-9]:[0-9][0-9] " "$T/err"
ok $? "since when: the last story heard (today)"

run dry "$CRIER" -c "$T/c.conf" --dry-run
is "$rc" 5 "a dry run says the same"
is "$(cat "$T/out")" "" "and prints no script"

run all "$CRIER" -c "$T/c.conf" -o "$T/all.wav" --all
is "$rc" 0 "--all speaks them again"
test -s "$T/all.wav"
ok $? "into a WAV file"

cat > "$T/bad.conf" <<'CONF'
sources = ( { name = "Gone"; plugin = "file"; path = "nowhere"; } );
CONF
run failed "$CRIER" -c "$T/bad.conf" -o "$T/failed.wav"
is "$rc" 4 "every source failing exits 4"
test ! -e "$T/failed.wav"
ok $? "without a WAV file"
contains "$T/err" "source 'Gone'" "naming the source"
lacks "$T/err" "nothing new" "and not calling it nothing new"

mkdir "$T/empty"
cat > "$T/empty.conf" <<'CONF'
sources = ( { name = "Empty"; plugin = "file"; path = "empty"; } );
CONF
run empty "$CRIER" -c "$T/empty.conf" -o "$T/empty.wav"
is "$rc" 5 "sources without stories exit 5 too"
contains "$T/err" "the sources have no stories to brief" "saying so"
test ! -e "$T/empty.wav"
ok $? "without a WAV file"
done_testing
