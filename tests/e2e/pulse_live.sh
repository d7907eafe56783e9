#!/bin/sh
# pulse_live.sh - the live audio path: crier plays through a real
# PulseAudio server (started here, with a null sink, on a private socket);
# parec records the sink's monitor, and the recording must be non-silent
# audio of about the briefing's length.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

start_pulse
pactl info > /dev/null 2>&1
ok $? "a PulseAudio server with a null sink is running"

demo_articles "$T/a"
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a/a.txt"; } );
briefing = { intro = "Hello."; outro = "Goodbye."; };
speech = { pause_ms = 300; };
CONF
"$CRIER" -c "$T/c.conf" --output "$T/ref.wav"
want=$(wav_seconds "$T/ref.wav")

record_pulse "$T/rec.wav"
run live "$CRIER" -c "$T/c.conf" --driver pulse --all
is "$rc" 0 "crier plays through the pulse driver"
stop_recording
got=$(wav_seconds "$T/rec.wav")
# The recording also holds the moments before and after playing.
num_between "$got" "$(awk -v w="$want" 'BEGIN { print w * 0.9 }')" \
	"$(awk -v w="$want" 'BEGIN { print w + 3 }')"
ok $? "the recording lasts about as long as the briefing ($got s for $want s)"
rms=$(wav_rms "$T/rec.wav")
num_between "$rms" 0.005 1
ok $? "and is not silent (RMS $rms)"

# With audio.driver from the config the same path is used.
printf 'audio = { driver = "pulse"; };\n' >> "$T/c.conf"
run cfg "$CRIER" -c "$T/c.conf" -q --all
is "$rc" 0 "audio.driver in the config selects the driver"

kill $pulse_pid
wait $pulse_pid 2>/dev/null
run gone "$CRIER" -c "$T/c.conf" --driver pulse --all
is "$rc" 3 "with the server gone, the pulse driver fails with status 3"
contains "$T/err" "audio driver 'pulse'" "and names the driver"
done_testing
