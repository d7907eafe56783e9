/*
 * speech_plugin.c - loading, opening and closing the speech plugin (see
 * speech_plugin.h).  Its errors get the plugin's name in front.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "host/loader.h"
#include "libcrier.h"
#include "speech_plugin.h"

static struct loader *loader;
static const struct config *config;
static const struct crier_plugin *plugin;	/* NULL until opened */
static const struct crier_speech_ops *ops;	/* the plugin's, or a test's */
static void *state;
static struct crier_settings *settings;
static int sample_rate;
static unsigned generation;
static volatile sig_atomic_t interrupted;
static char synth_name[32] = "speech";

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
	ops = d->speech;
	generation++;
	if (rate <= 0) {
		crier_error("speech plugin '%s': no sample rate", d->name);
		speech_shutdown();
		return -1;
	}
	sample_rate = rate;
	set_synth_name(plugin);
	/* Other plugins' keys may be there too: only near misses are wrong. */
	crier_settings_warn_unread(settings, config_speech_keys, 1);
	if (interrupted && ops->interrupt)
		ops->interrupt(state);
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

const struct crier_speech_ops *speech_plugin_ops(void **st)
{
	*st = ops ? state : NULL;
	return ops;
}

const char *speech_plugin_name(void)
{
	return plugin ? plugin->name : "speech";
}

unsigned speech_plugin_generation(void)
{
	return generation;
}

void speech_plugin_use(const struct crier_speech_ops *o, void *st)
{
	ops = o;
	state = st;
	generation++;
}

void speech_interrupt(void)
{
	interrupted = 1;
	if (ops && ops->interrupt)
		ops->interrupt(state);
}

int speech_interrupted(void)
{
	return interrupted;
}

const char *speech_synth_name(void)
{
	return synth_name;
}

void speech_shutdown(void)
{
	if (plugin && ops->close)
		ops->close(state);
	crier_settings_free(settings);
	plugin = NULL;
	ops = NULL;
	state = NULL;
	settings = NULL;
	generation++;
}
