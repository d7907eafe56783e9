#!/bin/sh
# wav_output.sh - --output writes a WAV file through libao; sox checks its
# rate, length and that it is not silent; Ctrl-C leaves a valid file; a
# kill or a full disk leaves the destination as it was (issue 18, item 6).
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

demo_articles "$T/a"
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
speech = { pause_ms = 500; };
CONF
run wav "$CRIER" -c "$T/c.conf" --output "$T/b.wav"
is "$rc" 0 "writing a WAV file exits 0"
is "$(soxi -r "$T/b.wav")" 22050 "sample rate 22050"
is "$(soxi -c "$T/b.wav")" 1 "mono"
is "$(soxi -b "$T/b.wav")" 16 "16 bits"
secs=$(wav_seconds "$T/b.wav")
num_between "$secs" 10 120
ok $? "it lasts more than a few seconds ($secs s)"
rms=$(wav_rms "$T/b.wav")
num_between "$rms" 0.005 1
ok $? "it is not silent (RMS $rms)"

# The estimate of the dry run is close to the real length.
run dry "$CRIER" -c "$T/c.conf" -n --all
est=$(sed -n 's/^Total: \([0-9]*\):\([0-9]*\).*/\1 \2/p' "$T/out" | awk '{ print $1 * 60 + $2 }')
ratio=$(awk -v a="$secs" -v b="$est" 'BEGIN { print b / a }')
num_between "$ratio" 0.7 1.3
ok $? "the dry run's estimate is within 30% ($est s for $secs s)"

cat > "$T/conf.conf" <<CONF
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
audio = { output = "from-config.wav"; };
CONF
run cfg "$CRIER" -c "$T/conf.conf" --all
test -s "$T/from-config.wav"
ok $? "audio.output in the config writes a file relative to it"

run null "$CRIER" -c "$T/c.conf" --driver null --all
is "$rc" 0 "--driver null plays into nothing"

run bad "$CRIER" -c "$T/c.conf" --driver nosuchdriver
is "$rc" 3 "an unknown driver exits 3"
contains "$T/err" "audio driver 'nosuchdriver': libao has no such driver" "and names it"

run unwritable "$CRIER" -c "$T/c.conf" --output /nonexistent/dir/x.wav
is "$rc" 3 "an unwritable output exits 3"
contains "$T/err" "/nonexistent/dir/x.wav: cannot open the file (No such file or directory)" "and names the file, with the reason"

# A long briefing, interrupted mid-write: the file must still be a valid WAV.
mkdir "$T/long"
# Ten long stories: crier bounds what one story may say, so the length
# comes from their number.
for f in 1 2 3 4 5 6 7 8 9 10; do
	{
		echo "Long report $f"
		echo
		i=0
		while [ $i -lt 150 ]; do
			echo "Paragraph $i of report $f says that the weather stayed calm all day."
			i=$((i + 1))
		done
	} > "$T/long/$f.txt"
done
cat > "$T/long.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "long"; } );
summarizer = { sentences = 1000; };
CONF
"$CRIER" -q -c "$T/long.conf" --output "$T/int.wav" &
pid=$!
i=0
while [ $i -lt 100 ] && [ "$(stat -c %s "$T/int.wav.part" 2>/dev/null || echo 0)" -lt 200000 ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -INT $pid
wait $pid
is "$?" 130 "Ctrl-C stops the briefing with status 130"
soxi "$T/int.wav" > /dev/null 2>&1
ok $? "the interrupted WAV file is valid"
sox "$T/int.wav" -n stat > "$T/stat" 2>&1
lacks "$T/stat" "WARN" "sox reads it to the end without a warning"
secs=$(wav_seconds "$T/int.wav")
num_between "$secs" 1 100000
ok $? "and it holds the audio spoken before the interrupt ($secs s)"

# SIGKILL mid-write: the file at the destination is still the one from
# before, whole (crier writes int.wav.part and renames it when complete).
cp "$T/int.wav" "$T/before.wav"
cp "$T/int.vtt" "$T/before.vtt"
"$CRIER" -q --all -c "$T/long.conf" --output "$T/int.wav" 2> /dev/null &
pid=$!
i=0
while [ $i -lt 200 ] && [ "$(stat -c %s "$T/int.wav.part" 2>/dev/null || echo 0)" -lt 200000 ]; do
	sleep 0.05
	i=$((i + 1))
done
test -s "$T/int.wav.part"
ok $? "the new briefing is being written beside the destination"
kill -KILL $pid
wait $pid
cmp -s "$T/int.wav" "$T/before.wav"
ok $? "after SIGKILL the destination holds the previous WAV file, unchanged"
cmp -s "$T/int.vtt" "$T/before.vtt"
ok $? "and the previous chapters file, unchanged"
rm -f "$T/int.wav" "$T/int.vtt"
"$CRIER" -q --all -c "$T/long.conf" --output "$T/int.wav" 2> /dev/null &
pid=$!
i=0
while [ $i -lt 200 ] && [ "$(stat -c %s "$T/int.wav.part" 2>/dev/null || echo 0)" -lt 200000 ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -KILL $pid
wait $pid
test ! -e "$T/int.wav" && test ! -e "$T/int.vtt"
ok $? "with no file before, SIGKILL leaves no WAV or chapters file at the destination"

# A full disk: a 256 kB tmpfs, mounted in a private mount namespace.
mkdir "$T/full"
full_mount() {	# full_mount CMD...: runs CMD with $T/full a small tmpfs
	for u in "unshare -m" "unshare -r -m"; do
		$u sh -c 'mount -t tmpfs -o size=256k tmpfs "$0" 2>/dev/null' "$T/full" || continue
		$u sh -c 'mount -t tmpfs -o size=256k tmpfs "$0" && exec "$@"' "$T/full" "$@"
		return $?
	done
	return 125
}
full_mount sh -c '"$0" -q --all -c "$1" --output "$2/b.wav" 2> "$3"; echo $? > "$4"; ls -A "$2" > "$5"' \
	"$CRIER" "$T/long.conf" "$T/full" "$T/err" "$T/rc" "$T/ls"
if [ $? -eq 125 ]; then
	echo "ok $((tap_n + 1)) - # SKIP no mount namespace to fill a disk in"
	tap_n=$((tap_n + 1))
else
	is "$(cat "$T/rc")" 3 "a full disk fails the briefing with status 3"
	contains "$T/err" "$T/full/b.wav: cannot write the file (No space left on device)" "naming the file, with the reason"
	is "$(cat "$T/ls")" "" "and leaves no WAV, chapters or partial file there"
fi
done_testing
