#!/bin/sh
# wav_output.sh - --output writes a WAV file through libao; sox checks its
# rate, length and that it is not silent; Ctrl-C leaves a valid file.
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

# ... and takes it at once: only devices that play as time passes are
# paced (a bound a quarter of the audio's length, far from any load).
long_articles "$T/calm"
cat > "$T/calm-lead.conf" <<'CONF'
sources = ( { name = "Calm"; plugin = "file"; path = "calm"; } );
summarizer = { plugin = "lead"; sentences = 4; };
CONF
# (its own state: the stories are the same as the long ones below)
state=$XDG_STATE_HOME
XDG_STATE_HOME="$T/calm-state"
"$CRIER" -q -c "$T/calm-lead.conf" --all --output "$T/calm.wav" 2> /dev/null
secs=$(wav_seconds "$T/calm.wav")
start=$(date +%s)
run nullong "$CRIER" -q -c "$T/calm-lead.conf" --all --driver null
took=$(( $(date +%s) - start ))
XDG_STATE_HOME=$state
is "$rc" 0 "a long briefing plays into the null driver"
num_between "$took" 0 "$(awk -v s="$secs" 'BEGIN { print s / 4 }')"
ok $? "without waiting for the audio's time ($took s for $secs s of audio)"

run bad "$CRIER" -c "$T/c.conf" --driver nosuchdriver
is "$rc" 3 "an unknown driver exits 3"
contains "$T/err" "audio driver 'nosuchdriver': libao has no such driver" "and names it"

run unwritable "$CRIER" -c "$T/c.conf" --output /nonexistent/dir/x.wav
is "$rc" 3 "an unwritable output exits 3"
contains "$T/err" "/nonexistent/dir/x.wav: cannot open the file (No such file or directory)" "and names the file, with the reason"

# A long briefing, interrupted mid-write: the file must still be a valid WAV.
long_articles "$T/long"
"$CRIER" -q -c "$T/long.conf" --output "$T/int.wav" &
pid=$!
i=0
# (crier writes it as .int.wav.part-PID until it is complete)
while [ $i -lt 100 ] &&
      [ "$(stat -c %s "$T/.int.wav.part-$pid" 2>/dev/null || echo 0)" -lt 200000 ]; do
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
done_testing
