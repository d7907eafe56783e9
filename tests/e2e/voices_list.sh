#!/bin/sh
# voices_list.sh - "crier voices" lists what the speech plugin (espeak-ng)
# offers, by code, longer name and languages, optionally for one language;
# every name it prints is one that --voice and speech.voice take.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

run all "$CRIER" voices
is "$rc" 0 "crier voices exits 0"
contains "$T/out" "VOICE" "with a header"
grep -q '^en-us  *English_(America)  *en-us' "$T/out"
ok $? "en-us is listed with its longer name and language"
n=$(grep -c . "$T/out")
num_between "$n" 20 10000
ok $? "and many other voices ($n lines)"

run pt "$CRIER" voices pt-BR
is "$rc" 0 "crier voices pt-BR exits 0"
contains "$T/out" "Portuguese_(Brazil)" "it lists Brazilian Portuguese"
lacks "$T/out" "English" "and no English voice"

run none "$CRIER" voices xx-nowhere
is "$rc" 2 "a language no voice speaks exits 2"
contains "$T/err" "no voice speaks that language" "and says so"

run two "$CRIER" voices en de
is "$rc" 2 "two languages are a usage error"

# The longer name as a voice, with a variant, from the command line and
# from the config: the WAV is speech, not an error.
run say "$CRIER" say --voice 'English_(Great_Britain)+f3' -o "$T/gb.wav" \
	"The harbour reopened this morning."
is "$rc" 0 "say --voice English_(Great_Britain)+f3 speaks"
test -s "$T/gb.wav"
ok $? "and writes the WAV"
run lower "$CRIER" say --voice 'english_(america)' -o "$T/us.wav" "Hello there."
is "$rc" 0 "the longer name in any case"
printf 'speech = { voice = "Portuguese_(Brazil)"; };\n' > "$T/c.conf"
run conf "$CRIER" -c "$T/c.conf" say -o "$T/pt.wav" "Bom dia."
is "$rc" 0 "speech.voice takes a longer name too"
run bad "$CRIER" say --voice 'Nosuchvoice_at_all' -o "$T/x.wav" "Hello."
is "$rc" 2 "an unknown voice is a usage error"
contains "$T/err" "see crier voices" "and points to crier voices"
done_testing
