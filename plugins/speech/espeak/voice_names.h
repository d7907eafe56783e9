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

#endif
