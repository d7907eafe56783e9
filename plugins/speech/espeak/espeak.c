/*
 * espeak.c - the bundled speech plugin: espeak-ng in synchronous mode.
 *
 * espeak-ng keeps one synthesizer per process, so this plugin has no
 * state of its own beyond the sink being rendered into.  The synth
 * callback appends each chunk of 16-bit PCM to that sink and marks where
 * sentences start (espeak-ng's sentence events); returning 1 from it
 * aborts synthesis, which is how interrupt() stops a render.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <crier/plugin.h>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include "voice_names.h"

static struct crier_pcm *current;	/* the sink of the running render() */
static volatile sig_atomic_t interrupted;
static int sample_rate;

static int on_samples(short *wav, int n, espeak_EVENT *events)
{
	if (interrupted)
		return 1;
	for (espeak_EVENT *e = events; e && e->type != espeakEVENT_LIST_TERMINATED; e++)
		if (e->type == espeakEVENT_SENTENCE)
			crier_pcm_mark(current, (size_t)e->audio_position *
				       (size_t)sample_rate / 1000);
	if (wav && n > 0)
		crier_pcm_append(current, wav, (size_t)n);
	return 0;
}

static int espeak_open(const struct crier_settings *settings, void **state,
		       int *rate)
{
	(void)settings;
	*state = NULL;
	sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, NULL, 0);
	if (sample_rate <= 0)
		return crier_error("espeak-ng: cannot start (is espeak-ng-data installed?)");
	espeak_SetSynthCallback(on_samples);
	*rate = sample_rate;
	return 0;
}

static int espeak_configure(void *state, const struct crier_voice *v)
{
	(void)state;
	if (espeak_SetVoiceByName(v->name) != EE_OK)
		return crier_error("espeak-ng has no voice '%s' (see espeak-ng --voices)",
				   v->name);
	espeak_SetParameter(espeakRATE, v->rate, 0);
	espeak_SetParameter(espeakPITCH, v->pitch, 0);
	espeak_SetParameter(espeakVOLUME, v->volume, 0);
	return 0;
}

static int espeak_render(void *state, const char *text, struct crier_pcm *out)
{
	espeak_ERROR err;

	(void)state;
	if (interrupted)
		return 1;
	current = out;
	err = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
			   espeakCHARS_UTF8 | espeakENDPAUSE, NULL, NULL);
	current = NULL;
	if (interrupted)
		return 1;
	return err == EE_OK ? 0 : crier_error("espeak-ng: synthesis failed");
}

static void espeak_interrupt(void *state)
{
	(void)state;
	interrupted = 1;
}

static void espeak_close(void *state)
{
	(void)state;
	espeak_Terminate();
}

static const struct crier_speech_ops espeak_ops = {
	.open = espeak_open,
	.configure = espeak_configure,
	.render = espeak_render,
	.interrupt = espeak_interrupt,
	.voices = espeak_voices,
	.close = espeak_close,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "espeak",
	.description = "espeak-ng speech synthesizer (about 100 languages)",
	.version = "1.0",
	.kind = CRIER_PLUGIN_SPEECH,
	.speech = &espeak_ops,
};
