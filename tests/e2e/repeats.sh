#!/bin/sh
# repeats.sh - a story told twice: one page at two addresses (http and
# https, a tracking parameter, a trailing slash) or with the same headline
# and text is spoken once, and marked heard with its copy; another source's
# report of it is named ("also reported by") without a time budget too,
# even when that source comes in after the story was spoken.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"

# item TITLE LINK TEXT: one RSS item.
item() {
	printf '<item><title>%s</title><link>%s</link><description>%s</description></item>\n' "$@"
}
bridge="Harbour bridge reopens to traffic after two years"
bridge_text="The old harbour bridge in Port Elwin reopened to cars and buses on Monday morning, two years after engineers closed it."
library_text="The central library in Marlow Heath has started lending telescopes and sewing machines to its readers."
mkdir -p "$T/feeds"
{
	echo '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
	item "$bridge" "http://example.org/bridge?utm_source=feed" "$bridge_text"
	item "$bridge" "https://example.org/bridge/" "$bridge_text"
	item "Library lends telescopes" "https://example.org/lib" "$library_text"
	item "Library lends telescopes" "https://example.org/lib-copy" "$library_text"
	echo '</channel></rss>'
} > "$T/feeds/wire.xml"
{
	echo '<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title>'
	item "Port Elwin's harbour bridge reopens after two years of repairs" \
		"https://daily.example/b" \
		"Cars and buses crossed the old harbour bridge in Port Elwin on Monday morning, two years after engineers closed it."
	echo '</channel></rss>'
} > "$T/feeds/daily.xml"

printf 'sources = ( { name = "Wire"; plugin = "feed"; url = "feeds/wire.xml"; } );\n' > "$T/one.conf"
run one "$CRIER" -c "$T/one.conf" -n
is "$rc" 0 "a feed with two copies of two pages briefs"
is "$(grep -c "^From Wire: $bridge" "$T/out")" 1 "the page at two addresses is spoken once"
is "$(grep -c "^From Wire: Library lends telescopes" "$T/out")" 1 "the same headline and text at two links too"
contains "$T/out" "(2 stories)" "two stories in all"
lacks "$T/out" "reported by" "a source is not named as its own second report"
run wav "$CRIER" -c "$T/one.conf" -q -o "$T/one.wav"
is "$rc" 0 "spoken to a file"
run again "$CRIER" -c "$T/one.conf" -q -o "$T/again.wav"
is "$rc" 5 "then every copy is heard: nothing new"

# Daily comes in well after Wire's story is printed: its report of the
# same event is named all the same, once.
start_http_server --root "$T/feeds" --lifetime 60
cat > "$T/two.conf" <<CONF
sources = ( { name = "Wire"; plugin = "feed"; url = "feeds/wire.xml"; },
            { name = "Daily"; plugin = "feed"; url = "$HTTP_BASE/feeds/daily.xml?delay=3"; } );
CONF
run late "$CRIER" -c "$T/two.conf" -n --all
is "$rc" 0 "a briefing without a budget"
is "$(grep -c "reported by Daily" "$T/out")" 1 "names the source that also reported the story, once"
lacks "$T/out" "From Daily" "and does not speak its report again"
{ cat "$T/two.conf"; echo 'briefing = { minutes = 5; };'; } > "$T/budget.conf"
run budget "$CRIER" -c "$T/budget.conf" -n --all
is "$(grep -c "Also reported by Daily" "$T/out")" 1 "with a budget, at the story's end"
done_testing
