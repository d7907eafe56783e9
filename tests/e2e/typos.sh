#!/bin/sh
# typos.sh - what a newcomer's mistakes get: "did you mean" for mistyped
# commands, config keys (core groups, filters, a plugin's own) and plugin
# names; a source's location printed once; a file source whose path does
# not exist caught by check-config; open errors that keep their reason.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

demo_articles "$T/a"
cat > "$T/typo.conf" <<'CONF'
sources = (
  { name = "Notes"; plugin = "file"; pth = "a"; },
  { name = "Missing"; plugin = "file";
    path = "nowhere"; max_itmes = 3; },
  { name = "Wire"; plugin = "fed"; url = "news.xml"; },
  { name = "Local"; plugin = "file"; path = "a"; langauge = "en"; }
);
speach = { rate = 170; };
speech = { raet = 170; };
filters = { blok = [ "x" ]; };
summarizer = { plugin = "laed"; };
CONF
run typo "$CRIER" check-config "$T/typo.conf"
is "$rc" 2 "check-config fails on the bad config"
C="$T/typo.conf"
contains "$T/err" "$C:8: warning: unknown setting 'speach' in the top level (did you mean 'speech'?)" "a top-level key gets did you mean"
contains "$T/err" "$C:9: warning: unknown setting 'raet' in speech (did you mean 'rate'?)" "a core group's key too (a swap is one edit)"
contains "$T/err" "$C:10: warning: unknown setting 'blok' in filters (did you mean 'block'?)" "a filter key too"
contains "$T/err" "$C:2: warning: unknown setting 'pth' in Notes (did you mean 'path'?)" "a plugin's key, even when its open failed"
contains "$T/err" "$C:6: warning: unknown setting 'langauge' in Local (did you mean 'language'?)" "a plugin's optional key"
contains "$T/err" "$C:4: warning: unknown setting 'max_itmes' in Missing (did you mean 'max_items'?)" "and one beside a bad path"
contains "$T/err" "$C:5: source 'Wire': no source plugin named 'fed' (did you mean 'feed'? found: " "a plugin name gets did you mean"
contains "$T/err" "no summarizer plugin named 'laed' (did you mean 'lead'?" "a summarizer name too"
contains "$T/err" "$C:2: source 'Notes': 'path' is required" "the location is printed once"
lacks "$T/err" "source 'Notes': $C" "not twice"
contains "$T/err" "$C:4: source 'Missing': $T/nowhere: No such file or directory" "a missing path is an error, with its line, source and reason"
lacks "$T/out" "source 'Missing'" "and the source is not listed as fine"

run typo_brief "$CRIER" -c "$T/typo.conf" --dry-run
contains "$T/err" "source 'Missing' (file): $C:4: $T/nowhere: No such file or directory" "a briefing names the missing path's line too"
contains "$T/err" "$C:2: warning: unknown setting 'pth' in Notes (did you mean 'path'?)" "and suggests the key"

printf 'sources = ( { name = "Fine"; plugin = "file"; path = "a"; } );\n' > "$T/fine.conf"
run fine "$CRIER" check-config "$T/fine.conf"
is "$rc" 0 "a good config passes"
lacks "$T/err" "did you mean" "with no suggestion"

run cmd "$CRIER" lsit
is "$rc" 2 "a mistyped command exits 2"
contains "$T/err" "'lsit' is not a command (did you mean 'list'?)" "and suggests the command"
run far "$CRIER" frobnicate
lacks "$T/err" "did you mean" "nothing is suggested for a word far from every command"

run nofile "$CRIER" -c "$T/nope.conf" check-config
contains "$T/err" "$T/nope.conf: cannot read the file (No such file or directory)" "a missing config keeps its reason"
run dirconf "$CRIER" -c "$T/a" check-config
contains "$T/err" "$T/a: cannot read the file (Is a directory)" "a directory given as config too"

run help "$CRIER" --help
contains "$T/out" "  brief " "--help lists brief, as crier(1) does"
done_testing
