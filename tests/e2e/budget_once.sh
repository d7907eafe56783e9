#!/bin/sh
# budget_once.sh - a briefing with a time budget synthesizes each story
# once: the budget's measuring render is what is played.  The counting
# test speech plugin logs every text it is given; no text may come twice,
# and none is synthesized only to be dropped.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

mkdir "$T/a"
for n in 1 2 3 4 5 6 7 8; do
	{
		echo "Report number $n from the valley"
		echo
		for s in 1 2 3 4 5; do
			echo "In report $n, sentence $s says the river rose by $s metres overnight."
		done
	} > "$T/a/$n.txt"
done
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Valley"; plugin = "file"; path = "a"; } );
summarizer = { plugin = "lead"; sentences = 4; };
speech = { plugin = "counting"; pause_ms = 500; };
briefing = { minutes = 1; };
CONF
CRIER_TEST_RENDER_LOG="$T/log"
export CRIER_TEST_RENDER_LOG
run wav "$CRIER" -v -c "$T/c.conf" --all --output "$T/b.wav"
is "$rc" 0 "a briefing with a budget is written with the counting plugin"
secs=$(wav_seconds "$T/b.wav")
num_between "$secs" 54 66
ok $? "it lasts about the budget ($secs s)"
test -s "$T/log"
ok $? "the plugin logged what it rendered"
grep -c 'sentence' "$T/log" > "$T/n"
num_between "$(cat "$T/n")" 4 40
ok $? "stories were measured ($(cat "$T/n") sentences rendered)"
sort "$T/log" | uniq -d > "$T/twice"
is "$(head -n 3 "$T/twice")" "" "no text was synthesized twice"
contains "$T/err" "texts synthesized" "-v says how many texts were synthesized"
is "$(sed -n 's/^crier: \([0-9]*\) texts synthesized$/\1/p' "$T/err")" \
	"$(wc -l < "$T/log" | tr -d ' ')" "as many as the plugin logged"

# A piece that cannot fit is foreseen from its text, not rendered: every
# sentence synthesized is spoken (the dry run lists what is kept).
rm -f "$T/log"
run dry "$CRIER" -c "$T/c.conf" --all --dry-run
is "$(grep -o 'sentence [0-9]' "$T/out" | wc -l | tr -d ' ')" \
	"$(grep -c 'sentence' "$T/log")" "every sentence synthesized is kept"

# Without a budget too: every item is rendered once, as it is played.
sed '/minutes/d' "$T/c.conf" > "$T/nb.conf"
rm -f "$T/log"
run nobudget "$CRIER" -c "$T/nb.conf" --all --output "$T/n.wav"
is "$rc" 0 "without a budget, the briefing is written"
sort "$T/log" | uniq -d > "$T/twice"
is "$(head -n 3 "$T/twice")" "" "and no text was synthesized twice"
done_testing
