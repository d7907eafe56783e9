#!/bin/sh
# mpris.sh - the desktop's controls: a live briefing against a private
# PulseAudio server is driven over MPRIS 2 by playerctl (and dbus-send for
# the properties playerctl does not show) on a private session bus from
# dbus-run-session, while tmux types the terminal's keys; both must work
# at once and agree.  Also: the sleep timer, "stop after this story", the
# heard ledger under each control path, and no bus at all.
#
# Each control's latency (from the call to the effect seen on the bus) is
# printed in its test's name; only that it happens is checked, so that a
# busy machine cannot fail the test.
if [ -z "${CRIER_IN_DBUS_SESSION:-}" ]; then
	CRIER_IN_DBUS_SESSION=1 exec dbus-run-session -- sh "$0" "$@"
fi
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

start_pulse
two_sources_live "$T" 'speech = { pause_ms = 200; };'

# prop NAME: a property of the player, as dbus-send prints its value.
prop() {
	dbus-send --session --print-reply --dest=org.mpris.MediaPlayer2.crier \
		/org/mpris/MediaPlayer2 org.freedesktop.DBus.Properties.Get \
		string:org.mpris.MediaPlayer2.Player "string:$1" 2>/dev/null |
		sed -n 's/^ *variant *//p'
}
title() { playerctl -p crier metadata xesam:title 2>/dev/null; }
players() { playerctl -l 2>/dev/null; }
status() { playerctl -p crier status 2>/dev/null; }

# until_is CMD WANT [SECONDS]: waits (10 s by default) until CMD prints
# WANT; prints the ms taken, or what CMD printed last and fails.
until_is() {
	start=$(date +%s%N)
	i=0
	while [ $i -lt $(( ${3:-10} * 20 )) ]; do
		got=$($1)
		if [ "$got" = "$2" ]; then
			echo $(( ($(date +%s%N) - start) / 1000000 ))
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	echo "'$got', not '$2'"
	return 1
}

session="crier-mpris-$$"
runs=0
# start_crier ARGS: crier in tmux, with a terminal.  Each run has its own
# tmux server: the last one may still be shutting down on a busy machine.
start_crier() {
	runs=$((runs + 1))
	socket="$T/tmux$runs.sock"
	at_exit "tmux -S '$socket' kill-server 2>/dev/null"
	tmux -S "$socket" new-session -d -s "$session" -x 160 -y 10 \
		"env PULSE_SERVER='$PULSE_SERVER' XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' \
		HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
		DBUS_SESSION_BUS_ADDRESS='$DBUS_SESSION_BUS_ADDRESS' \
		CRIER_PLUGIN_PATH='$CRIER_PLUGIN_PATH' '$CRIER' -c '$T/c.conf' $*; \
		echo \"exit=\$?\" > '$T/exit'; sleep 30" ||
		echo "# tmux could not start crier" >&2
}
key() { tmux -S "$socket" send-keys -t "$session" "$@"; }
exit_status() { cat "$T/exit" 2>/dev/null; }

dbus-monitor --session "type='signal',member='Seeked'" > "$T/seeked" 2>&1 &
at_exit "kill $! 2>/dev/null"

start_crier
ms=$(until_is players crier 30)
ok $? "crier appears on the session bus as an MPRIS player ($ms)"
ms=$(until_is title "Ferry service returns to the island after winter storms" 30)
ok $? "Metadata: the title is the first story's headline ($ms)"
is "$(playerctl -p crier metadata xesam:artist)" First "Metadata: the artist is its source"
is "$(playerctl -p crier metadata mpris:trackid | tr -d "'")" /org/crier/track/1 \
	"Metadata: the track id names the item"
len=$(playerctl -p crier metadata mpris:length)
num_between "${len:-0}" 2000000 60000000
ok $? "Metadata: the length is the story's ($len us)"
is "$(prop CanGoPrevious)" "boolean false" "CanGoPrevious is false at the first story"
is "$(prop CanGoNext)" "boolean true" "CanGoNext is true there"
is "$(status)" Playing "PlaybackStatus is Playing"

# Pause: the status, the position and the sound stop.
playerctl -p crier pause
ms=$(until_is status Paused)
ok $? "Pause pauses (${ms} ms)"
sleep 0.5
p1=$(prop Position)
record_pulse "$T/paused.wav"
sleep 1
stop_recording
p2=$(prop Position)
is "$p2" "$p1" "Position stands still while paused ($p1)"
rms=$(wav_rms "$T/paused.wav")
num_between "${rms:-1}" 0 0.002
ok $? "and the sink hears silence (RMS $rms)"
screen() { tmux -S "$socket" capture-pane -p -t "$session" > "$T/screen"; }
screen
contains "$T/screen" "paused story 1 of" "the terminal's status line agrees"

