#!/bin/sh
# feed.sh - "crier feed" on the feed fixtures and over HTTP (the loopback
# test server), and a briefing from a feed source reading a local file.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
F="$CRIER_SRCDIR/tests/plugins/feed"

run json "$CRIER" feed --json "$F/rss2.xml"
is "$rc" 0 "feed --json exits 0"
contains "$T/out" '{ "title": "Harbour & Hill Gazette", "items": [' "the feed title first"
contains "$T/out" '"link": "http://news.example.org/stories/ferry.html"' "links resolved"
contains "$T/out" '"published": "2024-04-19T10:28:00Z"' "dates in ISO 8601 UTC"
contains "$T/out" '"published": null' "an unreadable date is null"
contains "$T/out" '"content": null' "missing content is null"
for key in title link id published author summary content; do
	contains "$T/out" "\"$key\": " "items have \"$key\""
done

run list "$CRIER" feed "$F/atom.xml"
is "$rc" 0 "feed lists a feed"
contains "$T/out" "Le petit journal (atom, 2 items)" "with a header line"
contains "$T/out" "1. Le marché rouvre" "and numbered headlines"

run stdin sh -c "\"$CRIER\" feed --json - < \"$F/jsonfeed.json\""
is "$rc" 0 "feed reads stdin"
contains "$T/out" '"id": "1001"' "JSON Feed ids as strings"

run html "$CRIER" feed "$F/html-page.html"
is "$rc" 4 "an HTML page exits 4"
contains "$T/err" "not a feed: looks like an HTML page" "and says why"

run missing "$CRIER" feed "$T/nonexistent.xml"
is "$rc" 2 "a missing file exits 2"

# Over HTTP, from the loopback test server.
. "$CRIER_SRCDIR/tests/http/lib.sh"
start_http_server --lifetime 60
run http "$CRIER" feed --json "$HTTP_BASE/feeds/news.xml"
is "$rc" 0 "feed --json URL exits 0"
contains "$T/out" '"title": "Loopback Ledger"' "and prints the feed"
run http_latin1 "$CRIER" feed --json "$HTTP_BASE/fault/wrong-charset"
contains "$T/out" "Le café de la gare rouvre ses portes" \
	"a wrong HTTP charset does not garble the text"
run http_html "$CRIER" feed "$HTTP_BASE/fault/html"
is "$rc" 4 "an HTML page over HTTP exits 4"
contains "$T/err" "looks like an HTML page" "and says why"
run http_404 "$CRIER" feed "$HTTP_BASE/fault/404"
is "$rc" 4 "a 404 exits 4"
contains "$T/err" "$HTTP_BASE/fault/404" "and names the URL"

cp "$F/rss2.xml" "$T/news.xml"
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Gazette"; plugin = "feed"; url = "news.xml";
              max_items = 2; } );
summarizer = { plugin = "lead"; sentences = 1; };
CONF
run brief "$CRIER" --dry-run --config "$T/c.conf"
is "$rc" 0 "a briefing from a feed source"
contains "$T/out" "Ferry returns after storms" "speaks the first item"
contains "$T/out" "Choir wins regional contest" "and the second"
lacks "$T/out" "Undated notice" "max_items = 2"

done_testing
