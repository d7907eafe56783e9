#!/bin/sh
# news.sh - the news summarizer on its fixtures (tests/plugins/summarizers/).
. "${CRIER_SRCDIR:-.}/tests/plugins/lib.sh"
. "$CRIER_SRCDIR/tests/plugins/summarizers/lib.sh"
cd "$CRIER_SRCDIR/tests/plugins/summarizers" || exit 1

summarize news 3 0 storm.txt
check "news: 3 sentences" test "$(got_lines)" -eq 3
check "news: in article order" in_order storm.txt
check "news: no error" no_error

summarize news 0 40 storm.txt
check "news: 40 words at most" test "$(got_words)" -le 40
check "news: 40 words gives a sentence" test "$(got_lines)" -ge 1
check "news: 40 words in article order" in_order storm.txt

summarize news 0 3 storm.txt
check "news: 3 words still gives one sentence" test "$(got_lines)" -eq 1

summarize news 0 0 storm.txt
check "news: no limit gives 3" test "$(got_lines)" -eq 3

summarize news 1 0 storm.txt
check "news: one sentence is the lead, without its dateline" \
	cmp -s storm.lead "$T/got"

summarize news 20 0 storm.txt
check "news: captions, credits, bylines and links never chosen" \
	none_of storm.furniture
check "news: every news sentence when asked for all" test "$(got_lines)" -eq 8
check "news: all in article order" in_order storm.txt

summarize news 3 0 storm.txt "Storm cuts power to thousands of homes"
check "news: with a headline" test "$(got_lines)" -eq 3

summarize news 2 0 tempete.txt "" fr
check "news: French, 2 sentences" test "$(got_lines)" -eq 2
check "news: French in article order" in_order tempete.txt

summarize news 20 0 tempete.txt
check "news: French guessed, furniture left out" none_of tempete.furniture
check "news: French guessed, every news sentence" test "$(got_lines)" -eq 7

# kite.txt is written as pages are published: a byline and time stamps
# set off by " . ", a dateline, and captions and "Scroll down for video"
# run into the sentences without a stop.
summarize news 3 0 kite.txt
check "news: page text, 3 sentences" test "$(got_lines)" -eq 3
check "news: page text in article order" in_order kite.txt
check "news: page text starts with the lead, without its dateline" \
	grep -qx "A kite maker from Keston flew the largest kite.*people\." \
	"$T/got"
summarize news 20 0 kite.txt
check "news: no byline, time stamp, dateline, caption or call to action" \
	sh -c '! grep -E "^By|Tom Reed|EST|Crier Wire|Scroll|Pictured" "$1"' \
	- "$T/got"
check "news: captions are split off the sentences they ran into" \
	grep -qx "The town council had closed the promenade.*safely\." "$T/got"
check "news: no run-on of more than 40 words" \
	awk 'NF > 40 { exit 1 }' "$T/got"
summarize news 1 0 kite.txt
check "news: a caption is not the gist" sh -c '! grep -q "^Huge" "$1"' \
	- "$T/got"

printf '' > "$T/empty.txt"
summarize news 3 0 "$T/empty.txt"
check "news: empty text gives nothing" test ! -s "$T/got"
done_testing
