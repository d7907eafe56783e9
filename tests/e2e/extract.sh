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
done_testing
