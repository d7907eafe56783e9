/*
 * speech_plugin.h - the speech plugin itself: which one (speech.plugin,
 * "espeak" by default; see <crier/speech.h> for the plugin's side),
 * loaded and opened on first use, closed, interrupted.  speech.h speaks
 * with it; voices.h reads its voices.  One plugin per process.
 *
 * speech_setup() says where the plugin comes from; the plugin is loaded
 * and opened by the first call that needs it (speech_init(), or the
 * voice lookups of voices.h), so commands that never speak never load a
 * synthesizer.
 */
#ifndef CRIER_SPEECH_PLUGIN_H
#define CRIER_SPEECH_PLUGIN_H

#include <crier/speech.h>

#include "config/config.h"

struct loader;

/*
 * Remembers that the speech plugin is c->speech_plugin, found by l, with
 * c's speech group as its settings.  l and c must outlive every call
 * below until speech_shutdown().  Loads nothing.
 */
void speech_setup(struct loader *l, const struct config *c);
/*
 * Loads and opens the speech plugin, once, with the config's speech group
 * as its settings; once the plugin has read its own keys there, a key
 * that neither it nor crier reads but that is close to one of theirs is
 * warned about (a key far from all may be another plugin's).  Returns
 * the sample rate, or -1
 * with crier_error() set ("speech plugin 'espeak': ...", or no such
 * plugin, or speech_setup() not called).
 */
int speech_init(void);
/*
 * The open plugin's operations, with its state in *state; NULL (and
 * *state NULL) when none is open.  Valid until speech_shutdown().
 */
const struct crier_speech_ops *speech_plugin_ops(void **state);
/* The open plugin's name ("espeak"), for messages; "speech" when none. */
const char *speech_plugin_name(void);
/*
 * A number that changes whenever a plugin is opened or closed: what was
 * learnt of the plugin under another number is stale.
 */
unsigned speech_plugin_generation(void);
/*
 * For tests: makes ops (opened by the caller, with state) the open speech
 * plugin, or none with NULL; speech_shutdown() then forgets it without
 * closing it.
 */
void speech_plugin_use(const struct crier_speech_ops *ops, void *state);
/* Makes a running render stop soon; safe in a signal handler. */
void speech_interrupt(void);
int speech_interrupted(void);
/*
 * The synthesizer's name for messages: the first word of the plugin's
 * description ("espeak-ng"), or "speech" before the plugin is loaded.
 */
const char *speech_synth_name(void);
/* Closes the plugin, if it was opened. */
void speech_shutdown(void);

#endif
