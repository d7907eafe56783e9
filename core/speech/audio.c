/*
 * audio.c - the output-plugin host: opens the live or file output plugin,
 * counts what is written, collects the chapters and finishes the file:
 * the plugin writes a temporary file that is renamed over the
 * destination only when complete (output_file.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audio.h"
#include "config/config.h"
#include "libcrier.h"
#include "output_file.h"
#include "output_pick.h"
#include "base/xalloc.h"

struct audio {
	const struct crier_plugin *plugin;
	void *state;
	struct crier_settings *settings;
	struct crier_output_info info;
	struct output_file file;	/* unused (all NULL) when live */
	char *device;
	char title[96], date[32];
	struct crier_strbuf comment;	/* info.comment points into it */
	struct crier_chapter *chapters;
	size_t n_chapters, alloc_chapters;
	uint64_t samples;
	double first_write;
};

/* crier's own keys of the audio group (config.c reads them). */
static const char *const audio_keys[] = { "driver", "output", "format", NULL };

static struct loader *loader;
static const struct config *config;

void audio_setup(struct loader *l, const struct config *c)
{
	loader = l;
	config = c;
}

int audio_rate(const struct audio *a)
{
	return a->info.sample_rate;
}

double audio_first_write(const struct audio *a)
{
	return a->first_write;
}

uint64_t audio_samples(const struct audio *a)
{
	return a->samples;
}

int audio_is_file(const struct audio *a)
{
	return a->info.path != NULL;
}

int audio_plays_in_time(const struct audio *a)
{
	return !a->info.path && !(a->device && strcmp(a->device, "null") == 0);
}

int audio_renames(const struct audio *a)
{
	return output_file_renames(&a->file);
}

/* Puts the plugin's name (and what it writes) before the error. */
static int plugin_error(const struct audio *a)
{
	char why[512];

	snprintf(why, sizeof(why), "%s", crier_last_error());
	if (a->file.path)
		return crier_error("output '%s' (%s): %s", a->plugin->name,
				   a->file.path, why);
	return crier_error("output '%s': %s", a->plugin->name, why);
}

/* The briefing's title and date, from the clock. */
static void set_tags(struct audio *a)
{
	time_t now = time(NULL);
	char day[32], month[32];
	struct tm tm;

	if (!localtime_r(&now, &tm) || !strftime(day, sizeof(day), "%A", &tm) ||
	    !strftime(month, sizeof(month), "%B", &tm) ||
	    !strftime(a->date, sizeof(a->date), "%Y-%m-%dT%H:%M:%S", &tm)) {
		strcpy(a->title, "Briefing");
		strcpy(a->date, "1970-01-01T00:00:00");
	} else {
		snprintf(a->title, sizeof(a->title), "Briefing for %s, %d %s",
			 day, tm.tm_mday, month);
	}
	a->info.title = a->title;
	a->info.date = a->date;
	a->info.artist = "crier";
	a->info.comment = "";
}

static void audio_free(struct audio *a)
{
	for (size_t i = 0; i < a->n_chapters; i++) {
		free((char *)a->chapters[i].title);
		free((char *)a->chapters[i].source);
		free((char *)a->chapters[i].link);
	}
	free(a->chapters);
	crier_strbuf_release(&a->comment);
	output_file_release(&a->file);
	crier_settings_free(a->settings);
	free(a->device);
	free(a);
}

/* Opens plugin p on a (info filled in); a is freed on failure. */
static struct audio *open_with(struct audio *a, const struct plugin *p)
{
	const config_setting_t *group = config ? config->audio_group : NULL;

	a->plugin = p->desc;
	a->settings = crier_settings_new(group, NULL, "audio",
					 config ? config->dir : NULL);
	set_tags(a);
	if (a->plugin->output->open(a->settings, &a->info, &a->state)) {
		plugin_error(a);
		audio_free(a);
		return NULL;
	}
	/* Other plugins' keys may be there too: only near misses are wrong. */
	crier_settings_warn_unread(a->settings, audio_keys, 1);
	return a;
}

struct audio *audio_open_live(const char *driver, int rate)
{
	struct audio *a;
	const struct plugin *p;

