/*
 * speech.c - speaking with the speech plugin (speech_plugin.h): setting
 * its voice and rendering text into PCM buffers.  Its errors get the
 * plugin's name in front.
 */
#include <stdio.h>
#include <string.h>

#include "libcrier.h"
#include "speech.h"
#include "voices.h"

static unsigned long renders;
/* The voice the plugin was last configured with, when that worked, and
 * the plugin it was (speech_plugin_generation()). */
static struct crier_voice current;
static char current_name[64];
static unsigned current_generation;

static int is_current(const struct crier_voice *v)
{
	return current.name && current_generation == speech_plugin_generation() &&
	       !strcmp(v->name, current.name) && v->rate == current.rate &&
	       v->pitch == current.pitch && v->volume == current.volume;
}

/* Remembers v as the plugin's voice (NULL: none known). */
static void set_current(const struct crier_voice *v)
{
	memset(&current, 0, sizeof(current));
	if (!v || strlen(v->name) >= sizeof(current_name))
		return;
	current = *v;
	current.name = strcpy(current_name, v->name);
	current_generation = speech_plugin_generation();
}

/*
 * Sets sp with voice name voice; 0 or -1.  The plugin is called only
 * when that changes its voice: every item of a briefing asks for one,
 * and loading a voice is not free (espeak-ng reads its files again).
 */
static int configure_as(const struct speech_settings *sp, const char *voice)
{
	struct crier_voice v = {
		.name = voice, .rate = sp->rate, .pitch = sp->pitch,
		.volume = sp->volume,
	};
	void *state;
	const struct crier_speech_ops *ops = speech_plugin_ops(&state);

	if (!crier_voice_name_ok(voice))
		return crier_error("'%s' is not a voice name", voice);
	if (is_current(&v))
		return 0;
	set_current(NULL);
	if (ops->configure(state, &v))
		return -1;
	set_current(&v);
	return 0;
}

int speech_configure(const struct speech_settings *sp)
{
	char buf[64], first[512];
	const char *alt;

	if (speech_init() < 0)
		return -1;
	if (!configure_as(sp, sp->voice))
		return 0;
	snprintf(first, sizeof(first), "%s", crier_last_error());
	alt = voice_fallback(sp->voice, buf, sizeof(buf));
	if (alt && !configure_as(sp, alt))
		return 0;
	return crier_error("speech plugin '%s': %s", speech_plugin_name(), first);
}

int speech_render(const char *text, struct crier_pcm *out)
{
	const struct crier_speech_ops *ops;
	void *state;
	char why[512];
	int ret;

	if (speech_interrupted())
		return 1;
	if (speech_init() < 0)
		return -1;
	ops = speech_plugin_ops(&state);
	crier_pcm_begin(out);
	renders++;
	ret = ops->render(state, text, out);
	if (speech_interrupted())
		return 1;
	if (ret >= 0)
		return ret;
	snprintf(why, sizeof(why), "%s", crier_last_error());
	return crier_error("speech plugin '%s': %s", speech_plugin_name(), why);
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

unsigned long speech_renders(void)
{
	return renders;
}
