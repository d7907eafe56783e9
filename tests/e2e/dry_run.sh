#!/bin/sh
# dry_run.sh - the script a briefing would speak, with durations.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

demo_articles "$T/a"
cat > "$T/c.conf" <<'CONF'
sources = (
  { name = "Island News"; plugin = "file"; path = "a/a.txt"; },
  { name = "Town Crier"; plugin = "file"; path = "a/b.md";
    summarizer = { sentences = 1; }; speech = { rate = 120; }; }
);
summarizer = { plugin = "lead"; sentences = 2; };
speech = { rate = 180; pause_ms = 1000; };
briefing = { intro = "Good morning. Here is the news for {date}.";
             transition = "Story {index}, from {source}: {title}.";
             outro = "The end."; };
CONF
# In an empty directory of its own, to see that nothing is written there.
mkdir "$T/cwd"
run dry sh -c 'cd "$1" && shift && exec "$@"' sh "$T/cwd" \
	"$CRIER" --dry-run --config "$T/c.conf"
is "$rc" 0 "a dry run exits 0"
day=$(LC_ALL=C date +%A)
contains "$T/out" "Good morning. Here is the news for $day, " "the intro template with the date"
contains "$T/out" "Story 1, from Island News: Ferry service returns to the island after winter storms." "a transition names source and headline"
contains "$T/out" "Story 2, from Town Crier: Town choir wins regional contest." "a Markdown headline loses its #"
contains "$T/out" "Islanders queued at the pier to collect post and groceries." "the global summarizer takes 2 sentences"
lacks "$T/out" "The operator said" "and no more"
lacks "$T/out" "It was the choir's first win" "a source's own summarizer takes 1"
contains "$T/out" "The end." "the outro"
grep -q '^\[story 1, Island News, 0:[0-9][0-9]\]$' "$T/out"
ok $? "each story has an estimated duration"
grep -q '^Total: [0-9]*:[0-9][0-9] (2 stories)$' "$T/out"
ok $? "and there is a total"
story2=$(sed -n 's/^\[story 2, Town Crier, 0:\([0-9]*\)\]$/\1/p' "$T/out")
# 25 words at 120 wpm take 12.5 s (8.3 s at the global 180 wpm).
num_between "$story2" 11 17
ok $? "the duration follows the source's speech rate ($story2 s)"
is "$(ls -A "$T/cwd")" "" "nothing is spoken or written"

cat > "$T/broken.conf" <<'CONF'
sources = (
  { name = "Missing"; plugin = "file"; path = "nowhere"; },
  { name = "Island News"; plugin = "file"; path = "a/a.txt"; }
);
CONF
run broken "$CRIER" -n -c "$T/broken.conf"
is "$rc" 1 "a failing source gives exit status 1"
contains "$T/err" "source 'Missing' (file): $T/broken.conf:2: $T/nowhere: No such file or directory" "and is reported by name, with the path's line"
contains "$T/out" "From Island News" "while the other sources are still briefed"
done_testing
