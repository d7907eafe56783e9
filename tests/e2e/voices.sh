#!/bin/sh
# voices.sh - the voice that "crier say" picks for a language (BCP 47 tag
# or detected), and that espeak-ng really speaks with it.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

cat > "$T/c.conf" <<'CONF'
sources = ( );
CONF

# TAG VOICE: --lang TAG picks VOICE, and speaking with it works.
while read -r tag voice; do
	run "$tag" "$CRIER" -c "$T/c.conf" say -n --lang "$tag" "word"
	contains "$T/out" "voice: $voice" "--lang $tag picks $voice"
	run "$tag" "$CRIER" -c "$T/c.conf" --driver null say --lang "$tag" "word"
	is "$rc" 0 "espeak-ng speaks with $voice"
done <<'VOICES'
en en-us
en-US en-us
en-GB en
pt-BR pt-br
pt-PT pt
de-AT de
fr-CA fr
es es
es-MX es-419
it-IT it
nl-BE nl
sv sv
pl pl
zh-Hant-TW cmn
VOICES

run none "$CRIER" -c "$T/c.conf" say -n --lang xx-YY "word"
is "$rc" 0 "a language without a voice is still spoken"
contains "$T/out" "voice: en-us" "with the config's voice"
contains "$T/err" "no espeak-ng voice speaks 'xx-YY'" "and a warning"

# Paragraphs written for this test: detected, and spoken with their voice.
while read -r lang voice text; do
	run "$lang" "$CRIER" -c "$T/c.conf" say -n "$text"
	contains "$T/out" "language: $lang" "detects $lang"
	contains "$T/out" "voice: $voice" "and speaks it with $voice"
done <<'TEXTS'
fr fr Les pompiers ont maîtrisé l'incendie après une nuit de travail, et aucun blessé n'est à déplorer selon la préfecture.
it it I vigili del fuoco hanno spento l'incendio dopo una notte di lavoro e non ci sono feriti secondo la prefettura.
es es Los bomberos controlaron el incendio tras una noche de trabajo y no hubo heridos, según la prefectura.
nl nl De brandweer heeft de brand na een nacht werken onder controle gekregen en er zijn volgens de politie geen gewonden.
pt pt Os bombeiros controlaram o incêndio depois de uma noite de trabalho e não há feridos, segundo as autoridades.
TEXTS

done_testing
