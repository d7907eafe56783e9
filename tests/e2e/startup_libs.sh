#!/bin/sh
# startup_libs.sh - the commands that never speak map only the libraries
# they use (issue 15).  LD_DEBUG=files shows every library the dynamic
# loader maps, in crier and in every process it starts (source workers
# too).  --version, summarize and normalize map no libxml2 (nor the ICU
# and libstdc++ it brings), SQLite, libcurl, libexttextcat, speech or
# audio library; extract, feed and a dry run with --all map no speech,
# audio, HTTP or SQLite library.  Each kind has a positive control: a
# command that uses it, seen mapping it by the same check.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"

SPEECH='^(libespeak-ng|libao\.so|libpulse|espeak\.so|ao\.so|wav\.so)'
HTTP='^libcurl'
SQL='^libsqlite3'
XML='^(libxml2|libicu|libstdc\+\+)'
# UndefinedBehaviorSanitizer's runtime links libstdc++ itself: in a
# sanitized build (tests/sanitize.sh) only libxml2 and ICU are checked.
if ldd "$CRIER_BUILDDIR/.libs/crier" 2>/dev/null | grep -q 'libubsan'; then
	XML='^(libxml2|libicu)'
fi
TEXTCAT='^libexttextcat'

# maps NAME CMD...: runs CMD under LD_DEBUG=files; the base names of the
# files it mapped, one a line, go to $T/NAME.libs.
maps() {
	name=$1
	shift
	LD_DEBUG=files "$@" > "$T/$name.out" 2> "$T/$name.ld"
	is "$?" 0 "$name exits 0"
	sed -n 's/.*file=\([^ ]*\).*/\1/p' "$T/$name.ld" | sed 's|.*/||' |
		sort -u > "$T/$name.libs"
}
# none NAME KIND PATTERN: NAME mapped no file matching PATTERN (an ERE).
none() {
	is "$(grep -E "$3" "$T/$1.libs" | tr '\n' ' ')" "" "$1 maps no $2"
}
# some NAME KIND PATTERN: NAME mapped a file matching PATTERN.
some() {
	grep -Eq "$3" "$T/$1.libs"
	ok $? "$1 maps $2 (the check sees it)"
}

mkdir -p "$T/a"
cp "$CRIER_SRCDIR/tests/bench/startup_article.txt" "$T/a/article.txt"
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
CONF
page_and_feed "$T"

maps version "$CRIER" --version
maps summarize "$CRIER" -c "$T/c.conf" summarize "$T/a/article.txt"
contains "$T/summarize.out" "repair cafe" "summarize prints the summary"
maps normalize "$CRIER" -c "$T/c.conf" normalize "It costs \$5 on 3 May."
for cmd in version summarize normalize; do
	none $cmd "speech or audio library" "$SPEECH"
	none $cmd "libcurl" "$HTTP"
	none $cmd "SQLite" "$SQL"
	none $cmd "libxml2, ICU or libstdc++" "$XML"
	none $cmd "libexttextcat" "$TEXTCAT"
done

maps extract "$CRIER" -c "$T/c.conf" extract "$T/page.html"
contains "$T/extract.out" "new bridge" "extract prints the page's text"
some extract "libxml2" '^libxml2'
maps feed "$CRIER" -c "$T/c.conf" feed "$T/feed.xml"
contains "$T/feed.out" "One" "feed lists the item"
some feed "libxml2" '^libxml2'
maps dry_run_all "$CRIER" -c "$T/c.conf" --dry-run --all
contains "$T/dry_run_all.out" "repair cafe" "the dry run has the story"
for cmd in extract feed dry_run_all; do
	none $cmd "speech or audio library" "$SPEECH"
	none $cmd "libcurl" "$HTTP"
	none $cmd "SQLite" "$SQL"
done
none dry_run_all "libxml2, ICU or libstdc++ (text files only)" "$XML"
none dry_run_all "libexttextcat (English, as the voice: the stopword guess will do)" "$TEXTCAT"

# A French article for an English voice is told by libexttextcat.
mkdir -p "$T/fr"
cat > "$T/fr/article.txt" <<'ART'
La mairie rouvre la piscine municipale

La piscine municipale rouvre ses portes lundi après six mois de travaux. Les habitants pourront nager tous les jours de sept heures à vingt heures, et les écoles du quartier y reviendront dès la rentrée.
ART
cat > "$T/fr.conf" <<'CONF'
sources = ( { name = "Mairie"; plugin = "file"; path = "fr"; } );
CONF
maps dry_run_fr "$CRIER" -c "$T/fr.conf" --dry-run --all
some dry_run_fr "libexttextcat" "$TEXTCAT"
none dry_run_fr "SQLite" "$SQL"

# Positive controls for the rest: the ledger (a dry run without --all
# skips heard stories), a feed over HTTP, a briefing to a file.
maps dry_run "$CRIER" -c "$T/c.conf" --dry-run
some dry_run "SQLite" "$SQL"
none dry_run "speech or audio library" "$SPEECH"
start_http_server --lifetime 60
maps feed_http "$CRIER" feed "$HTTP_BASE/feeds/news.xml"
some feed_http "libcurl" "$HTTP"
maps wav "$CRIER" -q -c "$T/c.conf" --all --output "$T/b.wav"
some wav "espeak-ng" '^libespeak-ng'
some wav "libao" '^libao\.so'

# What is linked: neither crier nor libcrier nor the bundled summarizers
# need any of those libraries at start-up.
bin="$CRIER_BUILDDIR/.libs/crier"
[ -x "$bin" ] || bin="$CRIER_BUILDDIR/.libs/lt-crier"
LINKED='libxml2|libsqlite3|libcurl|libexttextcat|libstemmer|libespeak|libao\.so'
for f in "$bin" "$CRIER_BUILDDIR/core/.libs/libcrier.so" \
	"$CRIER_BUILDDIR"/plugins/.libs/lead.so \
	"$CRIER_BUILDDIR"/plugins/.libs/news.so \
	"$CRIER_BUILDDIR"/plugins/.libs/textrank.so; do
	readelf -d "$f" > "$T/needed" 2>&1
	contains "$T/needed" "(NEEDED)" "readelf reads $(basename "$f")'s NEEDED entries"
	is "$(grep -E "$LINKED" "$T/needed" | tr -s ' ' | tr '\n' ' ')" "" \
		"$(basename "$f") links none of them"
done
readelf -d "$CRIER_BUILDDIR/plugins/.libs/feed.so" > "$T/needed" 2>&1
contains "$T/needed" "libxml2" "the feed plugin links libxml2 (the check sees it)"
done_testing
