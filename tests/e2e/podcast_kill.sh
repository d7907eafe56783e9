#!/bin/sh
# podcast_kill.sh - SIGKILL at random points during "crier podcast" never
# leaves a feed.xml that names a missing or partial file: after every
# kill, python3-feedparser reads the feed and each enclosure has the
# length the feed gives (tests/e2e/podcast_check.py).
#
# KILL_RUNS (default 12) sets the number of kills, KILL_SEED the seed of
# the random points, PODCAST_FORMAT (default mp3) the episodes' format.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
CHECK="/usr/bin/python3 $CRIER_SRCDIR/tests/e2e/podcast_check.py"
runs=${KILL_RUNS:-12}
seed=${KILL_SEED:-$$}
fmt=${PODCAST_FORMAT:-mp3}
echo "# seed $seed"

mkdir "$T/a"
for i in 1 2 3; do
	printf 'Report %s from the harbour town\n\nThe harbour master said that ship number %s arrived late because of fog.\n' \
		$i $i > "$T/a/r$i.txt"
done
cat > "$T/c.conf" <<CONF
sources = ( { name = "Harbour"; plugin = "file"; path = "a"; } );
podcast = { folder = "pod"; url = "https://example.org/crier/"; keep = 3;
	    format = "$fmt"; };
CONF

# How long a whole run takes, to spread the kills over it.
start=$(date +%s%N)
"$CRIER" --config "$T/c.conf" --quiet podcast --all 2> "$T/err"
ok $? "a run to measure"
span=$((($(date +%s%N) - start) / 1000000))
echo "# a run takes $span ms"

awk -v seed="$seed" -v n="$runs" -v span="$span" 'BEGIN {
	srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", rand() * span * 1.2 / 1000 }' \
	> "$T/delays"
bad=0
while read -r delay; do
	"$CRIER" --config "$T/c.conf" --quiet podcast --all 2> /dev/null &
	pid=$!
	sleep "$delay"
	kill -9 $pid 2> /dev/null
	wait $pid 2> /dev/null
	if ! $CHECK "$T/pod" > "$T/check"; then
		bad=$((bad + 1))
		echo "# after a kill at $delay s:"
		sed 's/^/#   /' "$T/check"
	fi
done < "$T/delays"
ok $bad "after $runs kills the feed never names a missing or partial file"
# The lock of a killed run is released with its process.
"$CRIER" --config "$T/c.conf" --quiet podcast --all 2> "$T/err"
ok $? "a run after the kills works"
$CHECK "$T/pod" > "$T/check"
ok $? "and its feed is complete"
grep -q '^episode:' "$T/check"
ok $? "with episodes"
done_testing
