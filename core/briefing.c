/*
 * briefing.c - from configured sources to a spoken briefing.
 *
 * The stages: fetch (each source plugin adds articles), summarize (the
 * source's summarizer, or the global one), compose (script.c), speak
 * (speech.c into audio.c).  A failing source or story is reported with its
 * name and skipped; only a failing audio output stops the briefing.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "briefing.h"
#include "speech.h"
#include "summarizer.h"

/* Keys of a source group that the core reads, not the plugin. */
static const char *const core_source_keys[] = {
	"name", "plugin", "summarizer", "speech", "voice", NULL
};

static void report_source(const struct source_config *sc, const char *what)
{
	fprintf(stderr, "crier: source '%s' (%s): %s\n", sc->name, sc->plugin, what);
}

/* Runs one source's plugin; its articles end up in src. */
static int fetch_source(const struct source_config *sc, struct loader *l,
			const struct crier_settings *settings,
			struct crier_source *src)
{
	const struct plugin *p = loader_find(l, sc->plugin, CRIER_PLUGIN_SOURCE);
	const struct crier_source_ops *ops;
	const char *old;
	void *state = NULL;
	int ret;

	if (!p)
		return -1;
	ops = p->desc->source;
	old = crier_set_context(sc->name);
	crier_clear_error();
	ret = ops->open(settings, &state);
	if (!ret) {
		crier_settings_warn_unread(settings, core_source_keys);
		ret = ops->fetch(state, src);
	}
	if (ops->close)
		ops->close(state);
	crier_set_context(old);
	crier_source_finish(src);
	return ret;
}

static void add_stories(const struct config *c, const struct source_config *sc,
			struct crier_source *src, struct summarizer *sum,
			struct script *script)
{
	for (size_t i = 0; i < src->n; i++) {
		struct crier_article *a = src->articles[i];
		struct crier_summary summary;

		crier_summary_init(&summary);
		if (summarizer_run(sum, a, 0, 0, &summary)) {
			report_source(sc, crier_last_error());
			crier_summary_release(&summary);
			continue;
		}
		script_add_story(script, c, &sc->speech, sc->name,
				 crier_article_get(a, CRIER_FIELD_TITLE), &summary);
		crier_summary_release(&summary);
	}
}

/* Fetches and summarizes one source; -1 when it failed. */
static int compose_source(const struct config *c, const struct source_config *sc,
			  struct loader *l, struct summarizer *global,
			  const struct crier_settings *global_settings,
			  struct script *script)
{
	struct crier_settings *settings =
		crier_settings_new(sc->group, NULL, sc->name, c->dir);
	struct crier_source src;
	struct summarizer own;
	struct summarizer *sum = global;
	int ret;

	crier_source_init(&src, sc->name, settings);
	memset(&own, 0, sizeof(own));
	ret = fetch_source(sc, l, settings, &src);
	if (ret)
		report_source(sc, crier_last_error());
	if (src.n && sc->summarizer) {
		if (summarizer_open(&own, l, sc->summarizer, global_settings,
				    c->summarizer_plugin, c->dir))
			report_source(sc, crier_last_error());
		else
			sum = &own;
	}
	if (sum->plugin)
		add_stories(c, sc, &src, sum, script);
	summarizer_close(&own);
	crier_source_release(&src);
	crier_settings_free(settings);
	return ret;
}

void briefing_compose(const struct config *c, struct loader *l,
		      struct script *script, size_t *failed)
{
	struct summarizer global;

	*failed = 0;
	if (summarizer_open(&global, l, c->summarizer, NULL,
			    c->summarizer_plugin, c->dir)) {
		fprintf(stderr, "crier: %s\n", crier_last_error());
		global.plugin = NULL;
	}
	for (size_t i = 0; i < c->n_sources; i++)
		if (compose_source(c, &c->sources[i], l, &global, global.settings,
				   script))
			(*failed)++;
	summarizer_close(&global);
}

static void on_signal(int sig)
{
	(void)sig;
	speech_interrupt();
}

static void catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART;	/* an interrupted write would lose audio */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* Opens the output cli and c ask for, falling back to briefing.wav. */
static struct audio *open_output(const struct cli *cli, const struct config *c,
				 int rate)
{
	const char *file = cli->output ? cli->output :
			   cli->driver ? NULL : c->output;
	const char *driver = cli->driver ? cli->driver : c->driver;
	struct audio *a;

	if (file)
		return audio_open_file(file, rate);
	a = audio_open_live(driver, rate);
	if (a || driver)
		return a;
	fprintf(stderr, "crier: %s\ncrier: writing the briefing to briefing.wav instead\n",
		crier_last_error());
	return audio_open_file("briefing.wav", rate);
}

static int speak_item(const struct script_item *item, struct audio *out)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	int ret = speech_configure(&item->speech);

	if (!ret) {
		script_item_text(item, &text);
		ret = speech_say(text.buf, out);
	}
	if (!ret)
		ret = audio_silence(out, item->speech.pause_ms);
	crier_strbuf_release(&text);
	return ret;
}

int briefing_speak(const struct script *script, const struct cli *cli,
		   const struct config *c)
{
	struct audio *out = NULL;
	int rate = speech_init();
	int ret = rate < 0 ? -1 : 0;

	if (!ret) {
		catch_signals();
		out = open_output(cli, c, rate);
		ret = out ? 0 : -1;
	}
	for (size_t i = 0; !ret && i < script->n; i++)
		ret = speak_item(&script->items[i], out);
	if (ret < 0)
		fprintf(stderr, "crier: %s\n", crier_last_error());
	if (audio_close(out) && !ret) {
		fprintf(stderr, "crier: %s\n", crier_last_error());
		ret = -1;
	}
	speech_shutdown();
	audio_shutdown();
	if (speech_interrupted())
		return EXIT_INTERRUPTED;
	return ret ? EXIT_AUDIO : EXIT_OK;
}
