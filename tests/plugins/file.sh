#!/bin/sh
# file.sh - the file source on its fixtures (tests/plugins/file/).
. "${CRIER_SRCDIR:-.}/tests/plugins/lib.sh"
cd "$CRIER_SRCDIR/tests/plugins/file" || exit 1

for case in single directory noise missing toobig; do
	check_case "file source: $case" "$case.expected" \
		"$DRIVER" "$PLUGINS/file.so" source cases.conf "$case"
done

# Generated inputs: a binary file, and an empty directory.
mkdir -p "$T/bin" "$T/empty"
printf 'Title\n\nBody\000\001\002 binary' > "$T/bin/blob.txt"
printf 'bin = { path = "%s/bin/blob.txt"; };\nempty = { path = "%s/empty"; };\n' "$T" "$T" > "$T/gen.conf"
"$DRIVER" "$PLUGINS/file.so" source "$T/gen.conf" bin > "$T/out"
contains "$T/out" "error: $T/bin/blob.txt: binary file, not text" "a binary file is refused by name"
"$DRIVER" "$PLUGINS/file.so" source "$T/gen.conf" empty > "$T/out"
is "$(cat "$T/out")" "" "an empty directory gives no articles and no error"
done_testing
