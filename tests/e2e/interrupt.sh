#!/bin/sh
# interrupt.sh - Ctrl-C (SIGINT) or SIGTERM while crier waits for a slow
# feed ends the run promptly, with a message and status 130, and the
# stories already heard stay in the ledger.  "Promptly" is bounded
# generously (30 s, where the feed would take 10 minutes): the check is
# that the signal ends the run at all, not how fast.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"
start_http_server --lifetime 300

demo_articles "$T/a"
cat > "$T/slow.conf" <<CONF
timeout = 600;
sources = (
  { name = "Local"; plugin = "file"; path = "a/a.txt"; },
  { name = "Slow"; plugin = "feed"; url = "$HTTP_BASE/fault/hang"; }
);
CONF

# waitfor SECONDS CMD...: runs CMD every 0.2 s until it succeeds; 1 if it never did.
waitfor() {
	n=$(($1 * 5))
	shift
	while [ "$n" -gt 0 ]; do
		"$@" && return 0
		sleep 0.2
		n=$((n - 1))
	done
	return 1
}
heard_local() {
	"$CRIER" history 2>/dev/null | grep -q "Ferry service"
}
# A briefing written to a file records what was heard when the file is
# kept (also on a signal); the cue in its chapters file (a temporary file
# until then) shows a story spoken to the end, marked at once after.
spoken_local() {
	cat "$T/.$sig.vtt".part-* 2>/dev/null | grep -q -- "-->"
}
ended() {
	! kill -0 "$pid" 2>/dev/null
}

for sig in INT TERM; do
	export XDG_STATE_HOME="$T/state-$sig"
	"$CRIER" -c "$T/slow.conf" -o "$T/$sig.wav" > "$T/out" 2> "$T/err" &
	pid=$!
	waitfor 60 spoken_local
	ok $? "SIG$sig: the first story is spoken while the slow feed loads"
	kill -"$sig" "$pid"
	waitfor 30 ended
	ok $? "SIG$sig: crier ends soon after the signal, not when the feed would"
	ended || kill -9 "$pid"
	wait "$pid"
	is "$?" 130 "SIG$sig: with status 130"
	contains "$T/err" "crier: interrupted; stopped" "SIG$sig: and says so"
	heard_local
	ok $? "SIG$sig: the heard story is still in the ledger"
	test -s "$T/$sig.wav"
	ok $? "SIG$sig: the audio so far is written"
done
done_testing
