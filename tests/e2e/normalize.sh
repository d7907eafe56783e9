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

run help "$CRIER" normalize --help
contains "$T/out" "--lang LANG" "--help lists --lang"

done_testing
