/*
 * speech.c - espeak-ng in synchronous mode, its samples sent to libao.
 *
 * The synth callback receives each chunk of 16-bit PCM and writes it to
 * the current audio output; returning 1 from it aborts synthesis, which is
 * how an interrupt or a failed write stops speech.
 */
#include <signal.h>
#include <string.h>

#include <espeak-ng/speak_lib.h>

#include "libcrier.h"
#include "speech.h"

static struct audio *current;
static int write_failed;
static volatile sig_atomic_t interrupted;
static int started;

static int on_samples(short *wav, int n, espeak_EVENT *events)
{
	(void)events;
	if (interrupted)
		return 1;
	if (!wav || n <= 0)
		return 0;
	if (audio_write(current, wav, (size_t)n)) {
		write_failed = 1;
		return 1;
	}
	return 0;
}

int speech_init(void)
{
	int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, NULL, 0);

	if (rate <= 0)
		return crier_error("espeak-ng: cannot start (is espeak-ng-data installed?)");
	espeak_SetSynthCallback(on_samples);
	started = 1;
	return rate;
}

int speech_configure(const struct speech_settings *sp)
{
	if (espeak_SetVoiceByName(sp->voice) != EE_OK)
		return crier_error("espeak-ng has no voice '%s' (see espeak-ng --voices)",
				   sp->voice);
	espeak_SetParameter(espeakRATE, sp->rate, 0);
	espeak_SetParameter(espeakPITCH, sp->pitch, 0);
	espeak_SetParameter(espeakVOLUME, sp->volume, 0);
	return 0;
}

int speech_say(const char *text, struct audio *out)
{
	espeak_ERROR err;

	if (interrupted)
		return 1;
	current = out;
	write_failed = 0;
	err = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
			   espeakCHARS_UTF8 | espeakENDPAUSE, NULL, NULL);
	current = NULL;
	if (write_failed)
		return -1;
	if (interrupted)
		return 1;
	if (err != EE_OK)
		return crier_error("espeak-ng: synthesis failed");
	return 0;
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
