#!/bin/sh
# valgrind.sh - an end-to-end briefing (a file source, the lead
# summarizer, espeak-ng, a WAV file through libao) under valgrind's
# memcheck: no invalid access, no use of uninitialized memory and no
# definite leak.  tests/valgrind.supp silences third-party libraries only.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

if ! command -v valgrind > /dev/null 2>&1; then
	echo "1..0 # SKIP valgrind is not installed"
	exit 0
fi
# A build with AddressSanitizer (tests/sanitize.sh) cannot run under it.
if ldd "$CRIER_BUILDDIR/.libs/crier" 2>/dev/null | grep -q 'libasan\|libubsan'; then
	echo "1..0 # SKIP crier is built with sanitizers"
	exit 0
fi

mkdir -p "$T/a"
cat > "$T/a/short.txt" <<'ART'
Library opens on Sundays

The town library will open on Sundays from next month. The council said the change costs little.
ART
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
summarizer = { plugin = "lead"; sentences = 1; };
speech = { pause_ms = 100; };
briefing = { intro = "News."; outro = "End."; };
CONF

# memcheck CMD...: CMD under valgrind's memcheck, through libtool so that
# the real binary (not its wrapper script) is checked.
memcheck() {
	"$CRIER_BUILDDIR/libtool" --mode=execute valgrind -q \
		--leak-check=full --errors-for-leak-kinds=definite \
		--show-leak-kinds=definite --error-exitcode=99 \
		--suppressions="$CRIER_SRCDIR/tests/valgrind.supp" \
		--log-file="$T/vg.%p" "$@"
}

# no_report NAME: ok when valgrind's logs of the last run are empty (no
# error, no definite leak); they are shown otherwise, then removed.
no_report() {
	cat "$T"/vg.* > "$T/vg" 2>/dev/null
	rm -f "$T"/vg.*
	test ! -s "$T/vg"
	ok $? "$1"
	sed 's/^/#   /' "$T/vg" | head -60
}

run brief memcheck "$CRIER" -c "$T/c.conf" --output "$T/b.wav"
is "$rc" 0 "a briefing to a WAV file exits 0 under valgrind"
test -s "$T/b.wav"
ok $? "and writes the file"
no_report "valgrind reports no error and no definite leak"

run dry memcheck "$CRIER" -c "$T/c.conf" --dry-run --all
is "$rc" 0 "a dry run is clean under valgrind too"
no_report "no report for the dry run either"

# The feed source: libxml2, json-c and the feed parser.
cp "$CRIER_SRCDIR/tests/plugins/feed/rss2.xml" "$T/news.xml"
cat > "$T/f.conf" <<'CONF'
sources = ( { name = "Gazette"; plugin = "feed"; url = "news.xml";
              max_items = 2; } );
summarizer = { plugin = "lead"; sentences = 1; };
CONF
run feed memcheck "$CRIER" -c "$T/f.conf" --dry-run
is "$rc" 0 "a dry run from a feed source is clean under valgrind"
no_report "no report for the feed source"
done_testing
