# lib.sh - shared helpers for crier's shell tests; they speak TAP.
#
# Source it from a test script: it sets CRIER (the built binary), makes a
# private temporary directory $T (removed at exit) that is also HOME and
# the XDG directories, so that no user config or state is read.

set -u
CRIER="${CRIER_BUILDDIR:?run me through make check}/crier"
T=$(mktemp -d "${TMPDIR:-/tmp}/crier-test.XXXXXX")
export HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" \
	XDG_STATE_HOME="$T/home/.local/state" XDG_CACHE_HOME="$T/home/.cache"
mkdir -p "$HOME"
trap 'tap_cleanup' EXIT
# A test killed by a signal cleans up too (its servers and busy loops).
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM
tap_n=0
tap_failed=0
tap_cleanups=""

tap_cleanup() {
	eval "$tap_cleanups"
	rm -rf "$T"
}

# at_exit CMD: runs CMD when the test ends.
at_exit() {
	tap_cleanups="$tap_cleanups
$1"
}

ok() {	# ok STATUS NAME: passes when STATUS is 0
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
	else
		echo "not ok $tap_n - $2"
		tap_failed=$((tap_failed + 1))
	fi
}

# run NAME CMD...: runs CMD, output in $T/out and $T/err, status in $rc.
run() {
	name=$1
	shift
	"$@" > "$T/out" 2> "$T/err"
	rc=$?
}

# is GOT WANT NAME
is() {
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		echo "#   got:  '$1'"
		echo "#   want: '$2'"
	fi
}

# contains FILE TEXT NAME / lacks FILE TEXT NAME (fixed strings)
contains() {
	if grep -qF -- "$2" "$1"; then ok 0 "$3"; else
		ok 1 "$3"; echo "#   '$2' not in $1:"; sed 's/^/#   /' "$1" | head -20; fi
}
lacks() {
	if grep -qF -- "$2" "$1"; then
		ok 1 "$3"; echo "#   '$2' found in $1:"; grep -F -- "$2" "$1" | sed 's/^/#   /' | head -5
	else ok 0 "$3"; fi
}

done_testing() {
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
}

# wav_seconds FILE: the duration of a WAV file, per sox.
wav_seconds() {
	soxi -D "$1" 2>/dev/null
}

# wav_rms FILE: the RMS amplitude of a WAV file (0 for silence).
wav_rms() {
	sox "$1" -n stat 2>&1 | awk '/RMS +amplitude/ { print $3 }'
}

# wav_span FILE: "SPAN GAP": the seconds from the first to the last sound
# of a WAV file, and its longest silence between them (tests/wav_span.py).
wav_span() {
	sox "$1" -t raw -e signed -b 16 -c 1 - 2>/dev/null |
		python3 "$CRIER_SRCDIR/tests/wav_span.py" "$(soxi -r "$1")"
}

# num_between VALUE LOW HIGH: true when LOW <= VALUE <= HIGH (decimals).
num_between() {
	awk -v v="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(v != "" && v >= lo && v <= hi) }'
}

# demo_articles DIR: writes two small articles of our own into DIR.
demo_articles() {
	mkdir -p "$1"
	cat > "$1/a.txt" <<'ART'
Ferry service returns to the island after winter storms

The ferry to Holm Island sailed again on Tuesday after storms kept it in port for nine days. Islanders queued at the pier to collect post and groceries. The operator said timetables would be back to normal by the weekend.
ART
	cat > "$1/b.md" <<'ART'
# Town choir wins regional contest

The Westford town choir won first prize at the regional singing contest on Saturday. It was the choir's first win in twelve years. The conductor thanked the volunteers who ran rehearsals through the summer.
ART
}

