#!/bin/sh
# ledger_kill.sh - the heard-story ledger through real briefings: heard
# stories are skipped (and --all brings them back), a ledger that can't be
# opened or is corrupt never stops the briefing, and SIGKILL at random
# points never corrupts the database nor marks a story whose audio was
# not written to the end.  A briefing written to a file marks its stories
# when the file is kept (it is written as .FILE.part-PID until then): a
# killed one leaves the whole file with all its stories marked, or no
# file and no marks; one stopped by Ctrl-C keeps the file, with the
# stories spoken to the end marked.
#
# How "spoken to the end" is known: a complete run writes FILE.vtt with
# one cue per story (start --> end).  Every killed run replays the same
# stories (--all) into a WAV file, so a story marked by a killed run must
# end before the audio the file holds (its size less the header), give or
# take libao's stdio buffer (TOLERANCE_BYTES).
#
# KILL_RUNS (default 30) sets the number of kills, INT_RUNS (default 10)
# that of Ctrl-C interrupts (SIGINT) checked the same way; KILL_SEED the
# seed of the random points.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

if ! command -v sqlite3 > /dev/null 2>&1; then
	echo "1..0 # SKIP sqlite3 (the command) is not installed"
	exit 0
fi
runs=${KILL_RUNS:-30}
int_runs=${INT_RUNS:-10}
seed=${KILL_SEED:-$$}
TOLERANCE_BYTES=65536
db="$XDG_STATE_HOME/crier/heard.db"

mkdir "$T/a"
for i in 01 02 03 04 05 06 07 08 09 10; do
	cat > "$T/a/r$i.txt" <<ART
Report $i from the harbour town

The harbour master said on Tuesday that ship number $i arrived late because of fog. Crews unloaded grain and timber through the night. The port expects calmer weather by the weekend.
ART
done
cat > "$T/c.conf" <<'CONF'
sources = ( { name = "Harbour"; plugin = "file"; path = "a"; } );
CONF

# sql QUERY: runs QUERY on the ledger.
sql() {
	sqlite3 "$db" "$1"
}

# ---- skipping and --all ----
run full "$CRIER" -q -c "$T/c.conf" --output "$T/full.wav"
is "$rc" 0 "a complete briefing exits 0"
is "$(sql 'SELECT count(*) FROM heard')" 10 "it marks its 10 stories"
is "$(sql 'PRAGMA journal_mode')" wal "the ledger is in WAL mode"
run hist "$CRIER" history --limit 0
is "$(wc -l < "$T/out" | tr -d ' ')" 10 "crier history lists them"
run again "$CRIER" -n -c "$T/c.conf"
is "$rc" 5 "the next briefing skips them: nothing new (status 5)"
contains "$T/err" "(10 stories heard before)" "all ten of them"
run all "$CRIER" -n --all -c "$T/c.conf"
contains "$T/out" "(10 stories)" "--all includes them again"
echo "Report 11 from the harbour town

A new ship arrived at noon. It carried apples." > "$T/a/r11.txt"
run new "$CRIER" -n -c "$T/c.conf"
contains "$T/out" "(1 story)" "a new story is not skipped"
contains "$T/out" "Report 11" "and it is the new one"
rm "$T/a/r11.txt"

# ---- a ledger that can't be used ----
: > "$T/not-a-dir"
run nodir env XDG_STATE_HOME="$T/not-a-dir" "$CRIER" -n -c "$T/c.conf"
is "$rc" 0 "an unusable state directory does not stop the briefing"
contains "$T/out" "(10 stories)" "which then skips nothing"
contains "$T/err" "warning" "with a warning"

mkdir -p "$T/bad/crier"
printf 'no database here\n%.0s' 1 2 3 4 5 6 7 8 > "$T/bad/crier/heard.db"
cp "$T/bad/crier/heard.db" "$T/junk"
run corrupt env XDG_STATE_HOME="$T/bad" "$CRIER" -q -c "$T/c.conf" --output "$T/c.wav"
is "$rc" 0 "a corrupt ledger does not stop the briefing"
contains "$T/err" "moved it to" "it is moved aside with a warning"
aside=$(ls "$T/bad/crier/" | grep -v -e '-wal$' -e '-shm$' | grep corrupt | head -1)
cmp -s "$T/bad/crier/$aside" "$T/junk"
ok $? "the corrupt file is kept as it was ($aside)"
is "$(sqlite3 "$T/bad/crier/heard.db" 'SELECT count(*) FROM heard')" 10 \
	"and a new ledger records the briefing"

# ---- SIGKILL at random points ----
# The wall time of a briefing like the killed ones.
start=$(date +%s.%N)
"$CRIER" -q --all -c "$T/c.conf" --output "$T/timing.wav" > /dev/null 2>&1
full_secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')

