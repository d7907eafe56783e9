#!/bin/sh
# encoded_output.sh - crier --output today.mp3 / today.opus through the
# real binary: the format by extension (any case) or audio.format, the
# bitrate from the config, chapters (ffprobe, mutagen) that start where
# the .vtt's cues do, and a file that sounds as long as the WAV.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
PROBE="/usr/bin/python3 $CRIER_SRCDIR/tests/plugins/output/probe.py"

mkdir "$T/a"
for i in 1 2; do
	printf 'Report %s from the harbour town\n\nThe harbour master said that ship number %s arrived late because of fog.\n' \
		$i $i > "$T/a/r$i.txt"
done
printf 'sources = ( { name = "Harbour"; plugin = "file"; path = "a"; } );\n' > "$T/c.conf"

# cue_starts VTT: the cues' start times in seconds, a line each.
cue_starts() {
	sed -n 's/^\([0-9:.]*\) --> .*/\1/p' "$1" |
		awk -F: '{ printf "%.3f\n", $1 * 3600 + $2 * 60 + $3 }'
}
# chapters_match VTT PROBE: every cue starts a chapter within 50 ms.
chapters_match() {
	sed -n 's/^ffprobe chapter: \([0-9.]*\) .*/\1/p' "$2" > "$T/ch"
	cue_starts "$1" > "$T/cues"
	awk 'NR == FNR { cue[n++] = $1; next }
	     { for (i = 0; i < n; i++) if ($1 - cue[i] < 0.05 && cue[i] - $1 < 0.05) found++ }
	     END { exit !(n == 2 && found == n) }' "$T/cues" "$T/ch"
}

run wav "$CRIER" --config "$T/c.conf" --all -o "$T/today.wav"
is "$rc" 0 "a WAV briefing, for comparison"
wav_len=$(soxi -D "$T/today.wav")

for f in mp3 opus; do
	run $f "$CRIER" --config "$T/c.conf" --all -o "$T/today.$f"
	is "$rc" 0 "--output today.$f exits 0"
	$PROBE "$T/today.$f" > "$T/probe.$f" 2>&1
	ok $? "$f: the file reads back (ffprobe, and mutagen for MP3)"
	sed 's/^/# /' "$T/probe.$f"
	contains "$T/probe.$f" "codec: $f " "$f: it is $f"
	test -s "$T/today.vtt" && chapters_match "$T/today.vtt" "$T/probe.$f"
	ok $? "$f: every .vtt cue starts a chapter within 50 ms"
	contains "$T/probe.$f" "ffprobe chapter: 0.000 " "$f: the introduction is a chapter"
	dec=$(sed -n 's/^decoded: //p' "$T/probe.$f")
	awk -v a="$dec" -v b="$wav_len" 'BEGIN { exit !(a - b < 0.05 && b - a < 0.05) }'
	ok $? "$f: as long as the WAV within 50 ms ($dec s, WAV $wav_len s)"
done
contains "$T/probe.mp3" "CTOC toc top=1 ordered=1: chp0 chp1 chp2 chp3" "mp3: mutagen reads the CTOC"
contains "$T/probe.mp3" "CHAP chp1 " "mp3: and the CHAP frames"
contains "$T/probe.mp3" "COMM: Harbour: Report 1 from the harbour town | Harbour: Report 2" \
	"mp3: the story list as the comment"
opusinfo "$T/today.opus" > "$T/info" 2>&1 && ! grep -q -e WARNING -e ERROR "$T/info"
ok $? "opus: opusinfo finds the stream valid"

run upper "$CRIER" --config "$T/c.conf" --all -o "$T/LOUD.MP3"
file "$T/LOUD.MP3" | grep -q 'MPEG ADTS, layer III'
ok $? "the extension is matched without regard to case"

# audio.format for a name without a known extension, and the bitrate.
cat >> "$T/c.conf" <<'CONF'
audio = { format = "mp3"; bitrate = 64; };
CONF
run format "$CRIER" --config "$T/c.conf" --all -o "$T/briefing.audio"
is "$rc" 0 "audio.format = mp3"
file "$T/briefing.audio" | grep -q 'MPEG ADTS, layer III'
ok $? "writes MP3 to a name without a known extension"
lacks "$T/err" "unknown setting 'bitrate'" "bitrate is a known audio setting"
run bitrate "$CRIER" --config "$T/c.conf" --all -o "$T/fast.mp3"
awk -v a="$(wc -c < "$T/fast.mp3")" -v b="$(wc -c < "$T/today.mp3")" 'BEGIN { exit !(a > b * 1.2) }'
ok $? "bitrate = 64 makes a larger file than the default 40"
printf 'sources = ( { name = "Harbour"; plugin = "file"; path = "a"; } );\naudio = { bitrate = 2000; };\n' > "$T/bad.conf"
run bad "$CRIER" --config "$T/bad.conf" --all -o "$T/bad.mp3"
is "$rc" 3 "a bitrate out of range fails the output"
contains "$T/err" "bad.conf:2: bitrate 2000 is not between 8 and 320 kbit/s" "and names the line"
test ! -e "$T/bad.mp3"
ok $? "and leaves no file"
done_testing
