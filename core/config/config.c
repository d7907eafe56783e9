/*
 * config.c - reading and checking crier.conf with libconfig.
 *
 * One function per group: each reads its keys with defaults, checks
 * ranges, and warns about keys it does not know (with their line).  Source
 * groups are only partly checked here: the keys a source plugin reads are
 * checked when the plugin opens the source.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <crier/normalize.h>

#include "config.h"
#include "config_numbers.h"
#include "filter.h"
#include "lexicon_config.h"
#include "libcrier.h"
#include "base/xalloc.h"

static const char *const top_keys[] = {
	"plugin_path", "sources", "summarizer", "speech", "audio", "briefing",
	"jobs", "timeout", "summarizer_timeout", "memory_limit", "lexicon",
	"filters", "podcast", NULL
};
const char *const config_speech_keys[] = {
	"voice", "rate", "pitch", "volume", "pause_ms", "plugin", NULL
};
static const char *const briefing_keys[] = {
	"intro", "transition", "outro", "minutes", "max_per_source", NULL
};

static int listed(const char *name, const char *const *keys)
{
	for (; *keys; keys++)
		if (!strcmp(name, *keys))
			return 1;
	return 0;
}

static void warn_unknown(const config_setting_t *group, const char *const *keys,
			 const char *what)
{
	int n = group ? config_setting_length(group) : 0;

	for (int i = 0; i < n; i++) {
		config_setting_t *m = config_setting_get_elem(group, i);
		const char *name = config_setting_name(m);

		if (name && !listed(name, keys))
			crier_warn_unknown_setting(crier_config_where(m), name, what,
						   keys, crier_list_length(keys));
	}
}

/* Reads an optional string member; -1 if it has another type. */
static int get_string(const config_setting_t *group, const char *key,
		      const char **out)
{
	config_setting_t *m = group ? config_setting_get_member(group, key) : NULL;

	if (!m)
		return 0;
	if (config_setting_type(m) != CONFIG_TYPE_STRING)
		return crier_error("%s: '%s' must be a string", crier_config_where(m), key);
	*out = config_setting_get_string(m);
	return 0;
}

/* Reads an optional integer member within [min, max]. */
static int get_int(const config_setting_t *group, const char *key, int min,
		   int max, int *out)
{
	config_setting_t *m = group ? config_setting_get_member(group, key) : NULL;
	long long v;

	if (!m)
		return 0;
	if (config_setting_type(m) == CONFIG_TYPE_INT64)
		v = config_setting_get_int64(m);	/* checked before narrowing */
	else if (config_setting_type(m) == CONFIG_TYPE_INT)
		v = config_setting_get_int(m);
	else
		return crier_error("%s: '%s' must be an integer", crier_config_where(m), key);
	if (v < min || v > max)
		return crier_error("%s: '%s' must be between %d and %d, not %lld",
				   crier_config_where(m), key, min, max, v);
	*out = (int)v;
	return 0;
}

/* Reads an optional number (integer or float) within [min, max]. */
static int get_number(const config_setting_t *group, const char *key,
		      double min, double max, double *out)
{
	config_setting_t *m = group ? config_setting_get_member(group, key) : NULL;
	double v;

	if (!m)
		return 0;
	if (config_setting_type(m) == CONFIG_TYPE_INT)
		v = config_setting_get_int(m);
	else if (config_setting_type(m) == CONFIG_TYPE_INT64)
		v = (double)config_setting_get_int64(m);
	else if (config_setting_type(m) == CONFIG_TYPE_FLOAT)
		v = config_setting_get_float(m);
	else
		return crier_error("%s: '%s' must be a number", crier_config_where(m), key);
	if (v < min || v > max)
		return crier_error("%s: '%s' must be between %g and %g, not %g",
				   crier_config_where(m), key, min, max, v);
	*out = v;
	return 0;
}

static int get_group(const config_setting_t *parent, const char *key,
		     const config_setting_t **out)
{
	config_setting_t *m = config_setting_get_member(parent, key);

	*out = NULL;
	if (!m)
		return 0;
	if (config_setting_type(m) != CONFIG_TYPE_GROUP)
		return crier_error("%s: '%s' must be a group: %s = { ... };",
				   crier_config_where(m), key, key);
	*out = m;
	return 0;
}

/* One part of a voice name: at least one of its characters, no other. */
static size_t voice_part(const char *s)
{
	size_t n = 0;

	while (isalnum((unsigned char)s[n]) || s[n] == '-' || s[n] == '_' ||
	       s[n] == '(' || s[n] == ')')
		n++;
	return n;
}

