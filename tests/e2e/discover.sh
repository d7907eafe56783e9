#!/bin/sh
# discover.sh - a feed source whose url is a web site's page, not its
# feed, reads the feed the page names (<link rel="alternate"
# type="application/rss+xml|atom+xml" href="...">, relative or absolute,
# <base href> honoured), through the loopback test server; a page naming
# none, or a feed that is not there, is an error that says so.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"

site="$T/site"
mkdir -p "$site"
cp "$HTTP_FEEDS/news.xml" "$HTTP_FEEDS/atom.xml" "$site/"
# page FILE HEAD: an HTML page with HEAD in its <head>.
page() {
	printf '<!DOCTYPE html>\n<html><head><title>The Gazette</title>%s</head>\n<body><h1>The Gazette</h1><p><a href="news.xml">News</a> and more.</p></body></html>\n' "$2" > "$site/$1"
}
page index.html '<link rel="stylesheet" href="s.css"><link rel="alternate" type="application/rss+xml" title="News" href="news.xml">'
page atom.html '<link rel="Alternate Home" type="application/atom+xml; charset=utf-8" href="/feeds/atom.xml">'
page based.html '<base href="/feeds/sub/"><link rel="alternate" type="application/rss+xml" href="../news.xml">'
page plain.html ''
page gone.html '<link rel="alternate" type="application/rss+xml" href="missing.xml">'
start_http_server --root "$site" --lifetime 60

# brief NAME PAGE: a dry run of one feed source at PAGE on the server.
brief() {
	printf 'sources = ( { name = "Gazette"; plugin = "feed"; url = "%s"; } );\n' \
		"$HTTP_BASE/feeds/$2" > "$T/$1.conf"
	run "$1" "$CRIER" -c "$T/$1.conf" -n --all
}

brief rss index.html
is "$rc" 0 "a site's page as the url briefs"
contains "$T/out" "From Gazette: Lighthouse keeper retires after forty years" "from the RSS feed the page names"
lacks "$T/err" "not a feed" "without complaint"

brief atom atom.html
is "$rc" 0 "an Atom feed named with an absolute path and a charset"
contains "$T/out" "From Gazette: Footbridge reopens after repairs" "is read too"

brief based based.html
is "$rc" 0 "a page with <base href>"
contains "$T/out" "From Gazette: Lighthouse keeper retires after forty years" "resolves the feed against it"

brief plain plain.html
is "$rc" 4 "a page naming no feed fails"
contains "$T/err" "plain.html: not a feed: looks like an HTML page" "and says it is a page"

brief gone gone.html
is "$rc" 4 "a page naming a feed that is not there fails"
contains "$T/err" "gone.html: a web page; $HTTP_BASE/feeds/missing.xml: HTTP 404" "naming the page and the feed it names"

run cmd "$CRIER" feed "$HTTP_BASE/feeds/index.html"
is "$rc" 4 "crier feed on a site's page exits 4"
contains "$T/err" "the page names its feed: crier feed $HTTP_BASE/feeds/news.xml" "and says which feed to read"
done_testing
