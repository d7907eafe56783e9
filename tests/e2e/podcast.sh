#!/bin/sh
# podcast.sh - "crier podcast" end to end: episodes and feed.xml in the
# folder, read by python3-feedparser and by crier's own feed source from
# a loopback HTTP server; enclosure lengths, pruning, two runs a minute,
# and bad input that loses nothing: a URL that is not one, an unusable
# folder, a write that fails part way (a file size limit, the testable
# stand-in for a full disk), a corrupt episode list, a hand-edited feed.
#
# PODCAST_FORMAT (default mp3) is the episodes' format; one opus episode
# is made beside.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
. "$CRIER_SRCDIR/tests/http/lib.sh"
CHECK="/usr/bin/python3 $CRIER_SRCDIR/tests/e2e/podcast_check.py"
fmt=${PODCAST_FORMAT:-mp3}

mkdir "$T/a" "$T/pod"
for i in 1 2 3; do
	printf 'Report %s from the harbour town\n\nThe harbour master said that ship number %s arrived late because of fog. Crews unloaded grain & timber through the night.\n' \
		$i $i > "$T/a/r$i.txt"
done
start_http_server --root "$T/pod" --lifetime 120
url="$HTTP_BASE/feeds/"
conf() {	# conf KEEP [URL [FOLDER]]: writes $T/c.conf
	cat > "$T/c.conf" <<CONF
sources = ( { name = "Harbour"; plugin = "file"; path = "a"; } );
podcast = { folder = "${3:-pod}"; url = "${2:-$url}"; title = "Morning & evening";
	    keep = $1; format = "$fmt"; };
CONF
}
episodes() {	# the audio files in the folder
	ls "$T/pod" | grep -c "\.$fmt\$"
}

conf 2
run first "$CRIER" --config "$T/c.conf" podcast
is "$rc" 0 "crier podcast exits 0"
contains "$T/err" "added to" "and says where the episode went"
$CHECK "$T/pod" > "$T/check"
ok $? "feedparser reads feed.xml and every file it names is complete"
sed 's/^/# /' "$T/check"
contains "$T/check" "channel: Morning & evening" "the channel's title"
contains "$T/check" "itunes: True" "the iTunes namespace"
contains "$T/check" "podcast: True" "the Podcasting 2.0 namespace"
is "$(grep -c '^episode:' "$T/check")" 1 "one episode"
ep=$(sed -n 's/^episode: [^|]*| \([^ ]*\) .*/\1/p' "$T/check")
id=${ep%.*}
contains "$T/check" ".chapters.json | $id.vtt" "with chapters and the transcript"
grep -q '"startTime":' "$T/pod/$id.chapters.json"
ok $? "the chapters file is Podcasting 2.0 JSON"
# The chapters are the .vtt's cues.
sed -n 's/^\([0-9:.]*\) --> .*/\1/p' "$T/pod/$id.vtt" |
	awk -F: '{ printf "%.3f\n", $1 * 3600 + $2 * 60 + $3 }' > "$T/cues"
sed -n 's/.*"startTime":\([0-9.]*\).*/\1/p' "$T/pod/$id.chapters.json" > "$T/starts"
diff "$T/cues" "$T/starts" > /dev/null && [ -s "$T/cues" ]
ok $? "chapter starts are the .vtt cue starts"
contains "$T/pod/feed.xml" "<description>Harbour: Report 1 from the harbour town" \
	"the description lists the stories"
# The audio's own chapters (ffprobe) start where the .vtt's cues do.
ffprobe -v error -print_format compact=nk=1:p=0 -show_entries chapter=start_time \
	"$T/pod/$ep" > "$T/ffch"
awk 'NR == FNR { cue[n++] = $1; next }
     { for (i = 0; i < n; i++) if ($1 - cue[i] < 0.05 && cue[i] - $1 < 0.05) found++ }
     END { exit !(n > 0 && found == n) }' "$T/cues" "$T/ffch"
ok $? "every .vtt cue starts a chapter of the $fmt file within 50 ms"
sed 's/^/# chapter at /' "$T/ffch"
dur=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$T/pod/$ep")
feed_dur=$(sed -n 's/^episode: .*| \([0-9]*\) | [^|]* | [^|]*$/\1/p' "$T/check")
awk -v a="$dur" -v b="$feed_dur" 'BEGIN { exit !(b - a < 1 && a - b < 1) }'
ok $? "itunes:duration is the audio's ($feed_dur s, ffprobe $dur s)"

run crier_feed "$CRIER" feed "${url}feed.xml"
is "$rc" 0 "crier's own feed source reads the feed over HTTP"
contains "$T/out" "Morning & evening: " "and lists the episode"

# Two runs in one minute make two episodes.
run second "$CRIER" --config "$T/c.conf" podcast --all
is "$rc" 0 "a second run"
$CHECK "$T/pod" > "$T/check"
ok $? "the feed is still complete"
is "$(grep -c '^episode:' "$T/check")" 2 "two episodes"
is "$(episodes)" 2 "two audio files"

