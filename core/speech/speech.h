/*
 * speech.h - speaking text with espeak-ng.
 *
 * espeak-ng runs in synchronous mode: speech_render() returns when the
 * text has been synthesized into a PCM buffer, with the places where
 * sentences start; speech_say() renders and plays at once.  There is one
 * synthesizer per process.
 */
#ifndef CRIER_SPEECH_HOST_H
#define CRIER_SPEECH_HOST_H

#include <stddef.h>
#include <stdint.h>

#include "audio.h"
#include "config/config.h"
#include "libcrier.h"

/*
 * Starts espeak-ng.  Returns its sample rate, or -1 with crier_error()
 * set (espeak-ng data not installed, say).
 */
int speech_init(void);
/* Sets voice, rate, pitch and volume; -1 with crier_error() if the voice is unknown. */
int speech_configure(const struct speech_settings *sp);
/*
 * Appends the speech of text to out.  Returns 0; 1 when interrupted
 * (speech_interrupt()); -1 with crier_error() when synthesis failed.
 */
int speech_render(const char *text, struct crier_pcm *out);
/* Renders text and plays it on out; 0, 1 (interrupted) or -1. */
int speech_say(const char *text, struct audio *out);
/* Makes a running speech_render() stop soon; safe in a signal handler. */
void speech_interrupt(void);
int speech_interrupted(void);
void speech_shutdown(void);

#endif