# The reference: each story's end, in seconds, from the complete run.
ok "$(test -s "$T/full.vtt"; echo $?)" "the complete run wrote chapters"
samples=$(soxi -s "$T/full.wav")
header=$(( $(stat -c %s "$T/full.wav") - samples * 2 ))
rate=$(soxi -r "$T/full.wav")
awk '/-->/ { split($3, t, ":"); end = t[1] * 3600 + t[2] * 60 + t[3]; next }
     end != "" && NF { print end "\t" $0; end = "" }' "$T/full.vtt" > "$T/ends"
is "$(wc -l < "$T/ends" | tr -d ' ')" 10 "one chapter per story"

# kill_runs SIGNAL N SEED: N briefings, each sent SIGNAL at a random point
# (uniform over 1.2 times a complete run's wall time); counts in bad_db,
# bad_mark, marked, partial.
kill_runs() {
	awk -v n="$2" -v seed="$3" -v span="$full_secs" 'BEGIN {
		srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", rand() * span * 1.2 }' \
		> "$T/points"
	echo "# SIG$1, seed $3; a complete run took $full_secs s; points (s):" \
		$(cat "$T/points")
	bad_db=0 bad_mark=0 marked=0 partial=0 nofile=0 bad_none=0
	last=$(sql 'SELECT coalesce(max(rowid), 0) FROM heard')
	while read -r point; do
		kill_one "$1" "$point"
	done < "$T/points"
	echo "# SIG$1: $2 runs, $marked stories marked by them," \
		"$partial runs stopped mid-briefing after a mark," \
		"$nofile left no file"
}

# kill_one SIGNAL POINT: one briefing sent SIGNAL after POINT seconds.
# SIGINT waits for the first audio: before crier sets its handler, SIGINT
# is ignored in a background job of a non-interactive shell.
kill_one() {
	rm -f "$T/k.wav"
	"$CRIER" -q --all -c "$T/c.conf" --output "$T/k.wav" > /dev/null 2>&1 &
	pid=$!
	i=0
	while [ "$1" = INT ] && [ $i -lt 500 ] &&
	      [ "$(stat -c %s "$T/.k.wav.part-$pid" 2>/dev/null || echo 0)" -le "$header" ]; do
		sleep 0.01
		i=$((i + 1))
	done
	sleep "$2"
	kill -"$1" $pid 2> /dev/null
	wait $pid 2> /dev/null
	check=$(sql 'PRAGMA integrity_check' 2>&1)
	if [ "$check" != ok ]; then
		bad_db=$((bad_db + 1))
		echo "# SIG$1 at $2 s: integrity_check says: $check"
	fi
	bytes=$(( $(stat -c %s "$T/k.wav" 2>/dev/null || echo "$header") - header ))
	written=$(awk -v b="$bytes" -v tol="$TOLERANCE_BYTES" -v r="$rate" \
		'BEGIN { print (b + tol) / 2 / r }')
	sql "SELECT source || ': ' || title FROM heard WHERE rowid > $last" > "$T/new"
	while read -r cue; do
		end=$(awk -F '\t' -v c="$cue" '$2 == c { print $1 }' "$T/ends")
		marked=$((marked + 1))
		if [ -z "$end" ] || ! num_between "$end" 0 "$written"; then
			bad_mark=$((bad_mark + 1))
			echo "# SIG$1 at $2 s: '$cue' (ends at ${end:-?} s) marked," \
				"but the file holds only $written s"
		fi
	done < "$T/new"
	if [ -s "$T/new" ] && [ "$(wc -l < "$T/new")" -lt 10 ]; then
		partial=$((partial + 1))
	fi
	if [ ! -e "$T/k.wav" ]; then
		nofile=$((nofile + 1))
		if [ -s "$T/new" ]; then
			bad_none=$((bad_none + 1))
			echo "# SIG$1 at $2 s: no file, but $(wc -l < "$T/new") stories marked"
		fi
	fi
	last=$(sql 'SELECT coalesce(max(rowid), 0) FROM heard')
}

kill_runs KILL "$runs" "$seed"
is "$bad_db" 0 "integrity_check is ok after each of $runs kills"
is "$bad_mark" 0 "no story is marked before its audio was written"
ok "$(test "$nofile" -gt 0; echo $?)" "some kills fell before the file was complete, and left no file"
is "$bad_none" 0 "a killed briefing that left no file marked no story"
is "$partial" 0 "no killed briefing marked some of its stories: all or none"

# Ctrl-C: the story being spoken is cut short, so it is not heard.
kill_runs INT "$int_runs" "$((seed + 1))"
is "$bad_db" 0 "integrity_check is ok after each of $int_runs interrupts"
is "$bad_mark" 0 "no story cut short by Ctrl-C is marked"

run after "$CRIER" history --limit 1
is "$rc" 0 "crier history reads the ledger after the kills"
done_testing
