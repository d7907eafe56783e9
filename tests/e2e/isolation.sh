#!/bin/sh
# isolation.sh - a source plugin that crashes, hangs or eats memory, and
# a summarizer that crashes or hangs on a story, are stopped and reported
# by name; the briefing goes on with everything else.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

export CRIER_PLUGIN_PATH="$CRIER_BUILDDIR/tests/plugins/faulty/.libs:$CRIER_PLUGIN_PATH"
demo_articles "$T/a"
mkdir "$T/c"
printf 'Crash story\n\nThis text makes the summarizer CRASH. It is long enough.\n' > "$T/c/1.txt"
printf 'Calm story\n\nThe summarizer keeps this sentence. Not this one.\n' > "$T/c/2.txt"
printf 'Hang story\n\nThis text makes the summarizer HANG for ever. Really.\n' > "$T/c/3.txt"
# The limits are generous, so that a busy machine meets them only where
# a plugin is meant to: the memory eater reaches 300 MB long before 12 s,
# the calm story is summarized well within 3 s.  Two sources hang: run one
# after the other they would take 24 s.
cat > "$T/f.conf" <<'CONF'
timeout = 12;
summarizer_timeout = 3;
memory_limit = 300;
sources = (
  { name = "Crashing"; plugin = "crashsource"; },
  { name = "Island News"; plugin = "file"; path = "a/a.txt"; },
  { name = "Hanging"; plugin = "hangsource"; },
  { name = "Hanging too"; plugin = "hangsource"; },
  { name = "Hungry"; plugin = "hogsource"; },
  { name = "Noisy"; plugin = "garbagesource"; },
  { name = "Tricky"; plugin = "file"; path = "c";
    summarizer = { plugin = "crashsummarizer"; sentences = 1; }; }
);
CONF
start=$(date +%s)
run brief "$CRIER" -n -c "$T/f.conf"
took=$(( $(date +%s) - start ))
is "$rc" 1 "failing sources give exit status 1"
contains "$T/err" "source 'Crashing' (crashsource): the plugin crashed (Segmentation fault)" "a crashing source is reported"
contains "$T/err" "source 'Hanging' (hangsource): timed out after 12 s and was stopped" "a hanging source is stopped at its timeout"
contains "$T/err" "source 'Hanging too' (hangsource): timed out after 12 s and was stopped" "and so is the other"
contains "$T/err" "source 'Hungry' (hogsource): the plugin crashed" "a source that eats memory is stopped"
contains "$T/err" "source 'Noisy' (garbagesource): the plugin's process sent malformed data" "a source that sends garbage back is rejected"
lacks "$T/out" "never seen" "nothing of a crashed source is spoken"
contains "$T/out" "From Island News: Ferry service" "the good source is briefed"
contains "$T/err" "source 'Tricky': story 'Crash story': summarizer 'crashsummarizer' crashed (Segmentation fault) on this story; lead used" "a crashing summarizer is reported for its story"
contains "$T/out" "This text makes the summarizer CRASH." "and lead summarizes that story"
contains "$T/out" "The summarizer keeps this sentence." "the next story uses the summarizer again"
contains "$T/err" "story 'Hang story': summarizer 'crashsummarizer' took over 3 s on this story; lead used" "a hanging summarizer is stopped"
[ "$took" -lt 24 ]
ok $? "sources run in parallel under their timeouts ($took s)"

run inproc "$CRIER" -n --no-isolation -c "$CRIER_SRCDIR/config/demo/crier.conf"
is "$rc" 0 "--no-isolation runs the sources in crier's process"
contains "$T/out" "From the Crier Gazette" "with the same script"
done_testing
