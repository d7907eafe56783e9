#!/bin/sh
# plugin_kinds.sh - speech and audio output are plugins: the crier binary
# and libcrier link neither espeak-ng nor libao, the commands that never
# speak load neither (nor their plugins), "crier plugins" lists the
# speech and output kinds, and a file's plugin is picked by its extension.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

bin="$CRIER_BUILDDIR/.libs/crier"
[ -x "$bin" ] || bin="$CRIER_BUILDDIR/.libs/lt-crier"
lib="$CRIER_BUILDDIR/core/.libs/libcrier.so"
readelf -d "$bin" > "$T/needed" 2>&1
ok $? "readelf reads the crier binary ($bin)"
contains "$T/needed" "libcrier.so" "which needs libcrier (the check sees NEEDED entries)"
lacks "$T/needed" "libespeak-ng" "crier does not link espeak-ng"
lacks "$T/needed" "libao.so" "crier does not link libao"
readelf -d "$lib" > "$T/needed" 2>&1
ok $? "readelf reads libcrier"
lacks "$T/needed" "libespeak-ng" "libcrier does not link espeak-ng"
lacks "$T/needed" "libao.so" "libcrier does not link libao"
readelf -d "$CRIER_BUILDDIR/plugins/.libs/espeak.so" > "$T/needed" 2>&1
contains "$T/needed" "libespeak-ng" "the espeak plugin does"
readelf -d "$CRIER_BUILDDIR/plugins/.libs/ao.so" > "$T/needed" 2>&1
contains "$T/needed" "libao.so" "the ao plugin links libao"

demo_articles "$T/a"
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
CONF
page_and_feed "$T"

# NAME COMMAND...: COMMAND loads no speech or audio library or plugin.
loads_none() {
	name=$1
	shift
	LD_DEBUG=files "$@" > "$T/out" 2> "$T/ld"
	is "$?" 0 "$name exits 0"
	grep -E 'libespeak-ng|libao\.so|/espeak\.so|/ao\.so|/wav\.so|libpulse' "$T/ld" | head -n 3 > "$T/loaded"
	is "$(cat "$T/loaded")" "" "$name loads no speech or audio library"
}
loads_none "--version" "$CRIER" --version
loads_none "normalize" "$CRIER" -c "$T/c.conf" normalize "It costs \$5 on 3 May."
loads_none "summarize" "$CRIER" -c "$T/c.conf" summarize "$T/a/a.txt"
loads_none "extract" "$CRIER" -c "$T/c.conf" extract "$T/page.html"
loads_none "feed" "$CRIER" -c "$T/c.conf" feed "$T/feed.xml"
loads_none "--dry-run" "$CRIER" -c "$T/c.conf" --dry-run --all

# The control: a briefing to a file loads both plugins and their libraries.
LD_DEBUG=files "$CRIER" -q -c "$T/c.conf" --all --output "$T/b.wav" 2> "$T/ld"
is "$?" 0 "a briefing to a file exits 0"
grep -q 'libespeak-ng' "$T/ld"
ok $? "and loads espeak-ng"
grep -q '/wav\.so' "$T/ld"
ok $? "and the wav output plugin"

run plugins "$CRIER" -c "$T/c.conf" plugins
is "$rc" 0 "crier plugins exits 0"
grep -Eq '^espeak +speech ' "$T/out"
ok $? "it lists espeak as a speech plugin"
grep -Eq '^ao +output ' "$T/out"
ok $? "and ao as an output plugin"
grep -Eq '^wav +output ' "$T/out"
ok $? "and wav"

run upper "$CRIER" -q -c "$T/c.conf" --all --output "$T/UP.WAV"
is "$rc" 0 "an extension in capitals finds its plugin"
is "$(soxi -t "$T/UP.WAV" 2>/dev/null)" wav "and the file is a WAV file"

run unknown "$CRIER" -q -c "$T/c.conf" --all --output "$T/b.xyz"
is "$rc" 3 "an extension no plugin writes exits 3"
contains "$T/err" "$T/b.xyz: no output plugin writes '.xyz' files" "and says so"
test -e "$T/b.xyz"
is "$?" 1 "and makes no file"

cat > "$T/fmt.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
audio = { format = "wav"; };
CONF
run format "$CRIER" -q -c "$T/fmt.conf" --all --output "$T/b.audio"
is "$rc" 0 "audio.format names the plugin for another extension"
is "$(soxi -t "$T/b.audio" 2>/dev/null)" wav "and it writes that format"

cat > "$T/sp.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
speech = { plugin = "nosuchspeech"; };
CONF
run nospeech "$CRIER" -c "$T/sp.conf" --all --output "$T/n.wav"
is "$rc" 3 "a speech plugin that does not exist exits 3"
contains "$T/err" "no speech plugin named 'nosuchspeech'" "and names it"
done_testing
