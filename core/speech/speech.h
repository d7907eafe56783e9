/*
 * speech.h - speaking text with espeak-ng.
 *
 * espeak-ng runs in synchronous mode: speech_render() returns when the
 * text has been synthesized into a PCM buffer, with the places where
 * sentences start; speech_say() renders and plays at once.  There is one
 * synthesizer per process.
 */
#ifndef CRIER_SPEECH_H
#define CRIER_SPEECH_H

#include <stddef.h>
#include <stdint.h>

#include "audio.h"
#include "config/config.h"

/* Synthesized speech: 16-bit mono samples at the rate speech_init() gave. */
struct pcm {
	int16_t *samples;
	size_t n, alloc;
	size_t *sentences;	/* sample offsets where sentences start */
	size_t n_sentences, alloc_sentences;
};

void pcm_init(struct pcm *p);
void pcm_release(struct pcm *p);
/* Appends ms milliseconds of silence at rate. */
void pcm_silence(struct pcm *p, int ms, int rate);

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
int speech_render(const char *text, struct pcm *out);
/* Renders text and plays it on out; 0, 1 (interrupted) or -1. */
int speech_say(const char *text, struct audio *out);
/* Makes a running speech_render() stop soon; safe in a signal handler. */
void speech_interrupt(void);
int speech_interrupted(void);
void speech_shutdown(void);

#endif
