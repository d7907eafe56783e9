/*
 * speech.c - espeak-ng in synchronous mode, rendering into PCM buffers.
 *
 * The synth callback appends each chunk of 16-bit PCM to the buffer being
 * rendered and notes where sentences start (from espeak-ng's sentence
 * events); returning 1 from it aborts synthesis, which is how an
 * interrupt stops speech.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <espeak-ng/speak_lib.h>

#include "libcrier.h"
#include "speech.h"
#include "voices.h"
#include "base/xalloc.h"

static struct crier_pcm *current;
static volatile sig_atomic_t interrupted;
static int started;
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

int speech_init(void)
{
	if (started)
		return sample_rate;
	sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, NULL, 0);
	if (sample_rate <= 0)
		return crier_error("espeak-ng: cannot start (is espeak-ng-data installed?)");
	espeak_SetSynthCallback(on_samples);
	started = 1;
	return sample_rate;
}

int speech_configure(const struct speech_settings *sp)
{
	char buf[64];
	const char *alt;

	/* "en-gb" as "espeak-ng --voices" lists it names a language, not a file. */
	if (espeak_SetVoiceByName(sp->voice) != EE_OK &&
	    (!(alt = voice_fallback(sp->voice, buf, sizeof(buf))) ||
	     espeak_SetVoiceByName(alt) != EE_OK))
		return crier_error("espeak-ng has no voice '%s' (see espeak-ng --voices)",
				   sp->voice);
	espeak_SetParameter(espeakRATE, sp->rate, 0);
	espeak_SetParameter(espeakPITCH, sp->pitch, 0);
	espeak_SetParameter(espeakVOLUME, sp->volume, 0);
	return 0;
}

int speech_render(const char *text, struct crier_pcm *out)
{
	espeak_ERROR err;

	if (interrupted)
		return 1;
	current = out;
	crier_pcm_begin(out);
	err = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
			   espeakCHARS_UTF8 | espeakENDPAUSE, NULL, NULL);
	current = NULL;
	if (interrupted)
		return 1;
	if (err != EE_OK)
		return crier_error("espeak-ng: synthesis failed");
	return 0;
}

int speech_say(const char *text, struct audio *out)
{
	struct crier_pcm p;
	int ret;

	crier_pcm_init(&p);
	ret = speech_render(text, &p);
	if (!ret && audio_write(out, p.samples, p.n))
		ret = -1;
	crier_pcm_release(&p);
	return ret;
}

void speech_interrupt(void)
{
	interrupted = 1;
}

int speech_interrupted(void)
{
	return interrupted;
}

void speech_shutdown(void)
{
	if (started)
		espeak_Terminate();
	started = 0;
}