# keep = 2: a third run prunes the oldest, files and all.
run third "$CRIER" --config "$T/c.conf" podcast --all
$CHECK "$T/pod" > "$T/check"
ok $? "after pruning the feed is complete"
is "$(grep -c '^episode:' "$T/check")" 2 "keep = 2 keeps two episodes"
is "$(episodes)" 2 "and two audio files"
[ ! -e "$T/pod/$id.vtt" ] && [ ! -e "$T/pod/$id.chapters.json" ] && [ ! -e "$T/pod/$ep" ]
ok $? "the pruned episode's files are gone"

# Nothing new: no episode, the feed untouched.
cp "$T/pod/feed.xml" "$T/feed.before"
run nothing_new "$CRIER" --config "$T/c.conf" podcast
is "$rc" 5 "nothing new exits 5"
cmp -s "$T/pod/feed.xml" "$T/feed.before"
ok $? "and leaves the feed as it was"

# A hand-edited feed is kept aside, not lost.
sed 's/Morning &amp; evening/My own title/' "$T/feed.before" > "$T/pod/feed.xml"
run edited "$CRIER" --config "$T/c.conf" podcast --all
is "$rc" 0 "a run after the feed was edited by hand"
contains "$T/err" "was not written by crier (edited by hand?)" "warns about the edit"
ls "$T/pod" | grep -q '^feed\.xml\.edited-' &&
	grep -q "My own title" "$T/pod"/feed.xml.edited-*
ok $? "the edited feed is kept"
$CHECK "$T/pod" > "$T/check"
ok $? "and the new feed is complete"

# A base URL that is not a URL.
conf 2 "example.org/crier"
run bad_url "$CRIER" --config "$T/c.conf" podcast
is "$rc" 2 "a URL without http:// exits 2"
contains "$T/err" "c.conf:2: podcast url 'example.org/crier' is not an http:// or https:// address" \
	"and names the line"
conf 2 "https://exa mple.org/"
run bad_url2 "$CRIER" --config "$T/c.conf" podcast
is "$rc" 2 "a URL with a space exits 2"

# A folder that cannot be made.
: > "$T/file"
conf 2 "$url" "file/pod"
run bad_folder "$CRIER" --config "$T/c.conf" podcast
is "$rc" 3 "a folder that cannot be made exits 3"
contains "$T/err" "podcast folder $T/file/pod: Not a directory" "and names it"

# A corrupt episode list: refused, kept, the feed untouched.
conf 5
cp "$T/pod/.crier-episodes.json" "$T/list.good"
cp "$T/pod/feed.xml" "$T/feed.before"
echo '{ "episodes": [ ' > "$T/pod/.crier-episodes.json"
run corrupt "$CRIER" --config "$T/c.conf" podcast --all
is "$rc" 3 "a corrupt episode list exits 3"
contains "$T/err" ".crier-episodes.json: not valid JSON" "and names the file"
is "$(cat "$T/pod/.crier-episodes.json")" '{ "episodes": [ ' "the list is left as it was"
cmp -s "$T/pod/feed.xml" "$T/feed.before"
ok $? "and the feed too"
cp "$T/list.good" "$T/pod/.crier-episodes.json"

# A write that fails part way (the file size limit stands in for a full
# disk): the run fails, the feed still names only complete files.
n_before=$(episodes)
(trap '' XFSZ; ulimit -f 40; exec "$CRIER" --config "$T/c.conf" podcast --all) \
	> "$T/out" 2> "$T/err"
rc=$?
ok $((rc == 0)) "a briefing that cannot be written fails (status $rc)"
sed 's/^/# /' "$T/err"
cmp -s "$T/pod/feed.xml" "$T/feed.before"
ok $? "the feed is as it was"
$CHECK "$T/pod" > "$T/check"
ok $? "and every file it names is complete"
run after_full "$CRIER" --config "$T/c.conf" podcast --all
is "$rc" 0 "the next run works"
$CHECK "$T/pod" > "$T/check"
ok $? "and its feed is complete"
is "$(grep -c '^episode:' "$T/check")" $((n_before + 1)) "with the new episode"

# An Opus podcast beside.
sed -e 's/format = "[a-z0-9]*"/format = "opus"/' -e 's/folder = "pod"/folder = "opod"/' \
	"$T/c.conf" > "$T/o.conf"
run opus "$CRIER" --config "$T/o.conf" podcast --all
is "$rc" 0 "an Opus podcast"
$CHECK "$T/opod" > "$T/check"
ok $? "its feed is complete"
contains "$T/check" "| audio/ogg |" "with audio/ogg enclosures"
opusinfo "$T"/opod/*.opus > "$T/info" 2>&1 && ! grep -q -e WARNING -e ERROR "$T/info"
ok $? "opusinfo finds the episode valid"

run help "$CRIER" --help
contains "$T/out" "podcast" "--help lists podcast"
done_testing
