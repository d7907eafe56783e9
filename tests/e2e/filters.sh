#!/bin/sh
# filters.sh - allow and block lists, per source and global, max_age and
# max_stories decide which stories are spoken.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

demo_articles "$T/a"
mkdir "$T/b"
printf 'Celebrity gossip roundup\n\nA famous singer bought a hat. Nobody asked why.\n' > "$T/b/1.txt"
printf 'Rail strike called off\n\nTrain drivers called off the strike planned for Monday. Talks will go on.\n' > "$T/b/2.txt"
printf 'Rail fares to rise\n\nFares will rise by three per cent in January. Season tickets rise too.\n' > "$T/b/3.txt"
cat > "$T/c.conf" <<'CONF'
filters = { block = [ "celebrity", "title:/choir/" ]; };
sources = (
  { name = "Local"; plugin = "file"; path = "a"; },
  { name = "Mixed"; plugin = "file"; path = "b";
    filters = { allow = [ "rail" ]; block = [ "body:/strike/" ]; }; }
);
CONF
run f "$CRIER" -n -c "$T/c.conf"
is "$rc" 0 "filtered briefing runs"
contains "$T/out" "From Local: Ferry service" "unfiltered stories stay"
lacks "$T/out" "Town choir" "a global title regex blocks"
lacks "$T/out" "Celebrity" "a global keyword blocks, in any case"
lacks "$T/out" "Rail strike" "a source's body regex blocks"
contains "$T/out" "From Mixed: Rail fares to rise" "the source's allow list lets matching stories through"

run v "$CRIER" -n -v -c "$T/c.conf"
contains "$T/err" "'Celebrity gossip roundup' left out: it matches a block pattern" "--verbose says what was left out and why"

cat > "$T/m.conf" <<'CONF'
sources = ( { name = "Mixed"; plugin = "file"; path = "b"; max_stories = 2; } );
CONF
run m "$CRIER" -n -c "$T/m.conf"
is "$(grep -c '^\[story' "$T/out")" 2 "max_stories limits a source"

cat > "$T/bad.conf" <<'CONF'
sources = ( { name = "Local"; plugin = "file"; path = "a";
  filters = { block = [ "/(unclosed/" ]; }; } );
CONF
run bad "$CRIER" -n -c "$T/bad.conf"
is "$rc" 2 "a bad pattern is a config error"
contains "$T/err" "$T/bad.conf:2: filter pattern '/(unclosed/'" "naming its line"

# max_age needs dates: a feed with an old and a new item.
now=$(date -u -R)
cat > "$T/feed.xml" <<FEED
<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title>
<item><title>Fresh news today</title><pubDate>$now</pubDate>
<description>Something happened this morning. People noticed.</description></item>
<item><title>Old news from long ago</title><pubDate>Mon, 01 Jan 2001 10:00:00 +0000</pubDate>
<description>Something happened in 2001. Few remember.</description></item>
</channel></rss>
FEED
cat > "$T/age.conf" <<'CONF'
filters = { max_age = 48; };
sources = ( { name = "Feed"; plugin = "feed"; url = "feed.xml"; } );
CONF
run age "$CRIER" -n -c "$T/age.conf"
contains "$T/out" "Fresh news today" "a fresh story is kept"
lacks "$T/out" "Old news from long ago" "max_age drops an old one"
done_testing
