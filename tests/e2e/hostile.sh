#!/bin/sh
# hostile.sh - what a hostile or careless plugin, config or input cannot
# do to a briefing (issue 18): processes a plugin leaves behind neither
# hang crier nor outlive it; a summary is held to its request; voice
# names, integers, plugin files and folders are checked; an unpunctuated
# item is cut to a sane length; a FIFO does not block a file source; a
# plugin's exit() and its standard output are dealt with.
#
# Nothing here depends on the machine's speed: every run that could hang
# is bounded by a generous `timeout 60`, and a check asserts that it
# ended at all and what was spoken, never how fast.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

export CRIER_PLUGIN_PATH="$CRIER_BUILDDIR/tests/plugins/hostile/.libs:$CRIER_PLUGIN_PATH"

# gone PIDFILE...: waits up to 20 s for every process listed to be gone.
gone() {
	i=0
	while [ $i -lt 200 ]; do
		alive=0
		for f in "$@"; do
			[ -s "$f" ] || continue
			while read -r pid; do
				kill -0 "$pid" 2>/dev/null && alive=1
			done < "$f"
		done
		[ $alive -eq 0 ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	for f in "$@"; do
		[ -s "$f" ] && while read -r pid; do kill -9 "$pid" 2>/dev/null; done < "$f"
	done
	return 1
}

demo_articles "$T/a"

# ---- 1. processes a plugin starts ----
cat > "$T/fork.conf" <<CONF
timeout = 2;
sources = (
  { name = "Forking"; plugin = "forksource"; pidfile = "$T/fork1.pid"; },
  { name = "Leaving"; plugin = "forksource"; pidfile = "$T/fork2.pid"; hang = false; },
  { name = "Later"; plugin = "file"; path = "a/a.txt"; }
);
CONF
run fork timeout 60 "$CRIER" -n -c "$T/fork.conf"
test "$rc" -ne 124
ok $? "a source whose child process never ends does not hang crier (status $rc)"
contains "$T/err" "source 'Forking' (forksource): timed out after 2 s and was stopped" "the hanging source is stopped at its timeout"
contains "$T/out" "From Later: Ferry service" "the later source is spoken"
contains "$T/out" "The forking source still sent this story." "a source that returns, leaving a process behind, is spoken"
gone "$T/fork1.pid" "$T/fork2.pid"
ok $? "no process either plugin started outlives the briefing"

# The same processes in a session of their own (setsid(), as a daemon
# does), out of reach of a kill of the worker's process group.
cat > "$T/setsid.conf" <<CONF
timeout = 10;
summarizer_timeout = 5;
sources = (
  { name = "Escaping"; plugin = "forksource"; setsid = true; pidfile = "$T/sid1.pid"; },
  { name = "Escaped"; plugin = "forksource"; setsid = true; pidfile = "$T/sid2.pid"; hang = false; },
  { name = "Spinning"; plugin = "file"; path = "a/a.txt";
    summarizer = { plugin = "forksummarizer"; setsid = true; pidfile = "$T/sid3.pid"; }; }
);
CONF
run setsid timeout 60 "$CRIER" -n -c "$T/setsid.conf"
test "$rc" -ne 124
ok $? "processes that left crier's process group do not hang crier (status $rc)"
contains "$T/err" "source 'Escaping' (forksource): timed out after 10 s and was stopped" "the hanging source is stopped at its timeout"
contains "$T/out" "The forking source still sent this story." "the source that returned is spoken"
contains "$T/out" "From Spinning: Ferry service" "the story whose summarizer hung is spoken"
test -s "$T/sid1.pid" && test -s "$T/sid2.pid" && test -s "$T/sid3.pid"
ok $? "all three processes were started"
gone "$T/sid1.pid" "$T/sid2.pid" "$T/sid3.pid"
ok $? "none of them outlives the briefing"

mkdir "$T/five"
for n in 1 2 3 4 5; do
	printf 'Story %s of five\n\nThe text of story %s is here. It has a second sentence.\n' $n $n > "$T/five/$n.txt"
done
cat > "$T/spin.conf" <<CONF
summarizer_timeout = 2;
timeout = 30;
sources = (
  { name = "Five"; plugin = "file"; path = "five";
    summarizer = { plugin = "forksummarizer"; pidfile = "$T/spin.pid"; sentences = 1; }; },
  { name = "Later"; plugin = "file"; path = "a/a.txt"; }
);
CONF
run spin timeout 60 "$CRIER" -n -c "$T/spin.conf"
test "$rc" -ne 124
ok $? "a summarizer that never returns and leaves a spinning process does not hang crier (status $rc)"
n=$(grep -c "^From Five: Story . of five" "$T/out")
is "$n" 5 "all five stories of its source are spoken"
contains "$T/out" "The text of story 5 is here." "summarized by lead"
contains "$T/err" "story 'Story 1 of five': summarizer 'forksummarizer' took over 2 s on this story; lead used" "the hang is reported for its story"
contains "$T/err" "story 'Story 2 of five': summarizer 'forksummarizer' took too long on an earlier story; lead used" "and the summarizer is not tried again on the others"
contains "$T/out" "From Later: Ferry service" "the later source is spoken"
gone "$T/spin.pid"
ok $? "no spinning process is left behind"

# ---- 2. see security.sh (plugin directories and files anyone can write) ----

# ---- 3. voice names ----
run sayvoice "$CRIER" say --voice 'en-us+../../../../../../../etc/passwd' hello
is "$rc" 2 "say refuses a voice name that is a path"
contains "$T/err" "'en-us+../../../../../../../etc/passwd' is not a voice name" "and says why"
lacks "$T/err" "root:" "no line of the file is printed"
printf 'sources = ( { name = "A"; plugin = "file"; path = "a";\n  speech = { voice = "en+../../../../etc/passwd"; }; } );\n' > "$T/voice.conf"
run checkvoice "$CRIER" check-config -c "$T/voice.conf"
is "$rc" 2 "check-config refuses it in a config"
contains "$T/err" "voice.conf:2: 'en+../../../../etc/passwd' is not a voice name" "naming the file and line"
run briefvoice "$CRIER" -n -c "$T/voice.conf"
is "$rc" 2 "and so does a briefing"
run goodvoice "$CRIER" say -n --voice 'en+f3' hello
is "$rc" 0 "a voice with a variant is still taken"

# ---- 4. an unpunctuated item of 150,000 words ----
python3 - "$T/endless.xml" <<'PY'
import sys
words = " ".join("word%d" % (i % 977) for i in range(150000))
with open(sys.argv[1], "w") as f:
    f.write('<?xml version="1.0"?><rss version="2.0"><channel><title>E</title>'
            '<item><title>Endless item</title><link>http://e.example/1</link>'
            '<description>%s</description></item></channel></rss>' % words)
PY
for summ in lead news textrank; do
	cat > "$T/endless-$summ.conf" <<CONF
summarizer = { plugin = "$summ"; };
sources = (
  { name = "Endless"; plugin = "feed"; url = "endless.xml"; },
  { name = "Later"; plugin = "file"; path = "a/a.txt"; }
);
CONF
	if [ -n "${ASAN_OPTIONS:-}" ]; then
		run endless timeout 60 "$CRIER" -n -c "$T/endless-$summ.conf"
	else
		run endless sh -c 'ulimit -v 1048576 && exec timeout 60 "$@"' sh \
			"$CRIER" -n -c "$T/endless-$summ.conf"
	fi
	is "$rc" 0 "$summ: a briefing with a 150,000-word unpunctuated item runs in 1 GB"
	words=$(grep -A3 "^From Endless" "$T/out" | wc -w)
	[ "$words" -gt 20 ] && [ "$words" -le 500 ]
	ok $? "$summ: the item is cut to a sane length ($words words spoken)"
	contains "$T/out" "From Later: Ferry service" "$summ: the later source is spoken"
done

# ---- 5. a FIFO in a file source's folder ----
mkdir "$T/fifo"
cp "$T/a/a.txt" "$T/fifo/a.txt"
mkfifo "$T/fifo/pipe.txt"
printf 'timeout = 30;\nsources = ( { name = "Folder"; plugin = "file"; path = "fifo"; } );\n' > "$T/fifo.conf"
run fifo timeout 60 "$CRIER" -n -c "$T/fifo.conf"
is "$rc" 0 "a FIFO in the folder does not fail the source"
contains "$T/err" "pipe.txt: not a regular file (a FIFO); skipped" "it is skipped with a warning"
contains "$T/out" "From Folder: Ferry service" "the readable file beside it is spoken"
lacks "$T/err" "timed out" "without waiting for the timeout"

# ---- 7. summaries checked against the request ----
mkdir "$T/liar"
printf 'Empty story\n\nThis story makes the summarizer return EMPTY. Lead speaks it.\n' > "$T/liar/1.txt"
printf 'Failing story\n\nThis story makes the summarizer FAIL. Lead speaks it.\n' > "$T/liar/2.txt"
printf 'Many story\n\nThis story makes the summarizer return MANY sentences. Two at most.\n' > "$T/liar/3.txt"
printf 'Bytes story\n\nThis story makes the summarizer return BADUTF8 text. It is cleaned.\n' > "$T/liar/4.txt"
cat > "$T/liar.conf" <<'CONF'
sources = ( { name = "Liar"; plugin = "file"; path = "liar";
  summarizer = { plugin = "liarsummarizer"; sentences = 2; }; } );
CONF
for iso in "" "--no-isolation"; do
	run liar timeout 60 "$CRIER" -n $iso -c "$T/liar.conf"
	is "$rc" 0 "summaries that break the request still make a briefing ${iso:-(isolated)}"
	contains "$T/err" "story 'Empty story': summarizer 'liarsummarizer' returned an empty summary for this story; lead used" "an empty summary falls back to lead, reported ${iso}"
	contains "$T/out" "This story makes the summarizer return EMPTY." "and lead's summary is spoken ${iso}"
	contains "$T/err" "story 'Failing story': summarizer 'liarsummarizer' failed on this story (" "a failing summarizer falls back to lead, reported ${iso}"
	contains "$T/err" "told to fail" "with the plugin's message ${iso}"
	contains "$T/out" "This story makes the summarizer FAIL." "and lead's summary is spoken ${iso}"
	contains "$T/out" "Extra sentence number 2." "a summary within the limit is kept ${iso}"
	lacks "$T/out" "Extra sentence number 3." "but no sentence past the limit of 2 is spoken ${iso}"
	contains "$T/err" "story 'Many story': summarizer 'liarsummarizer' did not keep to its request on this story: 198 sentences past the limit dropped" "and the excess is reported ${iso}"
	python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$T/out"
	ok $? "the script is valid UTF-8 ${iso}"
	contains "$T/err" "story 'Bytes story': summarizer 'liarsummarizer' did not keep to its request on this story: invalid UTF-8 replaced" "invalid UTF-8 is reported ${iso}"
done

# ---- 9. integers that would wrap ----
printf 'timeout = 4294967298;\nsources = ( { name = "A"; plugin = "file"; path = "a"; } );\n' > "$T/wrap1.conf"
run wrap1 "$CRIER" check-config -c "$T/wrap1.conf"
is "$rc" 2 "timeout = 4294967298 is refused"
contains "$T/err" "wrap1.conf:1: the integer 4294967298 is out of range" "naming the file and line"
printf 'sources = ( { name = "A"; plugin = "file"; path = "a";\n  speech = { rate = 4294967376; }; } );\n' > "$T/wrap2.conf"
run wrap2 "$CRIER" -n -c "$T/wrap2.conf"
is "$rc" 2 "rate = 4294967376 is refused by a briefing"
contains "$T/err" "wrap2.conf:2: the integer 4294967376 is out of range" "naming the file and line"
printf 'timeout = 4294967298L;\nsources = ( { name = "A"; plugin = "file"; path = "a"; } );\n' > "$T/wrap3.conf"
run wrap3 "$CRIER" check-config -c "$T/wrap3.conf"
contains "$T/err" "wrap3.conf:1: 'timeout' must be between 1 and 3600, not 4294967298" "a 64-bit integer is range-checked whole"
printf 'summarizer = { plugin = "lead"; sentences = 4294967298L; };\nsources = ( { name = "A"; plugin = "file"; path = "a"; } );\n' > "$T/wrap4.conf"
run wrap4 "$CRIER" check-config -c "$T/wrap4.conf"
contains "$T/err" "wrap4.conf:1: 'sentences' must be between 0 and" "a summarizer's length is range-checked before it is narrowed"

printf 'timeout = 4294967298;\n' > "$T/wrapinc.conf"
printf '@include "wrapinc.conf"\nsources = ( { name = "A"; plugin = "file"; path = "a"; } );\n' > "$T/wrap5.conf"
run wrap5 sh -c 'cd "$1" && exec "$2" check-config -c wrap5.conf' sh "$T" "$CRIER"
is "$rc" 2 "an integer that would wrap in an @include'd file is refused"
contains "$T/err" "wrapinc.conf:1: the integer 4294967298 is out of range" "naming that file and line"
# A plugin's own integers: range-checked by crier_settings_int_range().
for kv in "max_items = 4294967298L" "max_size = -1" "max_items = -3" "max_size = 4294967296L"; do
	key=${kv%% *}
	val=${kv##* }
	val=${val%L}
	printf 'sources = ( { name = "A"; plugin = "file"; path = "a";\n  %s; } );\n' "$kv" > "$T/wrap6.conf"
	run wrap6 "$CRIER" -n -c "$T/wrap6.conf"
	[ "$rc" -ne 0 ]
	ok $? "file source: $kv fails the source (status $rc)"
	contains "$T/err" "wrap6.conf:2: '$key' must be between" "file source: $kv is named with its file, line and range"
	contains "$T/err" "not $val" "file source: and the value given ($val)"
done
printf 'sources = ( { name = "F"; plugin = "feed"; url = "endless.xml"; max_age = -1; } );\n' > "$T/wrap7.conf"
run wrap7 "$CRIER" -n -c "$T/wrap7.conf"
contains "$T/err" "wrap7.conf:1: 'max_age' must be between 0 and" "feed source: a negative max_age is refused with its line"

# ---- 10. the smaller ones ----
printf 'sources = ( { name = "Quitter"; plugin = "exitsource"; },\n  { name = "A"; plugin = "file"; path = "a/a.txt"; } );\n' > "$T/exit.conf"
run exit timeout 60 "$CRIER" -n -c "$T/exit.conf"
contains "$T/err" "source 'Quitter' (exitsource): the plugin ended its process (exit status 0) before the source was finished" "exit(0) inside fetch is reported as such"
lacks "$T/err" "malformed" "not as malformed data"

# Kill crier's helper process (the one that starts the sources) while a
# source has finished but is not yet reported as ended: that source is
# still taken, and the one still running is reported, not all of them.
cat > "$T/helper.conf" <<CONF
jobs = 2;
timeout = 8;
sources = (
  { name = "Gated"; plugin = "forksource"; hang = false; gate = "$T/gate"; pidfile = "$T/gated.pid"; },
  { name = "Stuck"; plugin = "forksource"; pidfile = "$T/stuck.pid"; }
);
CONF
# The helper is crier's child; the workers are the helper's children.
zombie_child() {
	for c in $(pgrep -P "$helper"); do
		[ "$(cut -d ' ' -f 3 "/proc/$c/stat" 2>/dev/null)" = Z ] && return 0
	done
	return 1
}
two_workers() {
	helper=$(pgrep -P "$crier" | head -n 1)
	[ -n "$helper" ] && [ "$(pgrep -P "$helper" | wc -l)" -ge 2 ]
}
waitfor() {	# waitfor SECONDS CMD...
	n=$(($1 * 5)); shift
	while [ "$n" -gt 0 ]; do "$@" && return 0; sleep 0.2; n=$((n - 1)); done
	return 1
}
"$CRIER" -n -c "$T/helper.conf" > "$T/out" 2> "$T/err" &
crier=$!
waitfor 30 two_workers
ok $? "crier's helper has started both sources"
kill -STOP "$helper"
touch "$T/gate"
waitfor 30 zombie_child
ok $? "the gated source has finished; the stopped helper cannot report it"
kill -KILL "$helper"
i=0
while kill -0 "$crier" 2>/dev/null && [ $i -lt 300 ]; do sleep 0.2; i=$((i + 1)); done
kill -0 "$crier" 2>/dev/null && kill -9 "$crier"
wait "$crier"
contains "$T/out" "The forking source still sent this story." "a source that finished is still spoken when the helper is killed"
lacks "$T/err" "source 'Gated'" "and is not reported as failed"
contains "$T/err" "source 'Stuck' (forksource):" "the source still running is reported"
gone "$T/gated.pid" "$T/stuck.pid"
ok $? "and no process either left behind outlives the briefing"

printf 'sources = ( { name = "Chatty"; plugin = "chattysource"; } );\n' > "$T/chatty.conf"
run chattylist timeout 60 "$CRIER" list -c "$T/chatty.conf"
contains "$T/out" "Chatty story" "crier list lists a chatty source's story"
lacks "$T/out" "CHATTY-" "but not what the plugin wrote to standard output"
run chattydry timeout 60 "$CRIER" -n -c "$T/chatty.conf"
contains "$T/out" "The chatty source sent this." "--dry-run prints its story"
lacks "$T/out" "CHATTY-" "but not what the plugin wrote to standard output"
# Without isolation the plugin runs in crier's process: a dry run prints
# on a private copy of standard output, and descriptor 1 points at
# standard error meanwhile (briefing/print_stream.c).
run chattyinproc timeout 60 "$CRIER" -n --no-isolation -c "$T/chatty.conf"
contains "$T/out" "The chatty source sent this." "--no-isolation: --dry-run prints its story"
lacks "$T/out" "CHATTY-" "--no-isolation: a plugin's standard output stays out of --dry-run"
contains "$T/err" "CHATTY-PRINTF-NOISE" "its printf() goes to standard error"
contains "$T/err" "CHATTY-WRITE-NOISE" "and so does its write(1, ...)"
run chattypipe sh -c '"$0" -n --no-isolation -c "$1" | cat' "$CRIER" "$T/chatty.conf"
lacks "$T/out" "CHATTY-" "--no-isolation: nor when standard output is a pipe (buffered)"
contains "$T/out" "The chatty source sent this." "which still gets the script"

# A read-only ledger: listed, used to skip what was heard, and the
# briefing says once that it cannot record what is heard now.
# ro_ledger CMD...: runs CMD with the state directory read-only (a
# read-only bind mount in a private mount namespace; root ignores modes).
state="$XDG_STATE_HOME/crier"
ro_ledger() {
	for u in "unshare -m" "unshare -r -m"; do
		$u true 2>/dev/null || continue
		$u sh -c 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"' "$state" "$@"
		return $?
	done
	return 125
}
printf 'sources = ( { name = "A"; plugin = "file"; path = "a"; } );\n' > "$T/ro.conf"
rm -rf "$state"
printf 'Ferry service returns to the island after winter storms\n\nThe ferry sailed. It is back.\n' > "$T/a/a.txt"
run roheard "$CRIER" -c "$T/ro.conf" --driver null
is "$rc" 0 "a briefing records its stories in the ledger"
printf 'A new story arrives\n\nThis story came after the ledger became read-only. It is new.\n' > "$T/a/c.txt"
ro_ledger sh -c '"$0" -c "$1" --driver null > "$2/out" 2> "$2/err"; echo $? > "$2/rc"' "$CRIER" "$T/ro.conf" "$T"
if [ $? -eq 125 ]; then
	echo "ok $((tap_n + 1)) - # SKIP no mount namespace for a read-only ledger"
	tap_n=$((tap_n + 1))
else
	is "$(cat "$T/rc")" 0 "a briefing with a read-only ledger runs"
	n=$(grep -c "the ledger is read-only" "$T/err")
	is "$n" 1 "it says once that the ledger is read-only"
	contains "$T/err" "the ones heard now cannot be recorded and will be spoken again" "and what that means"
	lacks "$T/err" "not an error" "with SQLite's real reason"
	ro_ledger sh -c '"$0" -n -c "$1" > "$2/out" 2> "$2/err"' "$CRIER" "$T/ro.conf" "$T"
	contains "$T/out" "A new story arrives" "the story heard with the ledger read-only is spoken again"
	lacks "$T/out" "Ferry service" "but the one heard before is still skipped"
	ro_ledger sh -c '"$0" history > "$2/out" 2> "$2/err"; echo $? > "$2/rc"' "$CRIER" "" "$T"
	is "$(cat "$T/rc")" 0 "crier history works on a read-only ledger"
	contains "$T/out" "A: Ferry service returns" "and lists what was heard"
fi

# An XML error in a feed: the items before it (and what libxml2 recovers
# after it) are kept, and a warning names the source and the line.
cat > "$T/broken.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>B</title>
<item><title>Before the error</title><link>http://b.example/1</link><description>The first item is whole. It is spoken.</description></item>
<item><title>At the error</title><link>http://b.example/2</link><description>This one has <b>an unclosed tag.</description></item>
<item><title>After the error</title><link>http://b.example/3</link><description>The third item follows the error. It is spoken.</description></item>
</channel></rss>
XML
printf 'sources = ( { name = "Broken"; plugin = "feed"; url = "broken.xml"; } );\n' > "$T/broken.conf"
run broken timeout 60 "$CRIER" -n -c "$T/broken.conf"
is "$rc" 0 "a feed with an XML error still makes a briefing"
contains "$T/out" "The first item is whole." "the item before the error is spoken"
contains "$T/out" "The third item follows the error." "and the item after it"
contains "$T/err" "Broken: warning: line 4: the feed is not well-formed XML" "a warning names the source and the line of the error"
done_testing
