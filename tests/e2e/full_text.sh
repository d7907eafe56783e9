#!/bin/sh
# full_text.sh - a feed source with full_text = true fetches each item's
# page from the (loopback) server and speaks the article text extracted
# from it when it is longer than the feed's teaser; a page that fails is
# a warning and the teaser is spoken.  Also: a source's title is what the
# transitions say.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"

mkdir "$T/www"
start_http_server --root "$T/www" --lifetime 60
cat > "$T/www/story.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><title>Lighthouse keeper retires | Coast News</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Lighthouse keeper retires</h1><p class="byline">By A. Writer</p>
<p>The last keeper of the Skerry Point lighthouse retired on Sunday after forty-one years, handing the keys to the coastguard, which will run the light remotely.</p>
<p>She climbed the hundred and twelve steps twice a day, in every weather, to polish the lens and log the passing ships, she said at a small ceremony on the quay.</p>
<p>The cottage beside the tower will become a museum about the families who kept the light since it was built in 1871.</p></article>
<aside><h2>Related</h2><ul><li><a href="/x">Ferry timetable changes</a></li></ul></aside>
<footer>Copyright Coast News</footer></body></html>
HTML
cat > "$T/www/feed.xml" <<FEED
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Coast News</title><language>en</language>
<item><title>Lighthouse keeper retires</title><link>$HTTP_BASE/feeds/story.html</link>
<description>A keeper retires.</description></item>
<item><title>Missing page story</title><link>$HTTP_BASE/fault/404</link>
<description>The teaser of a story whose page is gone.</description></item>
</channel></rss>
FEED
cat > "$T/c.conf" <<CONF
sources = ( { name = "coast"; title = "Coast News"; plugin = "feed";
              url = "$HTTP_BASE/feeds/feed.xml"; full_text = true; } );
summarizer = { plugin = "lead"; sentences = 2; };
CONF
run full "$CRIER" -n -c "$T/c.conf"
is "$rc" 0 "a full-text feed briefing runs"
contains "$T/out" "From Coast News: Lighthouse keeper retires." "the source's title is spoken"
contains "$T/out" "The last keeper of the Skerry Point lighthouse retired on Sunday" "the page's article text replaces the teaser"
lacks "$T/out" "Ferry timetable changes" "without the page's related links"
lacks "$T/out" "By A. Writer" "or its byline"
contains "$T/err" "full text: $HTTP_BASE/fault/404: HTTP 404" "a missing page is a warning naming the URL"
contains "$T/out" "The teaser of a story whose page is gone." "and its teaser is spoken"
done_testing