	if (!loader)
		return crier_error("audio: no output plugins set up"), NULL;
	p = output_pick_live(loader);
	if (!p)
		return NULL;
	a = xcalloc(1, sizeof(*a));
	a->device = driver ? xstrdup(driver) : NULL;
	a->info.device = a->device;
	a->info.sample_rate = rate;
	a->info.buffer_ms = AUDIO_LIVE_BUFFER_MS;
	return open_with(a, p);
}

struct audio *audio_open_file(const char *path, int rate)
{
	struct audio *a;
	const struct plugin *p;

	if (!loader)
		return crier_error("audio: no output plugins set up"), NULL;
	p = output_pick_file(loader, path, config ? config->audio_format : NULL);
	if (!p)
		return NULL;
	a = xcalloc(1, sizeof(*a));
	if (output_file_create(&a->file, path)) {
		audio_free(a);
		return NULL;
	}
	a->info.path = output_file_writes(&a->file);
	a->info.sample_rate = rate;
	return open_with(a, p);
}

struct audio *audio_open_for(const char *output, const char *driver,
			     const char *fallback_wav, int rate)
{
	struct audio *a;

	if (output)
		return audio_open_file(output, rate);
	a = audio_open_live(driver, rate);
	if (a || driver)
		return a;
	fprintf(stderr, "crier: %s\ncrier: writing to %s instead\n",
		crier_last_error(), fallback_wav);
	return audio_open_file(fallback_wav, rate);
}

/*
 * Whether the live plugin can open driver: opened and given up at once
 * (the output plugin API has no other way to ask).
 */
static int check_driver(const char *driver)
{
	struct audio *a = audio_open_live(driver, 22050);

	audio_abort(a);
	return a ? 0 : -1;
}

int audio_check(const char *output, const char *driver)
{
	const char *why;

	if (!output)
		return driver ? check_driver(driver) : 0;
	why = output_file_problem(output);
	return why ? crier_error("%s: cannot open the file (%s)", output, why) : 0;
}

int audio_write(struct audio *a, const int16_t *samples, size_t n)
{
	if (!a->first_write) {
		struct timespec ts;

		clock_gettime(CLOCK_MONOTONIC, &ts);
		a->first_write = (double)ts.tv_sec + ts.tv_nsec / 1e9;
	}
	if (a->plugin->output->write(a->state, samples, n))
		return plugin_error(a);
	a->samples += n;
	return 0;
}

void audio_chapter(struct audio *a, const char *title, const char *source,
		   const char *link)
{
	struct crier_chapter *c;

	if (a->n_chapters)
		a->chapters[a->n_chapters - 1].end = a->samples;
	a->chapters = xgrow(a->chapters, &a->alloc_chapters, a->n_chapters + 1,
			    sizeof(*a->chapters));
	c = &a->chapters[a->n_chapters++];
	c->start = c->end = a->samples;
	c->title = xstrdup(title);
	c->source = source ? xstrdup(source) : NULL;
	c->link = link && *link ? xstrdup(link) : NULL;
	if (source)
		crier_strbuf_addf(&a->comment, "%s%s: %s", a->comment.len ? "\n" : "",
				  source, title);
}

/*
 * The chapters that got audio (a story skipped at once has none), in a
 * new array of borrowed copies; *n gets their count.
 */
static struct crier_chapter *heard_chapters(struct audio *a, size_t *n)
{
	struct crier_chapter *v = xcalloc(a->n_chapters + 1, sizeof(*v));

	*n = 0;
	if (a->n_chapters)
		a->chapters[a->n_chapters - 1].end = a->samples;
	for (size_t i = 0; i < a->n_chapters; i++)
		if (a->chapters[i].end > a->chapters[i].start)
			v[(*n)++] = a->chapters[i];
	return v;
}

int audio_close(struct audio *a)
{
	struct crier_chapter *chapters;
	size_t n;
	int ret = 0;

	if (!a)
		return 0;
	chapters = heard_chapters(a, &n);
	a->info.comment = a->comment.len ? a->comment.buf : "";
	if (a->plugin->output->close(a->state, chapters, n))
		ret = plugin_error(a);
	else if (output_file_keep(&a->file))
		ret = -1;
	free(chapters);
	audio_free(a);
	return ret;
}

void audio_abort(struct audio *a)
{
	if (!a)
		return;
	a->plugin->output->abort(a->state);
	audio_free(a);
}
