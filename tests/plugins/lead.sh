#!/bin/sh
# lead.sh - the lead summarizer on its fixtures (tests/plugins/lead/).
. "${CRIER_SRCDIR:-.}/tests/plugins/lib.sh"
cd "$CRIER_SRCDIR/tests/plugins/lead" || exit 1
so="$PLUGINS/lead.so"

check_case "lead: 2 sentences" two.expected "$DRIVER" "$so" summarize 2 0 article.txt
check_case "lead: 25 words" words.expected "$DRIVER" "$so" summarize 0 25 article.txt
check_case "lead: 3 words still gives one sentence" one.expected "$DRIVER" "$so" summarize 0 3 article.txt
check_case "lead: no limit gives 3" three.expected "$DRIVER" "$so" summarize 0 0 article.txt
check_case "lead: abbreviations do not cut sentences" abbrev.expected "$DRIVER" "$so" summarize 2 0 abbrev.txt
check_case "lead: French" french.expected "$DRIVER" "$so" summarize 2 0 french.txt "" fr
printf '' > "$T/empty.txt"
check_case "lead: empty text" /dev/null "$DRIVER" "$so" summarize 3 0 "$T/empty.txt"
done_testing
