/*
 * speech.h - text to PCM through the speech plugin (speech_plugin.h,
 * included here: the plugin is set up, opened and closed there).
 *
 * speech_render() returns when the text has been synthesized into a PCM
 * buffer, with the places where sentences start; speech_say() renders
 * and plays at once.  One synthesizer per process; calls never overlap
 * (the prerender thread renders while the main thread waits for it).
 */
#ifndef CRIER_SPEECH_HOST_H
#define CRIER_SPEECH_HOST_H

#include <stddef.h>
#include <stdint.h>

#include "audio.h"
#include "config/config.h"
#include "libcrier.h"
#include "speech_plugin.h"

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
/*
 * How many times the plugin's render() was called in this process (the
 * budget's tests count them: each story is synthesized once).
 */
unsigned long speech_renders(void);

#endif
