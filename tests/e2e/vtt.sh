#!/bin/sh
# vtt.sh - with --output FILE.wav, crier writes FILE.vtt with one cue per
# story at the time its audio really starts; checked against the audio:
# silence (the pause after the story before) just before each cue, speech
# just after it.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

demo_articles "$T/a"
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
speech = { pause_ms = 1000; };
CONF
run wav "$CRIER" -c "$T/c.conf" --output "$T/b.wav"
is "$rc" 0 "the briefing is written"
test -s "$T/b.vtt"
ok $? "b.vtt is written beside b.wav"
is "$(head -n 1 "$T/b.vtt")" "WEBVTT" "it is WebVTT"
is "$(grep -c -- ' --> ' "$T/b.vtt")" 2 "one cue per story"
contains "$T/b.vtt" "Local: Ferry service returns to the island after winter storms" "cues name the source and headline"
contains "$T/b.vtt" "Local: Town choir wins regional contest" "for every story"

secs() { echo "$1" | awk -F: '{ print $1 * 3600 + $2 * 60 + $3 }'; }
rms_at() { sox "$T/b.wav" -n trim "$1" "$2" stat 2>&1 | awk '/RMS +amplitude/ { print $3 }'; }
total=$(wav_seconds "$T/b.wav")
prev_end=0
grep -- ' --> ' "$T/b.vtt" > "$T/cues"
while read -r start arrow end; do
	s=$(secs "$start")
	e=$(secs "$end")
	awk -v s="$s" -v e="$e" -v p="$prev_end" -v t="$total" \
		'BEGIN { exit !(s >= p && e > s && e <= t + 0.01) }'
	ok $? "cue $start --> $end is in order and inside the audio"
	before=$(rms_at "$(awk -v s="$s" 'BEGIN { print s - 0.3 }')" 0.25)
	after=$(rms_at "$s" 0.6)
	num_between "$before" 0 0.002
	ok $? "silence just before $start (RMS $before)"
	num_between "$after" 0.01 1
	ok $? "speech just after $start (RMS $after)"
	prev_end=$e
done < "$T/cues"

run list "$CRIER" -c "$T/c.conf" list --all
is "$rc" 0 "crier list exits 0"
grep -q '^Local  *-   *0:[0-9][0-9]  Ferry service returns to the island after winter storms$' "$T/out"
ok $? "crier list shows source, age, duration and headline"
test ! -e "$T/b2.wav"
ok $? "and speaks nothing"
done_testing
