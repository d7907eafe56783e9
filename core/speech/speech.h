/*
 * speech.h - the speech-plugin host: text to PCM through the speech
 * plugin the config names (speech.plugin, "espeak" by default; see
 * <crier/speech.h> for the plugin's side).
 *
 * speech_setup() says where the plugin comes from; the plugin is loaded
 * and opened by the first call that needs it (speech_init(), or the
 * voice lookups of voices.h), so commands that never speak never load a
 * synthesizer.  speech_render() returns when the text has been
 * synthesized into a PCM buffer, with the places where sentences start;
 * speech_say() renders and plays at once.  One synthesizer per process;
 * calls never overlap (the prerender thread renders while the main thread
 * waits for it).
 */
#ifndef CRIER_SPEECH_HOST_H
#define CRIER_SPEECH_HOST_H

#include <stddef.h>
#include <stdint.h>

#include "audio.h"
#include "config/config.h"
#include "libcrier.h"

struct loader;

/*
 * Remembers that the speech plugin is c->speech_plugin, found by l, with
 * c's speech group as its settings.  l and c must outlive every call
 * below until speech_shutdown().  Loads nothing.
 */
void speech_setup(struct loader *l, const struct config *c);
/*
 * Loads and opens the speech plugin, once.  Returns its sample rate, or
 * -1 with crier_error() set ("speech plugin 'espeak': ...", or no such
 * plugin, or speech_setup() not called).
 */
int speech_init(void);
/*
 * Sets voice, rate, pitch and volume.  A voice the plugin does not know
 * by name but that names a language ("en-gb", "es-mx+f2") gets that
 * language's voice (voice_fallback()).  -1 with crier_error() when
 * neither works; the previous voice stays.  The plugin's configure() is
 * called only when this changes what it was last set to.
 */
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
/*
 * How many times the plugin's render() was called in this process (the
 * budget's tests count them: each story is synthesized once).
 */
unsigned long speech_renders(void);
/*
 * The synthesizer's name for messages: the first word of the plugin's
 * description ("espeak-ng"), or "speech" before the plugin is loaded.
 */
const char *speech_synth_name(void);
/* Closes the plugin, if it was opened. */
void speech_shutdown(void);

#endif
