/*
 * speech.h - speaking text with espeak-ng into an audio output.
 *
 * espeak-ng runs in synchronous mode: speech_say() returns when the text
 * has been synthesized and every sample handed to the audio output.  There
 * is one synthesizer per process.
 */
#ifndef CRIER_SPEECH_H
#define CRIER_SPEECH_H

#include "audio.h"
#include "config.h"

/*
 * Starts espeak-ng.  Returns its sample rate, or -1 with crier_error()
 * set (espeak-ng data not installed, say).
 */
int speech_init(void);
/* Sets voice, rate, pitch and volume; -1 with crier_error() if the voice is unknown. */
int speech_configure(const struct speech_settings *sp);
/*
 * Speaks text into out.  Returns 0; 1 when interrupted (speech_interrupt());
 * -1 with crier_error() when synthesis or the audio output failed.
 */
int speech_say(const char *text, struct audio *out);
/* Makes a running speech_say() stop soon; safe in a signal handler. */
void speech_interrupt(void);
int speech_interrupted(void);
void speech_shutdown(void);

#endif
