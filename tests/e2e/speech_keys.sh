#!/bin/sh
# speech_keys.sh - the speech group holds the speech plugin's own keys as
# well as crier's: the plugin reads its own (the counting test plugin's
# amplitude), a key close to crier's or to the plugin's gets "did you
# mean", and any other key, which may be another plugin's, is let be.
# Per-source speech groups are crier's alone: every unknown key warns.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

demo_articles "$T/a"
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Notes"; plugin = "file"; path = "a";
              speech = { rate = 180; loudness = 3; }; } );
summarizer = { plugin = "lead"; sentences = 1; };
speech = { plugin = "counting"; amplitude = 3000;
           amplitdue = 2; raet = 170; espeak_only = "x"; };
CONF
C="$T/c.conf"

# peak FILE: the largest sample of a 16-bit WAV file.
peak() {
	sox "$1" -n stat 2>&1 |
		awk '/Maximum amplitude/ { printf "%d\n", $3 * 32768 + 0.5 }'
}

run brief "$CRIER" -c "$C" --all --output "$T/b.wav"
is "$rc" 0 "a briefing with the plugin's own key in the speech group runs"
is "$(peak "$T/b.wav")" 3000 "the plugin read its key (amplitude 3000)"
lacks "$T/err" "setting 'amplitude'" "the plugin's own key gets no warning"
contains "$T/err" "$C:5: warning: unknown setting 'amplitdue' in speech (did you mean 'amplitude'?)" "a near miss of the plugin's key is warned about"
contains "$T/err" "$C:5: warning: unknown setting 'raet' in speech (did you mean 'rate'?)" "and one of crier's"
lacks "$T/err" "espeak_only" "a key far from every known one may be another plugin's: no warning"
contains "$T/err" "$C:2: warning: unknown setting 'loudness' in speech" "a source's speech group is crier's alone: its unknown key warns"

run check "$CRIER" check-config "$C"
is "$rc" 0 "check-config passes"
contains "$T/out" "speech: plugin counting" "it opens the speech plugin"
contains "$T/err" "unknown setting 'amplitdue' in speech (did you mean 'amplitude'?)" "and warns about the near miss"
lacks "$T/err" "setting 'amplitude'" "but not about the plugin's own key"
lacks "$T/err" "espeak_only" "nor the far one"

printf 'sources = ( { name = "N"; plugin = "file"; path = "a"; } );\nspeech = { plugin = "nosuchspeech"; };\n' > "$T/bad.conf"
run badcheck "$CRIER" check-config "$T/bad.conf"
is "$rc" 2 "check-config fails when the speech plugin cannot be loaded"
contains "$T/err" "no speech plugin named 'nosuchspeech'" "and says so"
done_testing
