#!/bin/sh
# say.sh - "crier say": speaks normalized text into a WAV file or a libao
# driver, with the voice of --voice, --lang or the config; --dry-run shows
# the choice; the config's lexicon applies.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

cat > "$T/c.conf" <<'CONF'
sources = ( );
CONF
cd "$T" || exit 1

run wav "$CRIER" -c c.conf say --output say.wav "The ferry sailed again on Tuesday after nine days in port."
is "$rc" 0 "say --output exits 0"
is "$(soxi -r say.wav)" 22050 "the WAV is at espeak-ng's rate"
secs=$(wav_seconds say.wav)
num_between "$secs" 2 10
ok $? "it lasts as long as the sentence ($secs s)"
rms=$(wav_rms say.wav)
num_between "$rms" 0.005 1
ok $? "it is not silent (RMS $rms)"

before=$(ls | wc -l)
run norm "$CRIER" -c c.conf say -n 'Dr. Ruiz paid $2.5bn.'
is "$rc" 0 "--dry-run exits 0"
contains "$T/out" "voice: en-us" "the config's voice speaks an English text"
contains "$T/out" "Doctor Ruiz paid 2.5 billion dollars." "the text is normalized"
is "$(ls | wc -l)" "$before" "--dry-run writes no file"

# --lang fr speaks with espeak-ng's French voice: the WAV matches the one
# espeak-ng makes itself with -v fr, and not the English reading.
fr="Le conseil municipal a voté mardi la fermeture de deux bibliothèques au printemps prochain."
run fr "$CRIER" -c c.conf say --lang fr --output fr.wav "$fr"
is "$rc" 0 "say --lang fr exits 0"
"$CRIER" normalize --lang fr "$fr" > fr.txt
espeak-ng -v fr -w ref-fr.wav -f fr.txt
espeak-ng -v en-us -w ref-en.wav -f fr.txt
got=$(wav_seconds fr.wav)
ref=$(wav_seconds ref-fr.wav)
en=$(wav_seconds ref-en.wav)
ratio=$(awk -v a="$got" -v b="$ref" 'BEGIN { print a / b }')
num_between "$ratio" 0.95 1.05
ok $? "its length is espeak-ng -v fr's within 5% ($got s for $ref s)"
ratio=$(awk -v a="$en" -v b="$ref" 'BEGIN { print a / b }')
num_between "$ratio" 0.95 1.05
ok $((1 - $?)) "the English voice's reading differs by more than 5% ($en s)"

run voice "$CRIER" -c c.conf say -n --lang fr --voice de "Bonjour"
contains "$T/out" "voice: de" "--voice wins over --lang"
run det "$CRIER" -c c.conf say -n "Der Stadtrat hat am Dienstag beschlossen, im nächsten Frühjahr zwei Bibliotheken zu schließen."
contains "$T/out" "voice: de" "without --lang, a long enough text's language is detected"
contains "$T/out" "language: de" "and shown"
run short "$CRIER" -c c.conf say -n "Guten Tag"
contains "$T/out" "voice: en-us" "a short text keeps the config's voice"

echo "Read from standard input." > in.txt
run stdin "$CRIER" -c c.conf say -n - < in.txt
contains "$T/out" "Read from standard input." "'-' reads stdin"

# The config's speech.voice and lexicon.
cat > lex.conf <<'CONF'
sources = ( );
speech = { voice = "en-gb-scotland"; };
lexicon = (
	{ match = "GIF"; say = "jif"; },
	{ regex = "([0-9]+)x([0-9]+)"; say = "\\1 by \\2"; lang = "en"; }
);
CONF
run lex "$CRIER" -c lex.conf say -n "A GIF of a 4x4 car."
contains "$T/out" "voice: en-gb-scotland" "speech.voice is used for its language"
contains "$T/out" "A jif of a 4 by 4 car." "the lexicon applies"

cat > badlex.conf <<'CONF'
sources = ( );
lexicon = (
	{ match = "GIF"; sya = "jif"; }
);
CONF
run badlex "$CRIER" -c badlex.conf say -n "A GIF."
is "$rc" 2 "a bad lexicon exits 2"
contains "$T/err" "badlex.conf:3: lexicon: unknown key" "and says where"

run null "$CRIER" -c c.conf --driver null say "Nothing to hear."
is "$rc" 0 "--driver null plays into nothing"
run langvoice "$CRIER" -c c.conf --driver null say --voice en-gb "Hello."
is "$rc" 0 "--voice en-gb, as espeak-ng --voices lists it, works"
run badvoice "$CRIER" -c c.conf say --voice nosuchvoice --output bad.wav "Hello."
is "$rc" 2 "an unknown --voice exits 2"
contains "$T/err" "nosuchvoice" "and names it"
run empty "$CRIER" -c c.conf say -n "  "
is "$rc" 2 "nothing to say exits 2"
run unwritable "$CRIER" -c c.conf say --output /nonexistent/dir/x.wav "Hello."
is "$rc" 3 "an unwritable output exits 3"
run help "$CRIER" say --help
contains "$T/out" "--voice VOICE" "--help lists --voice"
contains "$T/out" "--lang LANG" "--help lists --lang"

done_testing