int config_check_voice(const char *name, const char *where)
{
	size_t n = voice_part(name), v = 0;

	if (n && name[n] == '+')
		v = voice_part(name + n + 1);
	if (n && strlen(name) < 64 && (!name[n] || (v && !name[n + 1 + v])))
		return 0;
	return crier_error("%s: '%.80s%s' is not a voice name (letters, digits, '-', '_', '(' and ')', with an optional '+variant'; see 'espeak-ng --voices')",
			   where, name, strlen(name) > 80 ? "..." : "");
}

/* Reads a speech group over the defaults in *sp. */
static int read_speech(const config_setting_t *g, struct speech_settings *sp)
{
	config_setting_t *voice = g ? config_setting_get_member(g, "voice") : NULL;

	if (get_string(g, "voice", &sp->voice) ||
	    (voice && config_check_voice(sp->voice, crier_config_where(voice))) ||
	    get_int(g, "rate", 80, 450, &sp->rate) ||
	    get_int(g, "pitch", 0, 99, &sp->pitch) ||
	    get_int(g, "volume", 0, 200, &sp->volume) ||
	    get_int(g, "pause_ms", 0, 60000, &sp->pause_ms))
		return -1;
	return 0;
}

static int read_plugin_path(struct config *c, const config_setting_t *root)
{
	config_setting_t *m = config_setting_get_member(root, "plugin_path");
	int n;

	if (!m)
		return 0;
	if (config_setting_type(m) == CONFIG_TYPE_STRING) {
		c->plugin_path = xcalloc(1, sizeof(char *));
		c->plugin_path[c->n_plugin_path++] =
			crier_path_expand(config_setting_get_string(m), c->dir);
		return 0;
	}
	if (!config_setting_is_array(m) && !config_setting_is_list(m))
		return crier_error("%s: 'plugin_path' must be a list of directories",
				   crier_config_where(m));
	n = config_setting_length(m);
	c->plugin_path = xcalloc((size_t)n + 1, sizeof(char *));
	for (int i = 0; i < n; i++) {
		const char *dir = config_setting_get_string_elem(m, i);

		if (!dir)
			return crier_error("%s: 'plugin_path' must hold strings",
					   crier_config_where(m));
		c->plugin_path[c->n_plugin_path++] =
			crier_path_expand(dir, c->dir);
	}
	return 0;
}

static int read_summarizer(struct config *c, const config_setting_t *root)
{
	if (get_group(root, "summarizer", &c->summarizer) ||
	    get_string(c->summarizer, "plugin", &c->summarizer_plugin))
		return -1;
	return 0;
}

static int read_source(struct config *c, const config_setting_t *g, int index)
{
	struct source_config *sc = &c->sources[c->n_sources];
	config_setting_t *sp;

	if (config_setting_type(g) != CONFIG_TYPE_GROUP)
		return crier_error("%s: source %d must be a group: { name = ...; plugin = ...; }",
				   crier_config_where(g), index + 1);
	memset(sc, 0, sizeof(*sc));
	sc->group = g;
	sc->line = config_setting_source_line(g);
	sc->speech = c->speech;
	sc->max_stories = c->max_per_source;
	if (get_int(g, "max_stories", 0, 100000, &sc->max_stories) ||
	    get_string(g, "name", &sc->name) || get_string(g, "plugin", &sc->plugin))
		return -1;
	if (!sc->plugin)
		return crier_error("%s: source %d has no 'plugin' (for example plugin = \"feed\";)",
				   crier_config_where(g), index + 1);
	if (!sc->name)
		return crier_error("%s: source %d has no 'name'", crier_config_where(g),
				   index + 1);
	sc->title = sc->name;
	if (get_string(g, "title", &sc->title) ||
	    get_group(g, "summarizer", &sc->summarizer) ||
	    get_string(g, "voice", &sc->speech.voice))
		return -1;
	sp = config_setting_get_member(g, "speech");
	if (sp && config_setting_type(sp) != CONFIG_TYPE_GROUP)
		return crier_error("%s: 'speech' must be a group", crier_config_where(sp));
	if (read_speech(sp, &sc->speech))
		return -1;
	if (filter_compile(config_setting_get_member(g, "filters"), &sc->filters)) {
		filter_free(sc->filters);	/* the source is not counted yet */
		sc->filters = NULL;
		return -1;
	}
	sc->voice_pinned = sc->speech.voice != c->speech.voice;
	warn_unknown(sp, config_speech_keys, "speech");
	c->n_sources++;
	return 0;
}

static int read_sources(struct config *c, const config_setting_t *root)
{
	config_setting_t *list = config_setting_get_member(root, "sources");
	int n;

	if (!list)
		return 0;
	if (!config_setting_is_list(list) && !config_setting_is_array(list))
		return crier_error("%s: 'sources' must be a list: sources = ( { ... }, { ... } );",
				   crier_config_where(list));
	n = config_setting_length(list);
	c->sources = xcalloc((size_t)n + 1, sizeof(*c->sources));
	for (int i = 0; i < n; i++)
		if (read_source(c, config_setting_get_elem(list, i), i))
			return -1;
	return 0;
}

