#!/bin/sh
# mp3.sh - the MP3 output plugin through the output driver: chapters and
# tags read back by ffprobe and mutagen, duration, pipes, errors.
. "${CRIER_SRCDIR:-.}/tests/plugins/lib.sh"
so="$PLUGINS/mp3.so"

. "$CRIER_SRCDIR/tests/plugins/output/lib.sh"

encode "$T/a.mp3" > "$T/drv" 2>&1
ok $? "mp3: the plugin writes a file"
/usr/bin/python3 "$FIX/probe.py" "$T/a.mp3" > "$T/probe" 2>&1
ok $? "mp3: ffprobe and mutagen read it"
sed 's/^/# /' "$T/probe"
contains "$T/probe" "codec: mp3 22050 Hz 1 channel(s)" "mp3: mono at the speech's rate"
dur=$(sed -n 's/^decoded: //p' "$T/probe")
awk -v d="$dur" 'BEGIN { exit !(d > 11.95 && d < 12.05) }'
ok $? "mp3: the info frame gives the exact duration (12 s, got $dur)"
grep '^ffprobe chapter' "$T/probe" > "$T/ff"
cat > "$T/ff.want" <<'X'
ffprobe chapter: 0.000 2.500 Introduction
ffprobe chapter: 2.500 6.250 Harbour bridge reopens after repairs
ffprobe chapter: 6.250 9.750 Library robots sort élan books
ffprobe chapter: 9.750 12.000 Closing
X
diff -u "$T/ff.want" "$T/ff" > "$T/diff"
ok $? "mp3: ffprobe reads the four chapters"; sed 's/^/#   /' "$T/diff"
contains "$T/probe" "id3 version: 2.4" "mp3: an ID3v2.4 tag"
contains "$T/probe" "TIT2: Briefing for Thursday, 3 December" "mp3: title"
contains "$T/probe" "TDRC: 2026-12-03 07:00:00" "mp3: date"
contains "$T/probe" "TPE1: crier" "mp3: artist"
contains "$T/probe" "COMM: crier: Introduction | Town Hall: Harbour bridge" "mp3: the story list as the comment"
contains "$T/probe" "CTOC toc top=1 ordered=1: chp0 chp1 chp2 chp3" "mp3: a top-level ordered CTOC"
contains "$T/probe" "CHAP chp1 2500 6250 Harbour bridge reopens after repairs / Town Hall / https://example.org/bridge" \
	"mp3: CHAP with headline, source and link"
contains "$T/probe" "CHAP chp2 6250 9750 Library robots sort élan books / Library News / https://example.org/robots?a=1&b=2" \
	"mp3: UTF-8 headline"
size40=$(wc -c < "$T/a.mp3")
awk -v s="$size40" 'BEGIN { exit !(s > 8000 * 12 / 8 && s < 40000 * 12 / 8 * 1.1) }'
ok $? "mp3: at most 40 kbit/s on average by default ($size40 bytes for 12 s)"

# Through a pipe: nothing is sought, the bytes are the same.
encode /dev/stdout | cat > "$T/pipe.mp3"
cmp -s "$T/a.mp3" "$T/pipe.mp3"
ok $? "mp3: the same file through a pipe"

# The bitrate setting, and a bad one.
printf 'audio = { bitrate = 64; };\nbad = { bitrate = 1000; };\n' > "$T/c.conf"
encode --config "$T/c.conf" audio "$T/b.mp3" >/dev/null
size=$(wc -c < "$T/b.mp3")
awk -v s="$size" -v s40="$size40" 'BEGIN { exit !(s > s40 * 1.2 && s < 64000 * 12 / 8 * 1.1) }'
ok $? "mp3: bitrate = 64 makes a larger file ($size bytes for 12 s)"
encode --config "$T/c.conf" bad "$T/c.mp3" > "$T/drv"
ok $((! $?)) "mp3: a bad bitrate fails"
contains "$T/drv" "c.conf:2: bitrate 1000 is not between 8 and 320 kbit/s" "mp3: the message names the line"

# Errors: a missing directory, a full disk; abort.
check_errors mp3 mp3

# No chapters: a tag without CTOC, still a valid file.
printf '' > "$T/none.txt"
"$OUT_DRIVER" "$so" "$T/e.mp3" 22050 "$T/none.txt" < "$T/in.raw" >/dev/null &&
	/usr/bin/python3 "$FIX/probe.py" "$T/e.mp3" > "$T/probe" 2>&1
ok $? "mp3: a briefing without chapters"
lacks "$T/probe" "CTOC" "mp3: no CTOC without chapters"
done_testing
