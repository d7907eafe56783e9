#!/bin/sh
# web.sh - the web source on its fixtures (tests/fixtures/extract/web/):
# article text without menus, byline, caption, share bar, sidebar or
# footer; metadata; a Latin-1 page; relative paths; errors.
. "${CRIER_SRCDIR:-.}/tests/plugins/lib.sh"
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
done_testing
