#!/bin/sh
# web.sh - the web source on its fixtures (tests/fixtures/extract/web/):
# article text without menus, byline, caption, share bar, sidebar or
# footer; metadata; a Latin-1 page; relative paths; pages fetched from the
# loopback test server (one sent with a wrong charset); errors.
. "${CRIER_SRCDIR:-.}/tests/plugins/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"
cd "$CRIER_SRCDIR/tests/fixtures/extract/web" || exit 1

for case in list directory missing both; do
	check_case "web source: $case" "$case.expected" \
		"$DRIVER" "$PLUGINS/web.so" source cases.conf "$case"
done

# Generated inputs: binary data, and a page without text.
mkdir -p "$T/bin"
printf '\000\001\002\003binary\000' > "$T/bin/blob.html"
printf '<html><body><nav><a href="/">Home</a></nav></body></html>' > "$T/bin/empty.html"
printf 'bin = { urls = [ "%s/bin/blob.html" ]; };\nempty = { urls = [ "%s/bin/empty.html" ]; };\n' "$T" "$T" > "$T/gen.conf"
"$DRIVER" "$PLUGINS/web.so" source "$T/gen.conf" bin > "$T/out"
contains "$T/out" "error: $T/bin/blob.html: binary data, not an HTML page" "binary data is refused by name"
"$DRIVER" "$PLUGINS/web.so" source "$T/gen.conf" empty > "$T/out"
contains "$T/out" "error: $T/bin/empty.html: no article text found" "a page without text is an error"

# Over HTTP: the server says charset=utf-8 for every .html, which is
# wrong for the Latin-1 page; its <meta> must win.
export XDG_STATE_HOME="$T/state"
start_http_server --root "$PWD/pages" --lifetime 60
printf 'net = { urls = [ "%s/feeds/harbour.html", "%s/feeds/fete.html", "%s/fault/404" ]; };\n' \
	"$HTTP_BASE" "$HTTP_BASE" "$HTTP_BASE" > "$T/net.conf"
"$DRIVER" "$PLUGINS/web.so" source "$T/net.conf" net > "$T/out" 2> "$T/err"
contains "$T/out" "title: Harbour wall repaired before winter" "a page fetched over HTTP"
contains "$T/out" "link: https://coastline.example/news/harbour-wall" "with its canonical link"
contains "$T/out" "body: La fête du village aura lieu samedi" "a Latin-1 page sent as UTF-8 is decoded right"
contains "$T/err" "$HTTP_BASE/fault/404" "a failing URL is warned about by name"
lacks "$T/out" "error:" "and the other pages are kept"
done_testing
