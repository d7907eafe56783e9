/*
 * voices.h - choosing the speech plugin's voice for a language.
 *
 * Voices are named the way the plugin's configure() takes them; for
 * espeak-ng the end of a voice's file name ("en" is British English,
 * "en-us", "pt-br", "de", "es-419", "cmn"), optionally with a variant
 * ("en-us+f3").  The installed voices are read from the plugin's
 * voices() once for each plugin opened (speech_plugin.h), on the first
 * call that needs them; that opens the speech plugin (speech_init()) if
 * nothing has yet.  Not thread-safe.
 */
#ifndef CRIER_VOICES_H
#define CRIER_VOICES_H

#include <stddef.h>

#include <crier/speech.h>

/*
 * Calls each(data, v) for every language of every voice the speech plugin
 * lists, in its order (a voice's languages come together), opening the
 * plugin if nothing has yet.  v lives until each() returns; each() may
 * call the lookups below (they use the copy read before).  Returns the
 * number of listings (0 when the plugin lists none), or -1 with
 * crier_error() when the plugin cannot be opened or its listing failed.
 */
int voices_each(void (*each)(void *data, const struct crier_voice_info *v),
		void *data);

/*
 * Writes into out (outlen bytes) the name of the best voice for
 * the BCP 47 tag lang: the voice that lists the longest prefix of lang
 * with the best priority ("en-GB" gives "en", "pt-BR" "pt-br", "de-AT"
 * "de", "es-MX" "es-419", "zh-Hant-TW" "cmn"), else a regional voice of
 * lang's base language.  Case and '_' for '-' do not matter.  Returns 0;
 * or -1 with out set to "" and crier_error() naming lang when no voice
 * speaks it (the caller keeps its voice).
 */
int voice_for_language(const char *lang, char *out, size_t outlen);

/*
 * The voice to speak lang with when configured (may be NULL) is the
 * voice the user set: configured itself when lang is NULL or "", or when
 * configured already speaks it (voice_speaks(): "en-us" speaks "en" and
 * "en-US" but not "en-GB"); else voice_for_language(lang) written into
 * buf (size bytes), with configured's variant ("+f3") kept; else
 * configured.  Returns configured or buf.
 */
const char *voice_choose(const char *lang, const char *configured,
			 char *buf, size_t size);

/*
 * The voice to try when the plugin's configure(voice) failed: voice read
 * as a language, as "espeak-ng --voices" lists them and "espeak-ng -v"
 * takes them ("en-gb" gives "en", "es-mx+f2" "es-419+f2"), in buf (size
 * bytes).  NULL with crier_error() when no voice speaks it.
 */
const char *voice_fallback(const char *voice, char *buf, size_t size);

/*
 * 1 when voice (a name as above) speaks the BCP 47 tag lang, else 0:
 * its name starts with lang ("en-us" speaks "en"), or it lists what
 * voice_for_language() would look lang up by ("en" lists "en-gb", "pt-br"
 * lists "pt", "de" lists "de" of "de-AT").
 */
int voice_speaks(const char *voice, const char *lang);

#endif