static int read_groups(struct config *c, const config_setting_t *root)
{
	const config_setting_t *speech, *audio, *briefing;
	const char *output = NULL;

	if (get_group(root, "speech", &speech) || read_speech(speech, &c->speech) ||
	    get_group(root, "audio", &audio) ||
	    get_string(audio, "driver", &c->driver) ||
	    get_string(audio, "output", &output) ||
	    get_string(speech, "plugin", &c->speech_plugin) ||
	    get_string(audio, "format", &c->audio_format) ||
	    get_group(root, "briefing", &briefing) ||
	    get_string(briefing, "intro", &c->intro) ||
	    get_string(briefing, "transition", &c->transition) ||
	    get_string(briefing, "outro", &c->outro) ||
	    get_number(briefing, "minutes", 0, 24 * 60, &c->minutes) ||
	    get_int(briefing, "max_per_source", 0, 100000, &c->max_per_source) ||
	    get_int(root, "jobs", 1, 64, &c->jobs) ||
	    get_int(root, "timeout", 1, 3600, &c->timeout_s) ||
	    get_int(root, "summarizer_timeout", 1, 3600, &c->summarizer_timeout_s) ||
	    get_int(root, "memory_limit", 128, 65536, &c->memory_mb))
		return -1;
	if (output)
		c->output = crier_path_expand(output, c->dir);
	c->speech_group = speech;
	c->audio_group = audio;
	/* The speech and audio groups hold their plugins' keys too: the
	 * plugin hosts warn about near misses once the plugin has read its
	 * own (speech_plugin.c, audio.c). */
	warn_unknown(briefing, briefing_keys, "briefing");
	return 0;
}

static void set_defaults(struct config *c)
{
	static const struct speech_settings speech = {
		.voice = "en-us", .rate = 175, .pitch = 50, .volume = 100,
		.pause_ms = 800,
	};

	c->speech = speech;
	c->summarizer_plugin = "news";
	c->speech_plugin = "espeak";
	c->intro = "Here is your briefing for {date}.";
	c->transition = "From {source}: {title}.";
	c->outro = "That's all for now. Have a good day.";
	c->jobs = 8;
	c->timeout_s = 30;
	c->summarizer_timeout_s = 10;
	c->memory_mb = 1024;
}

static void set_file(struct config *c, const char *path)
{
	const char *slash = strrchr(path, '/');

	c->file = xstrdup(path);
	c->dir = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
	if (!c->dir[0]) {
		free(c->dir);
		c->dir = xstrdup("/");
	}
}

int config_load(struct config *c, const char *path)
{
	config_setting_t *root;

	memset(c, 0, sizeof(*c));
	config_init(&c->cfg);
	set_defaults(c);
	set_file(c, path);
	if (config_check_numbers(path))
		return -1;
	errno = 0;
	if (!config_read_file(&c->cfg, path)) {
		int err = errno;
		struct stat st;

		if (!stat(path, &st) && S_ISDIR(st.st_mode))
			err = EISDIR;
		if (config_error_type(&c->cfg) == CONFIG_ERR_FILE_IO)
			return crier_error("%s: cannot read the file (%s)", path,
					   strerror(err ? err : EIO));
		return crier_error("%s:%d: %s", config_error_file(&c->cfg) ?
				   config_error_file(&c->cfg) : path,
				   config_error_line(&c->cfg),
				   config_error_text(&c->cfg));
	}
	root = config_root_setting(&c->cfg);
	if (read_plugin_path(c, root) || read_summarizer(c, root) ||
	    read_groups(c, root) || read_sources(c, root))
		return -1;
	if (filter_compile(config_setting_get_member(root, "filters"), &c->filters))
		return -1;
	c->lexicon = crier_lexicon_new();
	if (lexicon_from_config(config_setting_get_member(root, "lexicon"),
				c->lexicon))
		return -1;
	warn_unknown(root, top_keys, "the top level");
	return 0;
}

void config_release(struct config *c)
{
	for (size_t i = 0; i < c->n_plugin_path; i++)
		free(c->plugin_path[i]);
	free(c->plugin_path);
	for (size_t i = 0; i < c->n_sources; i++)
		filter_free(c->sources[i].filters);
	free(c->sources);
	filter_free(c->filters);
	crier_lexicon_free(c->lexicon);
	free(c->output);
	free(c->file);
	free(c->dir);
	config_destroy(&c->cfg);
	memset(c, 0, sizeof(*c));
}
