/*
 * counting.c - a speech plugin for the tests: "speaks" each text as 1000
 * samples of a quiet square wave per byte at 16 kHz (a sentence mark at
 * its start), and appends the text, one line per render() call, to the
 * file named by $CRIER_TEST_RENDER_LOG (when set), so that a test can
 * count what was synthesized.  Its voices: "en-us" and "en" (English).
 * Its own key in the speech group: amplitude (of the wave, default 600).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <crier/plugin.h>

#define RATE 16000
#define PER_BYTE 1000

static int16_t amplitude = 600;

static int counting_open(const struct crier_settings *settings, void **state,
			 int *rate)
{
	long a;

	if (crier_settings_int_range(settings, "amplitude", 600, 1, 30000, &a))
		return -1;
	amplitude = (int16_t)a;
	*state = NULL;
	*rate = RATE;
	return 0;
}

static int counting_configure(void *state, const struct crier_voice *v)
{
	(void)state;
	if (strcmp(v->name, "en-us") && strcmp(v->name, "en"))
		return crier_error("no voice '%s'", v->name);
	return 0;
}

/* Appends text to the log, a line per call. */
static int log_text(const char *text)
{
	const char *path = getenv("CRIER_TEST_RENDER_LOG");
	FILE *f;

	if (!path || !*path)
		return 0;
	f = fopen(path, "a");
	if (!f)
		return crier_error("%s: cannot append", path);
	fprintf(f, "%s\n", text);
	return fclose(f) ? crier_error("%s: cannot write", path) : 0;
}

static int counting_render(void *state, const char *text,
			   struct crier_pcm *out)
{
	int16_t wave[PER_BYTE];

	(void)state;
	for (size_t i = 0; i < PER_BYTE; i++)
		wave[i] = (i / 20) % 2 ? amplitude : (int16_t)-amplitude;
	crier_pcm_mark(out, 0);
	for (size_t i = 0; text[i]; i++)
		if (crier_pcm_append(out, wave, PER_BYTE))
			return -1;
	return log_text(text);
}

static void on_voice(void (*each)(void *, const struct crier_voice_info *),
		     void *data, const char *name, const char *lang)
{
	struct crier_voice_info v = { name, lang, 1, NULL };

	each(data, &v);
}

static int counting_voices(void *state,
			   void (*each)(void *, const struct crier_voice_info *),
			   void *data)
{
	(void)state;
	on_voice(each, data, "en-us", "en-us");
	on_voice(each, data, "en", "en");
	return 0;
}

static const struct crier_speech_ops counting_ops = {
	.open = counting_open,
	.configure = counting_configure,
	.render = counting_render,
	.voices = counting_voices,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "counting",
	.description = "counting test speech: logs each text it renders",
	.version = "1",
	.kind = CRIER_PLUGIN_SPEECH,
	.speech = &counting_ops,
};
