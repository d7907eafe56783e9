#!/bin/sh
# http_faults.sh - a briefing of feed sources on the loopback test server
# (tests/http/server.py), one source per fault plus good ones: each
# failure is reported for its source with its URL, the good sources are
# still in the script, and crier exits 1.  A second run gets 304s and
# still speaks the good feeds, from the cached copies.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"
start_http_server --lifetime 120 --verbose

# A port where nothing listens: bind one, then let it go.
REFUSED=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

src() {	# src NAME PATH: a feed source on the test server
	printf '  { name = "%s"; plugin = "feed"; url = "%s"; max_items = 1; },\n' \
		"$1" "$HTTP_BASE$2"
}
{
	echo 'jobs = 8;'
	echo 'timeout = 8;'	# a busy CI machine needs slack
	echo 'sources = ('
	src "Ledger" /feeds/news.xml
	src "Courier" /feeds/atom.xml
	src "Moved" /fault/redirect
	src "Gazette" /fault/wrong-charset
	src "Missing" /fault/404
	src "Broken" /fault/500
	src "Loop" /fault/loop
	src "Hang" /fault/hang
	src "Drip" /fault/drip
	src "Huge" /fault/big
	src "Bomb" /fault/gzip-bomb
	src "Garbled" /fault/bad-gzip
	src "Cut" /fault/cut
	src "Halved" /fault/truncated
	src "Homepage" /fault/html
	printf '  { name = "Refused"; plugin = "feed"; url = "http://127.0.0.1:%s/feed.xml"; }\n' "$REFUSED"
	echo ');'
	echo 'summarizer = { plugin = "lead"; sentences = 1; };'
} > "$T/c.conf"

# Until the feed plugin fetches over HTTP there is nothing to test.
printf 'sources = ( { name = "Probe"; plugin = "feed"; url = "%s"; } );\n' \
	"$HTTP_BASE/feeds/news.xml" > "$T/probe.conf"
run probe "$CRIER" --dry-run --config "$T/probe.conf"
if grep -q "not available yet\|no source plugin named 'feed'" "$T/err"; then
	echo "1..0 # SKIP no feed plugin that fetches over HTTP yet"
	exit 0
fi

start=$(date +%s)
run brief "$CRIER" --dry-run --verbose --config "$T/c.conf"
took=$(( $(date +%s) - start ))
is "$rc" 1 "some sources failed: exit status 1"
ok $([ "$took" -le 20 ] && echo 0 || echo 1) "done in ${took}s"

contains "$T/out" "From Ledger: Lighthouse keeper retires" "good RSS feed spoken"
contains "$T/out" "From Courier: Footbridge reopens" "good Atom feed spoken"
# Moved and Halved serve the Ledger's feed: the same story is spoken once.
contains "$T/err" "source 'Moved': 'Lighthouse keeper retires after forty years' repeats a story" \
	"redirected feed read (its story is the Ledger's, spoken once)"
contains "$T/out" "From Gazette: Le café de la gare rouvre ses portes" \
	"wrong charset header: still correct text"

# fault SOURCE PATH TEXT: the failure is reported for SOURCE, with its URL.
fault() {
	if grep -F "'$1'" "$T/err" | grep -F "$HTTP_BASE$2" | grep -qF -- "$3"
	then
		ok 0 "$1: $3"
	else
		ok 1 "$1: $3"
		sed 's/^/#   /' "$T/err"
	fi
}
fault Missing /fault/404 "HTTP 404 Not Found"
fault Broken /fault/500 "HTTP 500 Internal Server Error"
fault Loop /fault/loop "too many redirects"
fault Huge /fault/big "larger than the limit"
fault Bomb /fault/gzip-bomb "compression bomb"
fault Garbled /fault/bad-gzip "cannot decode the gzip body"
fault Cut /fault/cut "closed before the whole body arrived"
fault Homepage /fault/html "HTML"
contains "$T/err" "'Refused'" "refused: reported for its source"
contains "$T/err" "127.0.0.1:$REFUSED/feed.xml: connection refused" \
	"refused: with the URL"
# The per-source time limit may stop these before HTTP's own timeout.
for s in Hang Drip; do
	if grep -F "'$s'" "$T/err" | grep -qF "timed out"; then
		ok 0 "$s: timed out"
	else
		ok 1 "$s: timed out"; sed 's/^/#   /' "$T/err"
	fi
done
# Truncated XML is read as far as it goes (libxml2's recovery), or said
# to be broken; either way it is about that source and nothing else fails.
if grep -qF "source 'Halved' (feed)" "$T/err"; then
	fault Halved /fault/truncated ""
else
	contains "$T/err" "source 'Halved': 'Lighthouse keeper retires" \
		"truncated: the first item recovered"
fi

# Again: the good feeds now answer 304 and come from the cache.
run again "$CRIER" --dry-run --config "$T/c.conf"
is "$rc" 1 "second run: exit status 1 again"
contains "$T/out" "From Ledger: Lighthouse keeper retires" \
	"second run: the cached RSS feed spoken"
contains "$T/out" "From Courier: Footbridge reopens" \
	"second run: the cached Atom feed spoken"
contains "$T/http-server.err" '"GET /feeds/news.xml HTTP/1.1" 304' \
	"second run: the server answered 304"
ok $([ -s "$XDG_STATE_HOME/crier/http-cache.sqlite" ] && echo 0 || echo 1) \
	"the cache lives in \$XDG_STATE_HOME/crier"

# "crier feed URL" goes through the same service.
run feed_url "$CRIER" feed --json "$HTTP_BASE/feeds/atom.xml"
is "$rc" 0 "crier feed URL exits 0"
contains "$T/out" '"title": "Footbridge reopens after repairs"' \
	"and prints the feed fetched over HTTP"
run feed_404 "$CRIER" feed "$HTTP_BASE/fault/404"
ok $([ "$rc" -ne 0 ] && echo 0 || echo 1) "crier feed on a 404 fails"
contains "$T/err" "$HTTP_BASE/fault/404: HTTP 404 Not Found" \
	"and says so with the URL"

done_testing
