#!/bin/sh
# complete_output.sh - a file at the destination is complete or absent
# (issue 18, item 6): crier writes a briefing and its chapters under a
# temporary name beside the destination and renames them over it only
# when complete and synced.  SIGKILL mid-write leaves no destination (or
# the previous file, unchanged); a full disk leaves no truncated file and
# fails naming the file and the reason; a pipe is still written directly.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

demo_articles "$T/short"
cat > "$T/short.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "short"; } );
CONF
# Ten long stories: a briefing that takes long enough to be killed in.
long_articles "$T/long"

# grown DIR NAME: the size of the largest of DIR/NAME (when changed since
# $T/start was touched) and the temporary files crier writes for it
# (.NAME.part-PID); 0 when there is none.
grown() {
	{
		find "$1" -maxdepth 1 -name "$2" -newer "$T/start" -printf '%s\n'
		for f in "$1/.$2".part-*; do
			stat -c %s "$f" 2> /dev/null
		done
	} | sort -n | tail -1 | grep . || echo 0
}

# kill_mid_write DIR NAME: a long briefing to DIR/NAME, killed with
# SIGKILL once 200 kB of it are written; says so in $killed_at.
kill_mid_write() {
	touch "$T/start"
	"$CRIER" -q --all -c "$T/long.conf" --output "$1/$2" > /dev/null 2>&1 &
	pid=$!
	i=0
	while [ $i -lt 600 ] && [ "$(grown "$1" "$2")" -lt 200000 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	killed_at=$(grown "$1" "$2")
	kill -KILL $pid
	wait $pid 2> /dev/null
}

# ---- SIGKILL with nothing at the destination before ----
mkdir "$T/k"
kill_mid_write "$T/k" b.wav
num_between "$killed_at" 200000 1000000000
ok $? "the killed briefing had written $killed_at bytes"
test ! -e "$T/k/b.wav"
ok $? "after SIGKILL there is no WAV file at the destination"
test ! -e "$T/k/b.vtt"
ok $? "and no chapters file"
ls -A "$T/k" > "$T/ls"
is "$(grep -cv '^\.b\.\(wav\|vtt\)\.part-[0-9]*$' "$T/ls")" 0 \
	"what is left are hidden temporary files ($(tr '\n' ' ' < "$T/ls"))"

# The next briefing there removes the dead run's temporary file.
run next "$CRIER" -q --all -c "$T/short.conf" --output "$T/k/b.wav"
is "$rc" 0 "the next briefing to the same file exits 0"
soxi "$T/k/b.wav" > /dev/null 2>&1
ok $? "and leaves a valid WAV file"
is "$(ls -A "$T/k" | tr '\n' ' ')" "b.vtt b.wav " \
	"beside its chapters, and no temporary file of the killed run"

# ---- SIGKILL over a previous briefing ----
chmod 640 "$T/k/b.wav"
cp -p "$T/k/b.wav" "$T/before.wav"
cp -p "$T/k/b.vtt" "$T/before.vtt"
kill_mid_write "$T/k" b.wav
cmp -s "$T/k/b.wav" "$T/before.wav"
ok $? "after SIGKILL the destination holds the previous WAV file, unchanged"
cmp -s "$T/k/b.vtt" "$T/before.vtt"
ok $? "and the previous chapters file, unchanged"
run again "$CRIER" -q --all -c "$T/short.conf" --output "$T/k/b.wav"
is "$(stat -c %a "$T/k/b.wav")" 640 "a replaced file keeps its permissions"

# ---- the ledger: a killed run marks nothing ----
rm -rf "$XDG_STATE_HOME/crier"
mkdir "$T/l"
kill_mid_write "$T/l" b.wav
run hist "$CRIER" history --limit 0
is "$(wc -l < "$T/out" | tr -d ' ')" 0 \
	"a briefing killed before its file was kept marks no story heard"

# ---- a symbolic link is written through ----
mkdir "$T/s"
ln -s real.wav "$T/s/link.wav"
run link "$CRIER" -q --all -c "$T/short.conf" --output "$T/s/link.wav"
test -L "$T/s/link.wav" && soxi "$T/s/real.wav" > /dev/null 2>&1
ok $? "a destination that is a symbolic link stays one; the file it names is written"

# ---- a pipe is written directly ----
mkdir "$T/p"
(cd "$T/p" && "$CRIER" -q --all -c "$T/short.conf" --output - > "$T/pipe.wav" 2> "$T/err")
is "$?" 0 "--output - writes standard output"
soxi "$T/pipe.wav" > /dev/null 2>&1
ok $? "a WAV stream"
is "$(ls -A "$T/p" | tr '\n' ' ')" "" "and no file (no ./-.vtt, no temporary file)"

# ---- a full disk: a small tmpfs in a private mount namespace ----
mkdir "$T/full"
# full_mount SIZE CMD...: runs CMD with $T/full a fresh tmpfs of SIZE;
# 125 when no mount namespace can be made here (the reason in $T/why).
full_mount() {
	size=$1
	shift
	for u in "unshare -m" "unshare -r -m"; do
		$u sh -c 'mount -t tmpfs -o size="$1" tmpfs "$0"' "$T/full" \
			"$size" 2> "$T/why" || continue
		$u sh -c 'mount -t tmpfs -o size="$1" tmpfs "$0" && shift &&
			exec "$@"' "$T/full" "$size" "$@"
		return $?
	done
	return 125
}
# full_run EXT CONF SIZE: a briefing of CONF to $T/full/b.EXT on a tmpfs
# of SIZE; status in $T/rc, stderr in $T/err, what is left in $T/ls.
full_run() {
	full_mount "$3" sh -c '"$0" -q --all -c "$1" --output "$2/b.$6" 2> "$3"
		echo $? > "$4"; ls -A "$2" > "$5"' \
		"$CRIER" "$2" "$T/full" "$T/err" "$T/rc" "$T/ls" "$1"
}
# 256 kB: some 6 s of WAV; 32 kB: some 6 s of MP3 at 40 kbit/s, written
# at the end of the short briefing.
full_run wav "$T/long.conf" 256k
if [ $? -eq 125 ]; then
	tap_n=$((tap_n + 1))
	echo "ok $tap_n - # SKIP cannot mount a tmpfs to fill: $(head -1 "$T/why")"
else
	is "$(cat "$T/rc")" 3 "a full disk fails a WAV briefing with status 3"
	contains "$T/err" "$T/full/b.wav" "naming the file"
	contains "$T/err" "disk full" "with the reason"
	is "$(cat "$T/ls")" "" "and leaves no WAV, chapters or partial file there"
	full_run mp3 "$T/short.conf" 32k
	is "$(cat "$T/rc")" 3 "a full disk fails an MP3 briefing with status 3"
	contains "$T/err" "$T/full/b.mp3" "naming the file"
	contains "$T/err" "disk full" "with the reason"
	is "$(cat "$T/ls")" "" "and leaves no MP3, chapters or partial file there"
fi
done_testing
