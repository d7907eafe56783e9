/*
 * speech.c - the speech-plugin host: loads the configured speech plugin
 * on first use, opens it, hands it the voices and renders into PCM
 * buffers.  Its errors get the plugin's name in front.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "host/loader.h"
#include "libcrier.h"
#include "speech.h"
#include "voices.h"

static struct loader *loader;
static const struct config *config;
static const struct crier_plugin *plugin;	/* NULL until opened */
static void *state;
static struct crier_settings *settings;
static int sample_rate;
static volatile sig_atomic_t interrupted;
static unsigned long renders;
static char synth_name[32] = "speech";
/* The voice the plugin was last configured with, when that worked. */
static struct crier_voice current;
static char current_name[64];

void speech_setup(struct loader *l, const struct config *c)
{
	loader = l;
	config = c;
}

/* Adds the plugin's name to the message of the error being returned. */
static int plugin_error(const char *name)
{
	char why[512];

	snprintf(why, sizeof(why), "%s", crier_last_error());
	return crier_error("speech plugin '%s': %s", name, why);
}

/* The first word of the plugin's description, for messages. */
static void set_synth_name(const struct crier_plugin *p)
{
	const char *d = p->description && *p->description ? p->description : p->name;
	size_t n = strcspn(d, " :,(");

	if (n >= sizeof(synth_name))
		n = sizeof(synth_name) - 1;
	memcpy(synth_name, d, n);
	synth_name[n] = '\0';
}

static int open_plugin(const struct crier_plugin *d)
{
	int rate = 0;

	settings = crier_settings_new(config->speech_group, NULL, "speech",
				      config->dir);
	if (d->speech->open(settings, &state, &rate)) {
		plugin_error(d->name);
		crier_settings_free(settings);
		settings = NULL;
		return -1;
	}
	plugin = d;
	if (rate <= 0) {
		crier_error("speech plugin '%s': no sample rate", d->name);
		speech_shutdown();
		return -1;
	}
	sample_rate = rate;
	set_synth_name(plugin);
	voices_use(plugin->speech, state);
	if (interrupted && plugin->speech->interrupt)
		plugin->speech->interrupt(state);
	return 0;
}

int speech_init(void)
{
	const struct plugin *p;

	if (plugin)
		return sample_rate;
	if (!loader || !config)
		return crier_error("speech: no speech plugin set up");
	p = loader_find(loader, config->speech_plugin, CRIER_PLUGIN_SPEECH);
	if (!p || open_plugin(p->desc))
		return -1;
	return sample_rate;
}

static int is_current(const struct crier_voice *v)
{
	return current.name && !strcmp(v->name, current.name) &&
	       v->rate == current.rate && v->pitch == current.pitch &&
	       v->volume == current.volume;
}

/* Remembers v as the plugin's voice (NULL: none known). */
static void set_current(const struct crier_voice *v)
{
	memset(&current, 0, sizeof(current));
	if (!v || strlen(v->name) >= sizeof(current_name))
		return;
	current = *v;
	current.name = strcpy(current_name, v->name);
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

	if (!crier_voice_name_ok(voice))
		return crier_error("'%s' is not a voice name", voice);
	if (is_current(&v))
		return 0;
	set_current(NULL);
	if (plugin->speech->configure(state, &v))
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
	return crier_error("speech plugin '%s': %s", plugin->name, first);
}

int speech_render(const char *text, struct crier_pcm *out)
{
	int ret;

	if (interrupted)
		return 1;
	if (speech_init() < 0)
		return -1;
	crier_pcm_begin(out);
	renders++;
	ret = plugin->speech->render(state, text, out);
	if (interrupted)
		return 1;
	if (ret < 0)
		return plugin_error(plugin->name);
	return ret;
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
	if (plugin && plugin->speech->interrupt)
		plugin->speech->interrupt(state);
}

int speech_interrupted(void)
{
	return interrupted;
}

unsigned long speech_renders(void)
{
	return renders;
}

const char *speech_synth_name(void)
{
	return synth_name;
}

void speech_shutdown(void)
{
	if (!plugin)
		return;
	voices_use(NULL, NULL);
	if (plugin->speech->close)
		plugin->speech->close(state);
	crier_settings_free(settings);
	plugin = NULL;
	state = NULL;
	settings = NULL;
	set_current(NULL);
}
