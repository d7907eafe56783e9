/*
 * voice_names.h - the voices espeak-ng has installed, as crier/speech.h's
 * voices() reports them.
 */
#ifndef ESPEAK_VOICE_NAMES_H
#define ESPEAK_VOICE_NAMES_H

#include <crier/plugin.h>

/*
 * Calls each(data, v) for every language of every installed voice, named
 * the way espeak_SetVoiceByName() finds it.  Returns 0 (an installation
 * without voices lists none).
 */
int espeak_voices(void *state,
		  void (*each)(void *data, const struct crier_voice_info *v),
		  void *data);

/*
 * The name espeak_SetVoiceByName() takes for a voice given by its longer
 * name as "espeak-ng --voices" shows it ("English_(Great_Britain)", in
 * any case, '_' or ' ' alike), with a variant kept ("...+f3" gives
 * "en+f3"), written into buf (size bytes).  NULL when no voice has that
 * name or the result does not fit.
 */
const char *espeak_voice_by_long_name(const char *name, char *buf,
				      size_t size);

#endif