# long_articles DIR: ten long stories (150 paragraphs each) in DIR, and
# DIR.conf, a config reading them with no limit on sentences: a briefing
# long enough to be interrupted or killed while it is written (crier
# bounds what one story may say, so the length comes from their number).
long_articles() {
	mkdir -p "$1"
	for f in 1 2 3 4 5 6 7 8 9 10; do
		{
			echo "Long report $f"
			echo
			i=0
			while [ $i -lt 150 ]; do
				echo "Paragraph $i of report $f says that the weather stayed calm all day."
				i=$((i + 1))
			done
		} > "$1/$f.txt"
	done
	cat > "$1.conf" <<CONF
sources = ( { name = "Local"; plugin = "file"; path = "$(basename "$1")"; } );
summarizer = { sentences = 1000; };
CONF
}

# page_and_feed DIR: a small news page (DIR/page.html) and a one-item RSS
# feed (DIR/feed.xml), for the commands that read them.
page_and_feed() {
	printf '<html><head><title>T</title></head><body><article><p>%s</p><p>%s</p></article></body></html>\n' \
		"The council met on Tuesday to discuss the new bridge over the river." \
		"Work on the bridge starts in spring and ends a year later." > "$1/page.html"
	cat > "$1/feed.xml" <<'FEED'
<?xml version="1.0"?>
<rss version="2.0"><channel><title>F</title>
<item><title>One</title><link>http://example.invalid/1</link><description>Text.</description></item>
</channel></rss>
FEED
}

# two_sources_live DIR [LINE]: the live-control tests' briefing: two
# sources, "First" (the demo articles, in DIR/a) and "Second" (one short
# story, in DIR/b), played through pulse, in DIR/c.conf with LINE added.
two_sources_live() {
	demo_articles "$1/a"
	mkdir -p "$1/b"
	printf 'Second source story\n\nThis story comes from the second source. It is short.\n' > "$1/b/x.txt"
	cat > "$1/c.conf" <<CONF
sources = ( { name = "First"; plugin = "file"; path = "a"; },
            { name = "Second"; plugin = "file"; path = "b"; } );
summarizer = { sentences = 3; };
audio = { driver = "pulse"; };
${2:-}
CONF
}

# start_pulse: starts a private PulseAudio server with a null sink
# "crier_null" on a socket in $T, exports PULSE_SERVER, and stops it at exit.
start_pulse() {
	export XDG_RUNTIME_DIR="$T/run" PULSE_SERVER="unix:$T/run/pulse.sock"
	mkdir -p "$XDG_RUNTIME_DIR"
	chmod 700 "$XDG_RUNTIME_DIR"
	pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no \
		-L "module-native-protocol-unix socket=$T/run/pulse.sock auth-anonymous=1" \
		-L "module-null-sink sink_name=crier_null rate=22050 channels=1" \
		--log-level=info --log-target=file:"$T/pulse.log" &
	pulse_pid=$!
	at_exit "kill $pulse_pid 2>/dev/null; wait $pulse_pid 2>/dev/null"
	i=0
	until pactl info > /dev/null 2>&1 || [ $i -ge 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	pactl set-default-sink crier_null > /dev/null 2>&1
}

# pulse_latency: the latency in ms (the stream's buffer and the sink's)
# that the server gave crier's last playback stream, from its log.
pulse_latency() {
	awk '/Created input .*libao\[crier\]/ { f = 1 }
	f && /Final latency/ { v = $6; f = 0 }
	END { print v + 0 }' "$T/pulse.log"
}

# record_pulse FILE: records the null sink into FILE (a WAV) in the
# background; stop_recording ends it.
record_pulse() {
	parec --device=crier_null.monitor --rate=22050 --channels=1 \
		--format=s16le --file-format=wav "$1" &
	rec_pid=$!
	at_exit "kill $rec_pid 2>/dev/null"
	# Recording has begun when the monitor's silence reaches the file
	# (a busy machine may take seconds to start parec).
	i=0
	while [ "$(stat -c %s "$1" 2>/dev/null || echo 0)" -le 4096 ] &&
		[ $i -lt 300 ]; do
		sleep 0.05
		i=$((i + 1))
	done
}
stop_recording() {
	sleep 1	# what the sink still holds reaches the monitor
	kill "$rec_pid"
	wait "$rec_pid" 2>/dev/null
}
