#!/bin/sh
# mpris_latency.sh - how long an MPRIS call takes to act on a live briefing.
#
# A live briefing plays into a private PulseAudio null sink on a private
# session bus (dbus-run-session); dbus-send calls Pause, Play, PlayPause
# (twice), Next, Previous and Stop a second apart, and dbus-monitor stamps
# each call and crier's answer to it on the bus: the PropertiesChanged
# signal that says the player paused, resumed or moved to another story
# (for Stop: PlaybackStatus "Stopped").  The latency is the time between
# the two stamps: from the call reaching the bus to crier having acted.
# Target: <= 100 ms each.
#
# Usage: tests/bench/mpris_latency.sh [BUILDDIR]   (default: the current
# directory).  Exits 1 when a target is missed.
set -eu
if [ -z "${CRIER_IN_DBUS_SESSION:-}" ]; then
	CRIER_IN_DBUS_SESSION=1 exec dbus-run-session -- sh "$0" "$@"
fi
build=$(cd "${1:-.}" && pwd)
crier="$build/crier"
T=$(mktemp -d)
export HOME="$T" XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state"
export CRIER_PLUGIN_PATH="${CRIER_PLUGIN_PATH:-$build/plugins/.libs}"
export XDG_RUNTIME_DIR="$T/run" PULSE_SERVER="unix:$T/run/pulse.sock"
mkdir -p "$XDG_RUNTIME_DIR" "$T/a"
chmod 700 "$XDG_RUNTIME_DIR"
pids=
trap 'kill $pids 2>/dev/null; rm -rf "$T"' EXIT

pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no \
	-L "module-native-protocol-unix socket=$T/run/pulse.sock auth-anonymous=1" \
	-L "module-null-sink sink_name=crier_null rate=22050 channels=1" \
	--log-target=file:"$T/pulse.log" &
pids="$pids $!"
i=0
until pactl info > /dev/null 2>&1 || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
pactl set-default-sink crier_null > /dev/null

# Three stories long enough to act on.
for n in 1 2 3; do
	{
		echo "Story number $n of the latency test"
		echo
		s=1
		while [ $s -le 12 ]; do
			echo "This is sentence $s of story $n, which goes on for a while so that there is time to act on it."
			s=$((s + 1))
		done
	} > "$T/a/$n.txt"
done
printf 'sources = ( { name = "Bench"; plugin = "file"; path = "%s"; } );\naudio = { driver = "pulse"; };\n' \
	"$T/a" > "$T/c.conf"

dbus-monitor --session "type='method_call',interface='org.mpris.MediaPlayer2.Player'" \
	"type='signal',interface='org.freedesktop.DBus.Properties',member='PropertiesChanged'" \
	> "$T/monitor" 2>&1 &
pids="$pids $!"
"$crier" -c "$T/c.conf" -q --all < /dev/null &
pids="$pids $!"

call() {
	dbus-send --session --print-reply --dest=org.mpris.MediaPlayer2.crier \
		/org/mpris/MediaPlayer2 "org.mpris.MediaPlayer2.Player.$1" > /dev/null
}
i=0
until call Play 2> /dev/null || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
sleep 6		# into the first story
for m in Pause Play PlayPause PlayPause Next Previous Stop; do
	call "$m"
	sleep 1
done
sleep 1

# Each call from the first Pause on, and the first PropertiesChanged after it.
awk '
/^method call / && /member=/ {
	match($0, /time=[0-9.]+/); t = substr($0, RSTART + 5, RLENGTH - 5)
	match($0, /member=[A-Za-z]+/); m = substr($0, RSTART + 7, RLENGTH - 7)
	if (m == "Pause") started = 1
	if (started) { pending = m; at = t }
	next
}
/^signal / && /member=PropertiesChanged/ && pending != "" {
	match($0, /time=[0-9.]+/); t = substr($0, RSTART + 5, RLENGTH - 5)
	ms = (t - at) * 1000
	printf "%-10s %6.1f ms\n", pending, ms
	if (ms > worst) worst = ms
	n++
	pending = ""
}
END {
	if (n < 7) { printf "only %d of 7 calls were answered\n", n; exit 1 }
	printf "worst: %.1f ms (target 100 ms)\n", worst
	exit worst > 100
}' "$T/monitor"
