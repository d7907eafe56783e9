#!/bin/sh
# sample_article.sh - the scraped sample article through the file source
# and the lead summarizer: headline once, no byline, date stamp or
# counter, no repeated sentence.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

sample="$CRIER_SHARED/data/sample/000_a9532a7ac2701e99.txt"
test -r "$sample"
ok $? "the shared sample article is there"
cat > "$T/c.conf" <<CONF
sources = ( { name = "Sample"; plugin = "file"; path = "$sample"; } );
summarizer = { plugin = "lead"; sentences = 3; };
CONF
run dry "$CRIER" --dry-run -c "$T/c.conf"
is "$rc" 0 "the sample is briefed"
headline=$(head -n 1 "$sample")
is "$(grep -cF "$headline" "$T/out")" 1 "the headline is spoken once"
# The byline, date line and counter are the lines between the first
# paragraph and the repeated headline: find them in the file itself.
sed -n '5,8p' "$sample" > "$T/furniture"
while IFS= read -r line; do
	lacks "$T/out" "$line" "page furniture '$line' is not spoken"
done < "$T/furniture"
sed -n '/^\[story 1/,/^$/p' "$T/out" | sed '1d;/^$/d' > "$T/story"
is "$(sort "$T/story" | uniq -d | wc -l)" 0 "no sentence is repeated"
is "$(wc -l < "$T/story")" 4 "transition and three sentences"
done_testing
