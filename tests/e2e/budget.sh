#!/bin/sh
# budget.sh - briefing.minutes: stories are picked and trimmed so that the
# briefing lasts within 10% of the budget, measured on the WAV written.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

mkdir "$T/articles"
python3 "$CRIER_SRCDIR/tests/bbc_articles.py" "$CRIER_SHARED/data/summ/bbc-dev.jsonl" "$T/articles" 40
for minutes in 1.5 3 5; do
	cat > "$T/c.conf" <<CONF
sources = ( { name = "BBC"; plugin = "file"; path = "articles"; max_items = 40; } );
summarizer = { plugin = "lead"; sentences = 4; };
briefing = { minutes = $minutes; };
CONF
	run wav "$CRIER" -c "$T/c.conf" --output "$T/b.wav"
	is "$rc" 0 "a $minutes-minute briefing is written"
	secs=$(wav_seconds "$T/b.wav")
	low=$(awk -v m="$minutes" 'BEGIN { print m * 60 * 0.9 }')
	high=$(awk -v m="$minutes" 'BEGIN { print m * 60 * 1.1 }')
	num_between "$secs" "$low" "$high"
	ok $? "it lasts $secs s, within 10% of $minutes minutes"
	contains "$T/err" "for a budget of" "crier says what it chose"
done

# Every source gets its first story before any source gets a second.
mkdir "$T/one" "$T/two"
cp "$T/articles/00.txt" "$T/articles/01.txt" "$T/one/"
cp "$T/articles/02.txt" "$T/articles/03.txt" "$T/two/"
cat > "$T/p.conf" <<'CONF'
sources = ( { name = "One"; plugin = "file"; path = "one"; },
            { name = "Two"; plugin = "file"; path = "two"; } );
summarizer = { plugin = "lead"; sentences = 2; };
briefing = { minutes = 1; };
CONF
"$CRIER" -c "$T/p.conf" -n --all > "$T/out" 2> "$T/err"
is "$(grep -c '^\[story 1, One' "$T/out")" 1 "the first source's first story is in"
is "$(grep -c '^\[story 2, Two' "$T/out")" 1 "and the second source's first story"
done_testing
