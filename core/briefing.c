/*
 * briefing.c - from configured sources to a spoken briefing.
 *
 * The stages: the fetcher runs every source (fetch and summarize) in
 * parallel child processes; this file takes their results in config
 * order, composes each story into the script and speaks it at once (or
 * prints it).  A failing source or story is reported with its name and
 * skipped; only a failing audio output stops the briefing.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "briefing.h"
#include "fetcher.h"
#include "script.h"
#include "speech.h"

/* Where the script goes: the speaker, or stdout for a dry run. */
struct output {
	const struct briefing_options *o;
	struct audio *audio;	/* NULL for a dry run */
	int failed;		/* the audio output failed */
};

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

/* Opens the output o and c ask for, falling back to briefing.wav. */
static struct audio *open_audio(const struct briefing_options *o,
				const struct config *c, int rate)
{
	const char *file = o->output ? o->output : o->driver ? NULL : c->output;
	const char *driver = o->driver ? o->driver : c->driver;
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

static int output_open(struct output *out, const struct config *c)
{
	int rate;

	if (out->o->dry_run)
		return 0;
	rate = speech_init();
	if (rate < 0)
		return -1;
	out->audio = open_audio(out->o, c, rate);
	return out->audio ? 0 : -1;
}

/* Speaks (or prints) the script's last item; -1 when audio failed. */
static int emit(struct output *out, const struct script *s)
{
	const struct script_item *item = &s->items[s->n - 1];
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	int ret;

	if (!out->audio) {
		script_print_last(s, stdout);
		return 0;
	}
	ret = speech_configure(&item->speech);
	if (!ret) {
		script_item_text(item, &text);
		ret = speech_say(text.buf, out->audio);
	}
	if (!ret)
		ret = audio_silence(out->audio, item->speech.pause_ms);
	crier_strbuf_release(&text);
	if (ret < 0) {
		fprintf(stderr, "crier: %s\n", crier_last_error());
		out->failed = 1;
	}
	return ret < 0 ? -1 : 0;
}

static void report(const struct source_config *sc, const char *what)
{
	fprintf(stderr, "crier: source '%s' (%s): %s\n", sc->name, sc->plugin, what);
}

/* Adds and speaks one source's stories; returns -1 when audio failed. */
static int brief_source(const struct config *c, const struct source_config *sc,
			struct source_result *r, struct script *s,
			struct output *out)
{
	for (size_t i = 0; i < r->n && !speech_interrupted(); i++) {
		struct story *st = &r->stories[i];
		const char *title = crier_article_get(st->article, CRIER_FIELD_TITLE);

		if (st->note)
			fprintf(stderr, "crier: source '%s': story '%s': %s\n",
				sc->name, title, st->note);
		script_add_story(s, c, &sc->speech, sc->name, title, &st->summary);
		if (emit(out, s))
			return -1;
	}
	return 0;
}

/* Loads every plugin now, before any process is forked. */
static void preload(struct loader *l)
{
	loader_scan(l);
}

static int brief_sources(const struct config *c, struct loader *l,
			 struct script *s, struct output *out, size_t *failed)
{
	struct fetch_options fo = {
		.isolate = out->o->isolate, .jobs = c->jobs,
		.timeout_s = c->timeout_s, .memory_mb = c->memory_mb,
	};
	struct fetcher *f = fetcher_start(c, l, &fo);
	int ret = 0;

	for (size_t i = 0; i < c->n_sources && !ret && !speech_interrupted(); i++) {
		struct source_result r;

		fetcher_wait(f, i, &r);
		if (r.failed) {
			report(&c->sources[i], r.error);
			(*failed)++;
		}
		ret = brief_source(c, &c->sources[i], &r, s, out);
		source_result_release(&r);
	}
	fetcher_free(f);
	return ret;
}

static int status_of(const struct output *out, const struct config *c,
		     size_t failed)
{
	if (speech_interrupted())
		return EXIT_INTERRUPTED;
	if (out->failed)
		return EXIT_AUDIO;
	if (failed && failed == c->n_sources)
		return EXIT_NOTHING;
	return failed ? EXIT_SOURCES_FAILED : EXIT_OK;
}

int briefing_run(const struct config *c, struct loader *l,
		 const struct briefing_options *o)
{
	struct output out = { o, NULL, 0 };
	struct script s;
	size_t failed = 0;

	script_init(&s);
	catch_signals();
	preload(l);
	if (output_open(&out, c)) {
		fprintf(stderr, "crier: %s\n", crier_last_error());
		out.failed = 1;
		goto done;
	}
	script_add_intro(&s, c, time(NULL));
	if (emit(&out, &s) || brief_sources(c, l, &s, &out, &failed) ||
	    speech_interrupted())
		goto done;
	script_add_outro(&s, c);
	if (!emit(&out, &s) && o->dry_run)
		script_print_total(&s, stdout);
done:
	if (audio_close(out.audio) && !out.failed) {
		fprintf(stderr, "crier: %s\n", crier_last_error());
		out.failed = 1;
	}
	speech_shutdown();
	audio_shutdown();
	script_release(&s);
	return status_of(&out, c, failed);
}
