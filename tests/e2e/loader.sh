#!/bin/sh
# loader.sh - plugins that cannot be used are reported with their file
# name and the reason, and the briefing goes on with the others.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

broken="$CRIER_BUILDDIR/tests/plugins/broken/.libs"
export CRIER_PLUGIN_PATH="$broken:$CRIER_PLUGIN_PATH"
run list "$CRIER" plugins
is "$rc" 0 "crier plugins exits 0"
grep -q '^file  *source  *1.0  *.*/plugins/.libs/file.so$' "$T/out"
ok $? "the file source is listed with kind, version and file"
grep -q '^lead  *summarizer  *1.0  *.*/lead.so$' "$T/out"
ok $? "the lead summarizer too"
contains "$T/out" "failed: $broken/wrong_abi.so: plugin ABI 999, but crier needs ABI 1: rebuild it against this crier" "a wrong ABI says: rebuild it"
contains "$T/out" "failed: $broken/no_descriptor.so: not a crier plugin (it has no 'crier_plugin' descriptor)" "a .so without a descriptor is named"
contains "$T/out" "failed: $broken/failing_init.so: init failed: the fixture data is missing" "a failing init is reported with its message"
contains "$T/out" "failed: $broken/future_api.so: needs plugin API 3, but this crier has 2: upgrade crier" "a too-new API says: upgrade crier"

# A config naming a broken plugin: that source fails, the others speak.
demo_articles "$T/a"
cat > "$T/c.conf" <<'CONF'
sources = (
  { name = "Old"; plugin = "wrongabi"; },
  { name = "Local"; plugin = "file"; path = "a/a.txt"; }
);
CONF
run brief "$CRIER" -n -c "$T/c.conf"
is "$rc" 1 "a source whose plugin is broken makes the status 1"
contains "$T/err" "source 'Old' (wrongabi): no source plugin named 'wrongabi'" "it is reported by name"
contains "$T/out" "From Local: Ferry service" "the other source is still briefed"

# A summarizer that is missing falls back to nothing but a clear error.
cat > "$T/s.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a/a.txt"; } );
summarizer = { plugin = "failinginit"; };
CONF
run sum "$CRIER" -n -c "$T/s.conf"
contains "$T/err" "no summarizer plugin named 'failinginit'" "a summarizer that failed to load is reported"

# An empty plugin path still finds the built-in plugins.
CRIER_PLUGIN_PATH="" run empty "$CRIER" plugins
contains "$T/out" "lead" "the plugin directory of the build is always searched"
done_testing
