#!/bin/sh
# textrank.sh - the TextRank summarizer on its fixtures
# (tests/plugins/summarizers/).
. "${CRIER_SRCDIR:-.}/tests/plugins/lib.sh"
. "$CRIER_SRCDIR/tests/plugins/summarizers/lib.sh"
cd "$CRIER_SRCDIR/tests/plugins/summarizers" || exit 1

summarize textrank 3 0 storm.txt
check "textrank: 3 sentences" test "$(got_lines)" -eq 3
check "textrank: in article order" in_order storm.txt
check "textrank: no error" no_error

summarize textrank 0 40 storm.txt
check "textrank: 40 words at most" test "$(got_words)" -le 40
check "textrank: 40 words gives a sentence" test "$(got_lines)" -ge 1
check "textrank: 40 words in article order" in_order storm.txt

summarize textrank 0 3 storm.txt
check "textrank: 3 words still gives one sentence" test "$(got_lines)" -eq 1

summarize textrank 0 0 storm.txt
check "textrank: no limit gives 3" test "$(got_lines)" -eq 3

summarize textrank 1 0 hub.txt
check "textrank: the sentence that links all others is the most central" \
	cmp -s hub.central "$T/got"

summarize textrank 2 0 tempete.txt "" fr
check "textrank: French, 2 sentences" test "$(got_lines)" -eq 2
check "textrank: French in article order" in_order tempete.txt

printf '' > "$T/empty.txt"
summarize textrank 3 0 "$T/empty.txt"
check "textrank: empty text gives nothing" test ! -s "$T/got"
done_testing
