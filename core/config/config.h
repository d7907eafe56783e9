/*
 * config.h - crier's configuration file (libconfig), read and checked.
 *
 * The keys are documented in crier.conf(5).  Strings point into the parsed
 * config and live until config_release().
 */
#ifndef CRIER_CONFIG_H
#define CRIER_CONFIG_H

#include <stddef.h>
#include <libconfig.h>

/* How a story is spoken; global, and overridable per source. */
struct speech_settings {
	const char *voice;	/* espeak-ng voice name, e.g. "en-us" */
	int rate;		/* words per minute, 80-450 */
	int pitch;		/* 0-99 */
	int volume;		/* 0-200, 100 is normal */
	int pause_ms;		/* silence after each story */
};

struct crier_lexicon;
struct filter;

struct source_config {
	const char *name;		/* names the source in messages */
	const char *title;		/* as spoken in transitions; never NULL */
	const char *plugin;		/* source plugin name */
	const config_setting_t *group;	/* the whole source group */
	const config_setting_t *summarizer;	/* its own, or NULL */
	struct speech_settings speech;
	int voice_pinned;		/* the source sets its own voice */
	struct filter *filters;		/* its own filters, or NULL */
	int max_stories;		/* at most this many stories; 0: all */
	int line;
};

/*
 * crier's own keys of a speech group (NULL-ended).  The top-level group
 * holds the speech plugin's keys too, so it is checked when the plugin
 * is opened (speech_plugin.c); a source's speech group is checked here.
 */
extern const char *const config_speech_keys[];

struct config {
	config_t cfg;
	char *file;		/* the file read */
	char *dir;		/* its directory: relative paths start here */
	char **plugin_path;	/* expanded, owned */
	size_t n_plugin_path;
	struct source_config *sources;
	size_t n_sources;
	const config_setting_t *summarizer;	/* global group, or NULL */
	const char *summarizer_plugin;	/* its plugin; never NULL */
	struct speech_settings speech;
	const config_setting_t *speech_group;	/* "speech", or NULL */
	const char *speech_plugin;	/* speech.plugin; never NULL */
	const config_setting_t *audio_group;	/* "audio", or NULL */
	const char *audio_format;	/* audio.format, or NULL */
	const char *driver;	/* audio.driver, or NULL for the default */
	char *output;		/* audio.output expanded, or NULL */
	const char *intro, *transition, *outro;	/* templates, never NULL */
	struct crier_lexicon *lexicon;	/* pronunciations; never NULL once loaded */
	struct filter *filters;	/* filters for every source, or NULL */
	double minutes;		/* the time budget; 0: none */
	int max_per_source;	/* default max_stories of a source; 0: all */
	int jobs;		/* sources fetched at once */
	int timeout_s;		/* wall-clock limit for one source */
	int summarizer_timeout_s;	/* limit for summarizing one story */
	int memory_mb;		/* memory limit of a source's process */
};

/*
 * Reads and checks path.  Returns 0, or -1 with crier_error() set to
 * "FILE:LINE: message".  Unknown keys of the core's groups are warned
 * about on stderr.  c must be released with config_release() either way.
 */
int config_load(struct config *c, const char *path);
void config_release(struct config *c);
/*
 * Whether name is a voice name crier passes on: letters, digits, '-',
 * '_', '(' and ')', at most 63 bytes, with an optional "+variant" of the
 * same characters ("en-us", "English_(Great_Britain)", "en+f3").  A path
 * or anything else is refused.  Returns 0, or -1 with crier_error() set
 * to "WHERE: ..." (where is the config location or the option).
 */
int config_check_voice(const char *name, const char *where);

#endif
