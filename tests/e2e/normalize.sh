#!/bin/sh
# normalize.sh - "crier normalize": operands or stdin in, the speakable
# text out, one process per call, no config needed.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

run args "$CRIER" normalize "Dr. Ruiz paid" '$2.5bn (about £2bn).'
is "$rc" 0 "normalize exits 0"
is "$(cat "$T/out")" "Doctor Ruiz paid 2.5 billion dollars, about 2 billion pounds." \
	"the operands are joined and normalized"

printf 'Temperatures hit 31\302\260C \342\200\224 a record.\n' > "$T/in"
run stdin "$CRIER" normalize - < "$T/in"
is "$(cat "$T/out")" "Temperatures hit 31 degrees Celsius, a record." \
	"'-' reads stdin"

run lang "$CRIER" normalize --lang fr "Paris & Lyon (France)"
is "$(cat "$T/out")" "Paris et Lyon, France" "--lang picks the language's words"

run nocfg "$CRIER" --config "$T/missing.conf" normalize "It rose 3%."
is "$(cat "$T/out")" "It rose 3 percent." "no config is read"

# One case per category the general rules cover (our own examples).
norm_is() {
	run case "$CRIER" normalize -- "$1"
	is "$(cat "$T/out")" "$2" "$3"
}
norm_is "Write to desk@rai.it" "Write to desk at rai dot I T" \
	"electronic: a country-code domain is spelled"
norm_is "See www.fire.gov/alerts/red-flag" \
	"See www dot fire dot gov slash alerts slash red dash flag" \
	"electronic: www and a path of words are read"
norm_is "Call 0161 496 0734" "Call zero one six one, four nine six, zero seven three four" \
	"telephone: a British number"
norm_is "Held Sept. 8-10." "Held September eighth to tenth." \
	"date: a month and a range of days"
norm_is "a #draft# note" "a #draft# note" \
	"serial: a word between two # is no hashtag"
norm_is "Aid of USD 40m and Rs 2 crore" \
	"Aid of 40 million US dollars and 2 crore rupees" \
	"money: currency codes and Indian scales"
norm_is "Talks end at 1800 GMT." "Talks end at eighteen hundred GMT." \
	"time: four digits before a time zone"
norm_is "open 10 - 12 hours" "open 10 to 12 hours" \
	"range: a spaced dash between rising numbers"
norm_is "Bids start at \$.25." "Bids start at point two five dollars." \
	"money: a price without a whole part"
norm_is "Signed 2019-4-2." "Signed April second, twenty nineteen." \
	"date: ISO with one-digit month and day"
norm_is "Vote on Tues 9 dec. 2031." \
	"Vote on Tuesday the ninth of December twenty thirty one." \
	"date: a weekday and a lower-case abbreviated month"
norm_is "Signed 21.06.2026" "Signed the twenty first of June twenty twenty six" \
	"date: a dotted date is day first"
norm_is "the 1988-2011 cohort" "the nineteen eighty eight to twenty eleven cohort" \
	"range: years from 2010 said as years"
norm_is "a dose of 5 mg/kg" "a dose of 5 milligrams per kilogram" \
	"measure: a unit per a unit"
norm_is "Call 489-2731." "Call four eight nine, two seven three one." \
	"telephone: a local number"
norm_is "at 3517 Elm Ave" "at thirty five seventeen Elm Avenue" \
	"address: a house number in pairs"

run help "$CRIER" normalize --help
contains "$T/out" "--lang LANG" "--help lists --lang"

done_testing
