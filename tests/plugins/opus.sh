#!/bin/sh
# opus.sh - the Ogg Opus output plugin through the output driver: the
# stream checked by opusinfo, chapters read back by ffprobe, duration,
# pipes, errors.
. "${CRIER_SRCDIR:-.}/tests/plugins/lib.sh"
so="$PLUGINS/opus.so"

. "$CRIER_SRCDIR/tests/plugins/output/lib.sh"
mkdir "$T/tmp" && export TMPDIR="$T/tmp"	# where the PCM is spooled

encode "$T/a.opus" > "$T/drv" 2>&1
ok $? "opus: the plugin writes a file"
opusinfo "$T/a.opus" > "$T/info" 2>&1
ok $? "opus: opusinfo reads the stream"
sed 's/^/# /' "$T/info"
lacks "$T/info" "WARNING" "opus: opusinfo has no warning"
lacks "$T/info" "ERROR" "opus: opusinfo has no error"
contains "$T/info" "Pre-skip: 312" "opus: libopusenc's pre-skip"
contains "$T/info" "Original sample rate: 22050 Hz" "opus: the speech's rate is recorded"
contains "$T/info" "Playback length: 0m:12.000s" "opus: the final granule gives 12.000 s"
contains "$T/info" "CHAPTER002=00:00:02.500" "opus: CHAPTERnnn comments"
contains "$T/info" "CHAPTER003NAME=Library robots sort élan books" "opus: CHAPTERnnnNAME in UTF-8"
contains "$T/info" "CHAPTER002URL=https://example.org/bridge" "opus: CHAPTERnnnURL"
contains "$T/info" "TITLE=Briefing for Thursday, 3 December" "opus: title"
contains "$T/info" "ARTIST=crier" "opus: artist"

/usr/bin/python3 "$FIX/probe.py" "$T/a.opus" > "$T/probe" 2>&1
ok $? "opus: ffprobe reads it"
sed 's/^/# /' "$T/probe"
contains "$T/probe" "codec: opus 48000 Hz 1 channel(s)" "opus: mono Opus"
dur=$(sed -n 's/^decoded: //p' "$T/probe")
awk -v d="$dur" 'BEGIN { exit !(d > 11.95 && d < 12.05) }'
ok $? "opus: decoded, it lasts 12 s (got $dur)"
# ffprobe ends the last chapter at the stream's end, which counts the
# last packet whole: the starts are what the comments say.
grep '^ffprobe chapter' "$T/probe" | cut -d' ' -f3,5- > "$T/ff"
cat > "$T/ff.want" <<'X'
0.000 Introduction
2.500 Harbour bridge reopens after repairs
6.250 Library robots sort élan books
9.750 Closing
X
diff -u "$T/ff.want" "$T/ff" > "$T/diff"
ok $? "opus: ffprobe reads the four chapters"; sed 's/^/#   /' "$T/diff"
size20=$(wc -c < "$T/a.opus")
awk -v s="$size20" 'BEGIN { exit !(s > 2000 && s < 20000 * 12 / 8 * 1.2) }'
ok $? "opus: about 20 kbit/s by default ($size20 bytes for 12 s)"

# Through a pipe: nothing is sought.
encode /dev/stdout | cat > "$T/pipe.opus"
opusinfo "$T/pipe.opus" > "$T/info" 2>&1 && ! grep -q WARNING "$T/info"
ok $? "opus: a valid stream through a pipe"

# The bitrate setting, and a bad one.
printf 'audio = { bitrate = 48; };\nbad = { bitrate = 2; };\n' > "$T/c.conf"
encode --config "$T/c.conf" audio "$T/b.opus" >/dev/null
size=$(wc -c < "$T/b.opus")
awk -v s="$size" -v s20="$size20" 'BEGIN { exit !(s > s20 * 1.3) }'
ok $? "opus: bitrate = 48 makes a larger file ($size bytes)"
encode --config "$T/c.conf" bad "$T/c.opus" > "$T/drv"
ok $((! $?)) "opus: a bad bitrate fails"
contains "$T/drv" "c.conf:2: bitrate 2 is not between 6 and 256 kbit/s" "opus: the message names the line"

# Errors: a missing directory, a full disk; abort.
check_errors opus opus
TMPDIR="$T/none" "$OUT_DRIVER" "$so" "$T/f.opus" 22050 "$FIX/chapters.txt" < "$T/in.raw" > "$T/drv"
contains "$T/drv" "error: cannot make the temporary PCM file in $T/none: No such file or directory" \
	"opus: no room for the PCM is named"
is "$(ls "$T/tmp")" "" "opus: no PCM file is left behind"
done_testing
