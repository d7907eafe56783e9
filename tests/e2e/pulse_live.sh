#!/bin/sh
# pulse_live.sh - the live audio path: crier plays through a real
# PulseAudio server (started here, with a null sink, on a private socket);
# parec records the sink's monitor, and the recording must be the
# briefing's audio without gaps: from its first to its last sound it lasts
# what the WAV file of the same briefing does (within 1%), and it has no
# silence longer than the WAV's longest.  (A player that runs dry on a
# busy machine stretches both; tests/bench/live_load.sh adds busy loops
# and the live controls.)
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
set -- $(wav_span "$T/ref.wav")
want=$1 want_gap=$2

record_pulse "$T/rec.wav"
run live "$CRIER" -c "$T/c.conf" --driver pulse --all
is "$rc" 0 "crier plays through the pulse driver"
stop_recording
set -- $(wav_span "$T/rec.wav")
got=$1 got_gap=$2
num_between "$got" "$(awk -v w="$want" 'BEGIN { print w * 0.99 }')" \
	"$(awk -v w="$want" 'BEGIN { print w * 1.01 }')"
ok $? "the recording lasts as long as the briefing, within 1% ($got s for $want s)"
num_between "$got_gap" 0 "$(awk -v w="$want_gap" 'BEGIN { print w + 0.05 }')"
ok $? "with no gap the WAV lacks (longest silence $got_gap s, WAV $want_gap s)"
# libao's own buffer option overflows past 97 ms at this rate (200 ms
# gave a 5 ms stream); crier asks libpulse for it.
lat=$(pulse_latency)
num_between "$lat" 150 250
ok $? "the stream has the 200 ms device buffer crier asks for ($lat ms)"
rms=$(wav_rms "$T/rec.wav")
num_between "$rms" 0.005 1
ok $? "and is not silent (RMS $rms)"

# The user's own PULSE_LATENCY_MSEC is kept.
PULSE_LATENCY_MSEC=300 "$CRIER" -c "$T/c.conf" -q --driver pulse --all > /dev/null 2>&1
lat=$(pulse_latency)
num_between "$lat" 270 330
ok $? "a PULSE_LATENCY_MSEC of the user's own is kept ($lat ms for 300)"

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