playerctl -p crier play
ms=$(until_is status Playing)
ok $? "Play resumes (${ms} ms)"
record_pulse "$T/playing.wav"
sleep 1
stop_recording
p3=$(prop Position)
[ "${p3#int64 }" -gt "${p2#int64 }" ] 2>/dev/null
ok $? "Position moves on while playing ($p2 -> $p3)"
rms=$(wav_rms "$T/playing.wav")
num_between "${rms:-0}" 0.005 1
ok $? "and the sink hears speech again (RMS $rms)"

playerctl -p crier play-pause
ms=$(until_is status Paused)
ok $? "PlayPause pauses (${ms} ms)"
playerctl -p crier play-pause
ms=$(until_is status Playing)
ok $? "PlayPause resumes (${ms} ms)"

# The terminal's keys and the bus agree.
key Space
ms=$(until_is status Paused)
ok $? "space in the terminal shows as Paused on the bus (${ms} ms)"
playerctl -p crier play
ms=$(until_is status Playing)
ok $? "and Play from the bus resumes it (${ms} ms)"
key r
i=0
until grep -q Seeked "$T/seeked" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
contains "$T/seeked" "Seeked" "r (repeat the sentence) sends the Seeked signal"

playerctl -p crier next
ms=$(until_is title "Town choir wins regional contest")
ok $? "Next goes to the next story (${ms} ms)"
is "$(prop CanGoPrevious)" "boolean true" "CanGoPrevious is true at the second story"
playerctl -p crier previous
ms=$(until_is title "Ferry service returns to the island after winter storms")
ok $? "Previous goes back (${ms} ms)"
playerctl -p crier next
until_is title "Town choir wins regional contest" > /dev/null
ok $? "Next again"

# The second story plays to its end; the last one comes.
ms=$(until_is title "Second source story" 60)
ok $? "a story played to its end is followed by the next ($ms)"
is "$(prop CanGoNext)" "boolean false" "CanGoNext is false at the last story"
playerctl -p crier next 2>/dev/null
sleep 0.5
is "$(title)" "Second source story" "Next has no effect there"

# 'e' stops at the end of this story: it is heard, and crier leaves the bus.
key e
ms=$(until_is exit_status "exit=0" 60)
ok $? "e ends the briefing after the current story"
screen
contains "$T/screen" "stopped after this story" "and says so"
ms=$(until_is players "" 10)
ok $? "crier disappears from the bus at the end"
"$CRIER" history > "$T/history" 2>&1
contains "$T/history" "Second source story" "the story played to its end is heard"
contains "$T/history" "Town choir" "so is the one played to its end after Next"
lacks "$T/history" "Ferry service" "the one left with Next is not"
tmux -S "$socket" kill-server 2>/dev/null

# Stop: crier ends, and the story cut off stays unheard.
rm -f "$T/exit"
start_crier
until_is title "Ferry service returns to the island after winter storms" 30 > /dev/null
ok $? "the next briefing starts with the story left unheard"
playerctl -p crier stop
ms=$(until_is exit_status "exit=0" 20)
ok $? "Stop ends the briefing ($ms)"
until_is players "" 10 > /dev/null
ok $? "and crier leaves the bus"
"$CRIER" history > "$T/history" 2>&1
lacks "$T/history" "Ferry service" "the story stopped is not heard"
tmux -S "$socket" kill-server 2>/dev/null

# The sleep timer: 9 s into the briefing, playback stops mid-story.
"$CRIER" -c "$T/c.conf" --all --stop-after 0.15 > "$T/out" 2> "$T/err" &
crier_pid=$!
until_is title "Ferry service returns to the island after winter storms" 30 > /dev/null
ok $? "a briefing with a sleep timer plays the first story"
wait $crier_pid
is "$?" 0 "--stop-after stops the briefing"
contains "$T/err" "sleep timer stopped the briefing" "and says so"
"$CRIER" history > "$T/history" 2>&1
lacks "$T/history" "Ferry service" "the story cut off by the timer is not heard"
run bad "$CRIER" -c "$T/c.conf" --stop-after soon
is "$rc" 2 "--stop-after wants minutes"

# Without a session bus crier says nothing about it and plays.
run nobus env -u DBUS_SESSION_BUS_ADDRESS "$CRIER" -c "$T/c.conf" --all \
	--driver null
is "$rc" 0 "with no session bus the briefing plays"
is "$(cat "$T/err")" "" "and nothing is said about the bus"
done_testing
