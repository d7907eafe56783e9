#!/bin/sh
# opml.sh - "crier import-opml" (OPML and newsboat urls files) adds feeds
# to the config keeping its comments, skips duplicates, never leaves a
# broken config; "crier export-opml" round-trips.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
FIX="$CRIER_SRCDIR/tests/fixtures/opml"
USER_CONF="$XDG_CONFIG_HOME/crier/crier.conf"

# --- OPML with nested folders into the user's (missing) config
run import "$CRIER" import-opml "$FIX/nested.opml"
is "$rc" 0 "import-opml into a new user config exits 0"
ok "$([ -f "$USER_CONF" ]; echo $?)" "and creates \$XDG_CONFIG_HOME/crier/crier.conf"
contains "$T/out" "added 'Top-level Feed' <https://top.example.org/feed.xml>" "a top-level feed"
contains "$T/out" "added 'Harbour & Town \"Daily\"' <https://harbour.example.net/rss?x=1&y=2>" "a feed in a folder, entities decoded"
contains "$T/out" "added 'Valley Gazette' <http://valley.example.com/atom>" "a folder in a folder; title over text, blanks collapsed"
contains "$T/out" "added 'lab.example.edu' <https://www.lab.example.edu:8443/feed/>" "no title: the host"
contains "$T/out" "added 'Café \\ back)slash # hash' <https://cafe.example.org/feed.json>" "any case of xmlUrl"
contains "$T/out" "skipped 'Top-level Feed again' <https://top.example.org/feed.xml>: listed twice" "a feed listed twice is added once"
lacks "$T/out" "page.example.com" "links that are not feeds are left out"
contains "$T/out" "5 feeds added to $USER_CONF" "says how many and where"
contains "$USER_CONF" "name = \"Café \\\\ back)slash # hash\"" "names are escaped for libconfig"
contains "$USER_CONF" 'name = "Harbour & Town \"Daily\""' "quotes too"
run check "$CRIER" check-config
is "$rc" 0 "the new config passes check-config"
contains "$T/out" "source 'Valley Gazette': plugin feed" "with the imported sources"

cp "$USER_CONF" "$T/before.conf"
run again "$CRIER" import-opml "$FIX/nested.opml"
is "$rc" 0 "importing again exits 0"
contains "$T/out" "skipped 'Valley Gazette' <http://valley.example.com/atom>: already configured as 'Valley Gazette'" "configured URLs are skipped"
contains "$T/out" "nothing to add" "and nothing is added"
cmp -s "$USER_CONF" "$T/before.conf"
ok $? "the config is unchanged"

# --- newsboat urls into a config full of comments, via --config
mkdir -p "$T/c/notes"
cp "$FIX/commented.conf" "$T/c/crier.conf"
chmod 640 "$T/c/crier.conf"
ln -s crier.conf "$T/c/link.conf"
run urls "$CRIER" --config "$T/c/link.conf" import-opml "$FIX/urls"
is "$rc" 0 "import-opml of a newsboat urls file exits 0"
contains "$T/out" "skipped 'One Example' <https://one.example.org/rss.xml>: already configured as 'Odd \"name\" ) # here'" "a URL in the config already is skipped"
contains "$T/out" "added 'Two: \"quoted\" title' <http://two.example.net/feed>" "a quoted ~title with escapes"
contains "$T/out" "added 'three.example.com' <https://three.example.com/atom.xml>" "no title: the host"
contains "$T/out" "added 'Five' <https://five.example.org/index.rdf>" "quoted tags are skipped over"
contains "$T/out" "skipped 'One again' <https://one.example.org/rss.xml>" "duplicates in the file too"
contains "$T/err" "urls:6: note: query feeds" "query feeds are skipped with a note"
contains "$T/err" "urls:7: note: feeds made by a command" "exec: too"
contains "$T/err" "urls:8: note: feeds made by a command" "filter: too"
contains "$T/err" "urls:9: note: not an http(s) or file URL" "and lines that are not URLs"
cat > "$T/want.conf" <<'CONF'
# My crier config: these comments must survive an import.
speech = { voice = "en-us"; rate = 180; };  // a little faster

sources = (
	/* Notes I write myself */
	{ name = "Notes"; plugin = "file"; path = "notes"; },  # ) in a comment
	{ name = "Odd \"name\" ) # here"; plugin = "feed";
	  url = "https://one.example.org/rss.xml";
	  summarizer = { plugin = "lead"; sentences = 2; }; },
	# more to come
	{ name = "Two: \"quoted\" title"; plugin = "feed"; url = "http://two.example.net/feed"; },
	{ name = "three.example.com"; plugin = "feed"; url = "https://three.example.com/atom.xml"; },
	{ name = "Five"; plugin = "feed"; url = "https://five.example.org/index.rdf"; }
);

