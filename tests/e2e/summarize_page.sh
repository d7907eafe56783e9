#!/bin/sh
# summarize_page.sh - the news summarizer on text as web pages publish it
# (a byline and time stamps set off by " . ", a dateline, captions and
# "Scroll down for video" run into the sentences), through "crier
# summarize" and through a briefing from a feed: the same three clean
# sentences both ways.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

page="$CRIER_SRCDIR/tests/plugins/summarizers/kite.txt"
: > "$T/empty.conf"

# no_furniture FILE NAME: none of the page's furniture is in FILE.
no_furniture() {
	if grep -E "^By|Tom Reed|EST|Crier Wire|Scroll|Pictured|Huge:" "$1" \
		> "$T/found"; then
		ok 1 "$2"
		sed 's/^/#   /' "$T/found"
	else
		ok 0 "$2"
	fi
}

title="Giant whale kite flies over Keston"
run summarize "$CRIER" -c "$T/empty.conf" summarize --sentences 3 \
	--title "$title" "$page"
is "$rc" 0 "crier summarize reads the page text"
cp "$T/out" "$T/summary"
is "$(wc -l < "$T/summary" | tr -d ' ')" 3 "three sentences"
no_furniture "$T/summary" "no byline, time stamp, dateline, caption or call to action"
is "$(head -n 1 "$T/summary" | cut -c 1-26)" "A kite maker from Keston f" \
	"the lead comes first, without its dateline"

# The same text as a feed item's description, in a briefing.
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<rss version="2.0"><channel><title>Keston News</title>'
	echo '<link>http://keston.example/</link><description>x</description>'
	echo "<item><title>$title</title>"
	echo '<link>http://keston.example/kite</link><description>'
	cat "$page"
	echo '</description></item></channel></rss>'
} > "$T/news.xml"
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Keston News"; plugin = "feed"; url = "news.xml"; } );
summarizer = { plugin = "news"; sentences = 3; };
CONF
run brief "$CRIER" --dry-run --config "$T/c.conf"
is "$rc" 0 "a briefing of the page text from a feed"
no_furniture "$T/out" "the briefing speaks no furniture either"
while IFS= read -r line; do
	contains "$T/out" "$line" "the briefing has: $(echo "$line" | cut -c 1-40)"
done < "$T/summary"
done_testing
