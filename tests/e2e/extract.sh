#!/bin/sh
# extract.sh - "crier extract" on a file, on stdin and on a URL of the
# loopback test server: the article text without headline, byline or
# page furniture; --title puts the headline first; errors exit 4.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"
pages="$CRIER_SRCDIR/tests/fixtures/extract/web/pages"

run plain "$CRIER" extract "$pages/harbour.html"
is "$rc" 0 "a page file is extracted"
is "$(head -n 1 "$T/out")" "Builders finished the repair of the harbour wall on Tuesday, two weeks ahead of the first winter storms that the coastguard had warned about." \
	"the body starts with the first paragraph, not the headline"
is "$(grep -c . "$T/out")" 4 "four paragraphs"
is "$(grep -c '^$' "$T/out")" 3 "separated by blank lines"
lacks "$T/out" "Tom Reed" "no byline"
lacks "$T/out" "herringbone" "no caption"
lacks "$T/out" "Most read" "no sidebar"

run title "$CRIER" extract --title - < "$pages/fete.html"
is "$rc" 0 "a page on stdin is extracted"
is "$(head -n 1 "$T/out")" "Fête du village" "--title prints the headline first"
contains "$T/out" "La fête du village aura lieu samedi" "a Latin-1 page comes out as UTF-8"

# An old table-layout page: the story in <font> split by <br>, a time
# stamp, a copyright line and readers' comments under a heading.
cat > "$T/old.html" <<'HTML'
<html><head><title>Ferry back in service</title></head><body><table>
<tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr>
<tr><td><div><font size="2">Posted: 10:02am GMT Mar 3, 2009<br><br>
The island ferry is back in service after a month in dry dock, where its
hull was scraped, painted, and checked by the inspectors.<br><br>
Islanders, who had relied on a smaller boat, a slow one, said the wait
had been long, but the captain promised fewer delays this year.<br><br>
The timetable for the summer, with two extra sailings on Saturdays, will
be posted at the harbour office and on the pier by the end of the week.<br><br>
(c) 2009 Island News. All rights reserved.<br><br>
<b>Comments (1)</b><br><br>
I waited three hours for the small boat last week, in the rain, with
my shopping, so this is welcome news indeed.</font></div></td></tr>
</table></body></html>
HTML
run old "$CRIER" extract "$T/old.html"
is "$rc" 0 "an old table-layout page is extracted"
contains "$T/out" "The island ferry is back in service" "with its story"
contains "$T/out" "fewer delays this year" "all of it"
lacks "$T/out" "Posted:" "no time stamp"
lacks "$T/out" "rights reserved" "no copyright line"
lacks "$T/out" "I waited three hours" "no readers' comments"

export XDG_STATE_HOME="$T/state"
start_http_server --root "$pages" --lifetime 60
run url "$CRIER" extract "$HTTP_BASE/feeds/harbour.html"
is "$rc" 0 "a URL is fetched and extracted"
contains "$T/out" "The work cost £1.2m" "with its text"

run missing "$CRIER" extract "$HTTP_BASE/fault/404"
is "$rc" 4 "a failing URL exits 4"
contains "$T/err" "404" "and says why"
printf '\000\001binary' > "$T/blob"
run binary "$CRIER" extract "$T/blob"
is "$rc" 4 "binary data exits 4"
contains "$T/err" "binary data, not an HTML page" "and says so"
run rss "$CRIER" extract "$HTTP_FEEDS/news.xml"
is "$rc" 4 "an RSS file exits 4, as crier(1) says"
contains "$T/err" "news.xml: a feed, not a web page (try 'crier feed')" "and points to crier feed"
is "$(wc -c < "$T/out")" 0 "with nothing on stdout"
run gen "$CRIER" extract "$HTTP_BASE/gen/1.xml"
is "$rc" 4 "a feed at a URL exits 4 too"
printf 'A plain note.\nIt says a < b and nothing more.\n' > "$T/note.txt"
run text "$CRIER" extract "$T/note.txt"
is "$rc" 4 "a plain-text file exits 4"
contains "$T/err" "note.txt: not HTML" "and says why"
printf '<p>A fragment of a page, one paragraph long, with enough words in it to be kept.</p>\n' > "$T/frag.html"
run frag "$CRIER" extract "$T/frag.html"
is "$rc" 0 "a fragment with one HTML tag is still a page"
done_testing