briefing = { minutes = 5.0; };
CONF
diff "$T/want.conf" "$T/c/crier.conf" > "$T/diff"
ok $? "comments, layout and entries are kept byte for byte"
sed 's/^/#   /' "$T/diff"
ok "$([ -L "$T/c/link.conf" ]; echo $?)" "a symbolic link to the config stays a link"
is "$(stat -c %a "$T/c/crier.conf")" 640 "the file keeps its mode"
is "$(ls "$T/c" | tr '\n' ' ')" "crier.conf link.conf notes " "no temporary file is left"
run check "$CRIER" check-config "$T/c/crier.conf"
is "$rc" 0 "the edited config passes check-config"

# --- export and round trip
run export "$CRIER" --config "$T/c/crier.conf" export-opml
is "$rc" 0 "export-opml exits 0"
cp "$T/out" "$T/export1.opml"
contains "$T/export1.opml" '<opml version="2.0">' "OPML 2.0"
contains "$T/export1.opml" '<outline text="Odd &quot;name&quot; ) # here" title="Odd &quot;name&quot; ) # here" type="rss" xmlUrl="https://one.example.org/rss.xml"/>' "text, title, type and xmlUrl, escaped"
lacks "$T/export1.opml" "Notes" "sources that are not feeds are left out"
contains "$T/err" "source 'Notes' (plugin file) is not a feed" "with a note"
printf '# empty\n' > "$T/empty.conf"
run roundtrip "$CRIER" --config "$T/empty.conf" import-opml - < "$T/export1.opml"
is "$rc" 0 "importing the export from standard input exits 0"
contains "$T/out" "4 feeds added" "every feed comes back"
run export2 "$CRIER" --config "$T/empty.conf" export-opml
cmp -s "$T/out" "$T/export1.opml"
ok $? "export, import, export gives the same OPML"

# a local feed file: exported as an absolute file:// URL
cat > "$T/c/local.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "feed"; url = "feeds/a.xml"; } );
CONF
run local "$CRIER" --config "$T/c/local.conf" export-opml
contains "$T/out" "xmlUrl=\"file://$(cd "$T/c" && pwd -P)/feeds/a.xml\"" "a relative path is exported as a file:// URL"
cp "$T/out" "$T/local.opml"
run relocal "$CRIER" --config "$T/c/local.conf" import-opml "$T/local.opml"
contains "$T/out" "already configured as 'Local'" "and is known again when imported back"

# sources in an included file cannot be edited here: said so, exit 2
printf 'sources = ( { name = "x"; plugin = "file"; path = "notes"; } );\n' > "$T/c/inc.conf"
printf '@include "%s"\njobs = 2;\n' "$T/c/inc.conf" > "$T/c/main.conf"
run include "$CRIER" --config "$T/c/main.conf" import-opml "$FIX/urls"
is "$rc" 2 "sources in an included file: exit 2"
contains "$T/err" "'sources' is set in an included file" "and says where to add them"

# --- errors: exit 2, a message naming file and line, config untouched
cp "$USER_CONF" "$T/before.conf"
run broken "$CRIER" import-opml "$FIX/broken.opml"
is "$rc" 2 "bad OPML exits 2"
contains "$T/err" "crier: $FIX/broken.opml:5: not well-formed XML" "naming the file and line"
cmp -s "$USER_CONF" "$T/before.conf"
ok $? "the config is untouched"
printf '<rss version="2.0"><channel/></rss>\n' > "$T/feed.xml"
run notopml "$CRIER" import-opml "$T/feed.xml"
is "$rc" 2 "a feed is not OPML: exit 2"
contains "$T/err" "feed.xml: not OPML: the root element is <rss>" "and says so"
printf '<opml version="2.0"><body><outline text="x"/></body></opml>\n' > "$T/none.opml"
run nofeeds "$CRIER" import-opml "$T/none.opml"
is "$rc" 2 "OPML without feeds: exit 2"
contains "$T/err" "none.opml: no feeds" "and says so"
run missing "$CRIER" import-opml "$T/nonexistent.opml"
is "$rc" 2 "a missing file: exit 2"
contains "$T/err" "nonexistent.opml: No such file" "named"
printf 'sources = ( { name = "x"; plugin = "feed" }\n' > "$T/bad.conf"
cp "$T/bad.conf" "$T/bad.before"
run badconf "$CRIER" --config "$T/bad.conf" import-opml "$FIX/urls"
is "$rc" 2 "a broken config is not edited: exit 2"
contains "$T/err" "bad.conf:2:" "naming its line"
cmp -s "$T/bad.conf" "$T/bad.before"
ok $? "and it is left as it was"
printf '# nothing yet\n' > "$T/dry.conf"
run dry "$CRIER" --dry-run --config "$T/dry.conf" import-opml "$FIX/urls"
is "$rc" 0 "--dry-run exits 0"
contains "$T/out" 'url = "https://one.example.org/rss.xml"; }' "shows the result"
is "$(cat "$T/dry.conf")" "# nothing yet" "without writing it"
done_testing
