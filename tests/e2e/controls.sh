#!/bin/sh
# controls.sh - the live controls, driven through tmux against a real
# PulseAudio server: space pauses and resumes, n and p move between
# stories, s skips the rest of a source, q quits; the status line shows
# where the briefing is, and the audio really stops while paused.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

start_pulse
two_sources_live "$T"
session="crier-test-$$"
socket="$T/tmux.sock"
tmux -S "$socket" new-session -d -s "$session" -x 160 -y 10 \
	"env PULSE_SERVER='$PULSE_SERVER' XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' HOME='$HOME' \
	CRIER_PLUGIN_PATH='$CRIER_PLUGIN_PATH' '$CRIER' -c '$T/c.conf'; echo \"exit=\$?\"; sleep 30"
at_exit "tmux -S '$socket' kill-server 2>/dev/null"

screen() { tmux -S "$socket" capture-pane -p -t "$session"; }
# wait_for TEXT [SECONDS]: waits (5 s by default) for TEXT on the screen;
# prints the ms taken.
wait_for() {
	start=$(date +%s%N)
	i=0
	while [ $i -lt $(( ${2:-5} * 50 )) ]; do
		if screen | grep -qF -- "$1"; then
			echo $(( ($(date +%s%N) - start) / 1000000 ))
			return 0
		fi
		sleep 0.02
		i=$((i + 1))
	done
	screen | sed 's/^/#   screen: /'
	return 1
}
key() { tmux -S "$socket" send-keys -t "$session" "$@"; }

# The first story may take a while to reach (slow under sanitizers).
ms=$(wait_for "playing story 1 of" 30)
ok $? "the status line shows story 1 while it plays"
contains_screen() { screen > "$T/screen"; contains "$T/screen" "$@"; }
contains_screen "First" "with its source"
# The device holds what the player keeps queued (PLAYER_AHEAD_MS,
# 200 ms), so that a pause is heard at once.
lat=$(pulse_latency)
num_between "$lat" 150 250
ok $? "the device buffer is the player's 200 ms ($lat ms)"

record_pulse "$T/rec.wav"
key Space
ms=$(wait_for "paused story 1 of")
ok $? "space pauses (${ms} ms)"
# How fast, on a busy machine too, is measured by tests/bench/live_load.sh
# (make bench): a wall-clock bound here would fail on a loaded machine.
sleep 1.5
key Space
ms=$(wait_for "playing story 1 of")
ok $? "space resumes (${ms} ms)"
key n
ms=$(wait_for "playing story 2 of")
ok $? "n goes to the next story (${ms} ms)"
key Left
ms=$(wait_for "playing story 1 of")
ok $? "the left arrow goes back (${ms} ms)"
key Right
wait_for "playing story 2 of" > /dev/null
ok $? "the right arrow goes forward"
key r
wait_for "playing story 2 of" > /dev/null
ok $? "r repeats within the story"
key s
ms=$(wait_for "Second")
ok $? "s skips the rest of the source (${ms} ms)"
stop_recording
ms=$(wait_for "playing outro" 20)
ok $? "the second source's story plays to its end"
key q
wait_for "exit=0" > /dev/null
ok $? "q quits cleanly"

# Only the story spoken to its end is remembered as heard.
"$CRIER" history > "$T/history" 2>&1
contains "$T/history" "Second source story" "a story played to its end is heard"
lacks "$T/history" "Ferry service" "one cut off by a key is not"
lacks "$T/history" "Town choir" "nor one skipped with s"

# While paused for 1.5 s the sink heard silence.
sox "$T/rec.wav" -n silence 1 0.1 1% -1 1.0 1% stat 2>&1 | grep -q "Length"
ok $? "the recording was made"
longest=$(sox "$T/rec.wav" -t raw -e signed -b 16 -c 1 -r 22050 - 2>/dev/null |
	od -An -v -td2 -w2 | awk '
	{ if ($1 < 100 && $1 > -100) run++; else { if (run > best) best = run; run = 0 } }
	END { if (run > best) best = run; printf "%.2f\n", best / 22050 }')
num_between "$longest" 1.2 60
ok $? "the audio stopped while paused (longest silence $longest s)"
done_testing
