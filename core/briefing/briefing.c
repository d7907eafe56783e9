/*
 * briefing.c - from configured sources to a spoken briefing.
 *
 * The stages: the fetcher runs every source (fetch and summarize) in
 * parallel child processes; this file takes their results in config
 * order, adds each story to the script, and plays the script as it grows:
 * each item is normalized for speech, rendered by the speech plugin and
 * played through the output plugin in
 * small chunks, so that the live controls can act between them.  A dry
 * run prints the items instead; "crier list" prints a line per story.
 * A failing source or story is reported with its name and skipped; only a
 * failing audio output stops the briefing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "briefing.h"
#include "budget.h"
#include "cmd/commands.h"
#include "cmd/stop_signals.h"
#include "speech/controls.h"
#include "fetch/fetcher.h"
#include "dedup.h"
#include "ledger.h"
#include "base/xalloc.h"
#include "speech/player.h"
#include "prerender.h"
#include "print_stream.h"
#include "progress.h"
#include "render.h"
#include "script.h"
#include "speech/speech.h"
#include "speech/vtt.h"

/* Where the script goes, and how far it has been played. */
struct output {
	const struct briefing_options *o;
	const struct config *c;
	struct audio *audio;	/* NULL when printing */
	FILE *print;		/* where a dry run or listing prints */
	struct vtt *vtt;	/* chapters beside a WAV file, or NULL */
	int controls;		/* live controls are on (keys, MPRIS, timer) */
	int status;		/* a status line on stderr */
	size_t cursor;		/* the next item to play */
	size_t loaded, sources;	/* sources in so far, and in all */
	int failed;		/* the audio output failed */
	int quit;		/* the listener quit */
	struct ledger *ledger;	/* heard stories, or NULL */
	struct dedup *dedup;	/* the stories so far, to find repeats */
	unsigned char *heard;	/* by dedup number: marked in this briefing */
	size_t heard_alloc;
	/* While an item plays, the sources that come in are taken and the
	 * next item is rendered beside it (see on_tick()). */
	struct fetcher *fetcher;
	struct script *script;
	size_t *n_failed;	/* sources that failed so far */
	int playing;		/* an item is playing: the cursor's is not to change */
	int outro;		/* the outro is in the script */
	int opened;		/* output_open() was called */
	size_t skipped;		/* stories left out as heard before */
	long *late;		/* dedup roots reported again once spoken */
	size_t n_late, alloc_late;
	struct prerender pre;
	struct progress progress; /* printing, listing, writing a file */
	struct crier_pcm *kept;	/* the budget's audio by item, or NULL */
	size_t n_kept;
};

/* Marks a story heard, with the copies of it that other sources sent. */
static void mark_heard(struct output *out, const struct script_item *item)
{
	const struct crier_article *copy;
	const char *source;
	size_t d = (size_t)item->dedup;

	if (!out->ledger)
		return;
	if (ledger_mark(out->ledger, item->article, item->source_name))
		fprintf(stderr, "crier: warning: %s\n", crier_last_error());
	for (size_t k = 0; k < dedup_n_copies(out->dedup, d); k++) {
		copy = dedup_copy(out->dedup, d, k, &source);
		if (ledger_mark(out->ledger, copy, source))
			fprintf(stderr, "crier: warning: %s\n", crier_last_error());
	}
	out->heard = xgrow(out->heard, &out->heard_alloc, d + 1, 1);
	out->heard[d] = 1;
}

/* ---- opening the output ---- */

static const char *wav_path(const struct briefing_options *o,
			    const struct config *c)
{
	return o->output ? o->output : o->driver ? NULL : c->output;
}

static int output_open(struct output *out)
{
	const char *wav = wav_path(out->o, out->c);
	int rate;

	if (out->o->dry_run || out->o->list)
		return 0;
	rate = speech_init();
	if (rate < 0)
		return -1;
	if (wav && out->o->stop_after_s > 0)
		fprintf(stderr, "crier: --stop-after applies to live playback; "
			"the whole briefing is written to the file\n");
	out->controls = !wav && controls_start(!out->o->quiet,
					       out->o->stop_after_s);
	out->status = !out->o->quiet && isatty(STDERR_FILENO);
	out->audio = audio_open_for(wav, out->o->driver ? out->o->driver :
				    out->c->driver, "briefing.wav", rate);
	if (!out->audio)
		return -1;
	if (!audio_renames(out->audio))
		return 0;	/* live, or a pipe or device: no chapters file */
	/* The stories are heard once their file is there, complete. */
	if (out->ledger)
		ledger_hold(out->ledger);
	out->vtt = vtt_open(wav ? wav : "briefing.wav");
	if (out->vtt)
		return 0;
	fprintf(stderr, "crier: %s\n", crier_last_error());
	return 0;
}

/*
 * Finishes the output: the audio file is kept (renamed over the
 * destination) unless the briefing failed, then its chapters, then the
 * marks held for its stories are recorded (or dropped with the file).
 */
static void output_close(struct output *out)
{
	int kept = out->audio != NULL;

	if (out->status)
		fputs("\r\033[K", stderr);
	if (out->o->verbose && out->audio && audio_first_write(out->audio))
		fprintf(stderr, "crier: first audio after %.0f ms\n",
			(audio_first_write(out->audio) - out->o->started) * 1000);
	if (out->o->written_s && out->audio)
		*out->o->written_s = (double)audio_samples(out->audio) /
				     audio_rate(out->audio);
	if (out->failed)
		audio_abort(out->audio);
	else if (audio_close(out->audio)) {
		fprintf(stderr, "crier: %s\n", crier_last_error());
		out->failed = 1;
	}
	out->audio = NULL;
	kept = kept && !out->failed;
	if (vtt_close(out->vtt, kept) && !out->failed)
		fprintf(stderr, "crier: %s\n", crier_last_error());
	if (out->ledger && ledger_release(out->ledger, kept))
		fprintf(stderr, "crier: warning: %s\n", crier_last_error());
	controls_stop();
	if (out->o->verbose && speech_renders())
		fprintf(stderr, "crier: %lu texts synthesized\n", speech_renders());
	speech_shutdown();
}

/* ---- playing ---- */

struct now_playing {
	struct output *out;
	const struct script *s;
	size_t item;
	size_t story;		/* its number among the stories, or 0 */
	double before;		/* seconds played before this item */
};

static void show_status(void *data, size_t pos, int paused)
{
	struct now_playing *np = data;
	const struct script_item *item = &np->s->items[np->item];
	double at = np->before + (double)pos / audio_rate(np->out->audio);
	long t = (long)at, total = (long)script_total(np->s);

	fprintf(stderr, "\r\033[K%s ", paused ? "paused" :
		audio_is_file(np->out->audio) ? "writing" : "playing");
	if (item->kind == SCRIPT_STORY)
		fprintf(stderr, "story %zu of %zu%s, %s", np->story, np->s->stories,
			np->out->loaded < np->out->sources ? "+" : "",
			item->source_name);
	else
		fputs(item->kind == SCRIPT_INTRO ? "intro" : "outro", stderr);
	fprintf(stderr, "  %ld:%02ld / %ld:%02ld", t / 60, t % 60,
		total / 60, total % 60);
	if (controls_stop_after_story())
		fputs("  (stopping after this story)", stderr);
	if (np->out->loaded < np->out->sources)
		fprintf(stderr, "  (loaded %zu of %zu sources)", np->out->loaded,
			np->out->sources);
	fflush(stderr);
}

static void chapter(struct output *out, const struct script_item *item,
		    double start)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	double end = (double)audio_samples(out->audio) / audio_rate(out->audio);

	if (!out->vtt || item->kind != SCRIPT_STORY)
		return;
	crier_strbuf_addf(&text, "%s: %s", item->source_name, item->title);
	if (vtt_cue(out->vtt, start, end, text.buf))
		fprintf(stderr, "crier: %s\n", crier_last_error());
	crier_strbuf_release(&text);
}

/*
 * Tells the desktop that item i plays now, lasting seconds (estimated
 * before it is rendered, so that a Next shows at once).
 */
static void announce(const struct output *out, const struct script *s,
		     size_t i, double seconds)
{
	const struct script_item *item = &s->items[i];
	struct mpris_track t = {
		.number = (unsigned)i,
		.title = item->kind == SCRIPT_STORY ? item->title :
			 item->kind == SCRIPT_INTRO ? "Introduction" : "Closing",
		.artist = item->kind == SCRIPT_STORY ? item->source_name : "crier",
		.seconds = seconds,
		.can_prev = i > 0 && s->items[i - 1].kind == SCRIPT_STORY,
		.can_next = out->loaded < out->sources,
	};

	for (size_t k = i + 1; k < s->n && !t.can_next; k++)
		t.can_next = s->items[k].kind == SCRIPT_STORY;
	controls_track(&t);
}

static void take_ready_sources(struct output *out);

/*
 * Called about ten times a second while item np->item plays: updates the
 * status line, takes the sources that have come in meanwhile, and starts
 * rendering the item after this one, so that it is ready when this one
 * ends even when the machine is busy.
 */
static void on_tick(void *data, size_t pos, int paused)
{
	struct now_playing *np = data;
	struct output *out = np->out;
	size_t next = np->item + 1;

	if (out->status)
		show_status(data, pos, paused);
	take_ready_sources(out);
	if (next < out->script->n && !prerender_has(&out->pre, next) &&
	    !(next < out->n_kept && out->kept[next].n))
		prerender_start(&out->pre, next, &out->script->items[next],
				out->c->lexicon, audio_rate(out->audio));
}

/* Says which item is being written to a file (rendering takes a while). */
static void say_writing(struct output *out, const struct script *s, size_t i)
{
	const struct script_item *item = &s->items[i];

	if (item->kind == SCRIPT_STORY)
		progress_say(&out->progress, "writing story %zu of %zu%s, %s",
			     item->number, s->stories,
			     out->loaded < out->sources ? "+" : "",
			     item->source_name);
	else
		progress_say(&out->progress, "writing the %s",
			     item->kind == SCRIPT_INTRO ? "intro" : "outro");
}

/* Starts the output's chapter for item. */
static void add_chapter(struct audio *a, const struct script_item *item)
{
	if (item->kind == SCRIPT_STORY)
		audio_chapter(a, item->title, item->source_name,
			      crier_article_get(item->article, CRIER_FIELD_LINK));
	else
		audio_chapter(a, item->kind == SCRIPT_INTRO ? "Introduction" :
			      "Closing", NULL, NULL);
}

static enum play_end play_item(struct output *out, const struct script *s,
			       size_t i)
{
	struct now_playing np = { out, s, i, s->items[i].number, 0 };
	double start = (double)audio_samples(out->audio) / audio_rate(out->audio);
	enum play_end end;
	struct crier_pcm p;
	int ret;

	for (size_t k = 0; k < i; k++)
		np.before += s->items[k].seconds + s->items[k].speech.pause_ms / 1000.0;
	crier_pcm_init(&p);
	add_chapter(out->audio, &s->items[i]);
	announce(out, s, i, s->items[i].seconds);
	say_writing(out, s, i);
	if (i < out->n_kept && out->kept[i].n) {
		p = out->kept[i];	/* the budget's audio: played, not rendered again */
		crier_pcm_init(&out->kept[i]);
		ret = 0;
	} else if (prerender_has(&out->pre, i)) {
		ret = prerender_take(&out->pre, &p);
	} else {
		prerender_drop(&out->pre);
		ret = render_item(&s->items[i], out->c->lexicon,
				  audio_rate(out->audio), &p, NULL);
	}
	if (ret) {
		end = ret > 0 ? PLAY_QUIT : PLAY_ERROR;
	} else {
		controls_length((double)p.n / audio_rate(out->audio));
		out->playing = 1;
		end = player_play(out->audio, &p, out->controls, on_tick, &np);
		out->playing = 0;
	}
	prerender_give(&out->pre, &p);	/* the next render reuses its pages */
	chapter(out, &s->items[i], start);
	return end;
}

/* The first item after the stories of item i's source. */
static size_t after_source(const struct script *s, size_t i)
{
	size_t source = s->items[i].source;

	while (i < s->n && s->items[i].source == source &&
	       s->items[i].kind == SCRIPT_STORY)
		i++;
	return i;
}

/* Moves the cursor as the way item i ended asks. */
static void follow(struct output *out, const struct script *s, size_t i,
		   enum play_end end)
{
	switch (end) {
	case PLAY_DONE:
	case PLAY_NEXT:
		out->cursor = i + 1;
		break;
	case PLAY_PREV:
		out->cursor = i > 1 && s->items[i - 1].kind == SCRIPT_STORY ? i - 1 : i;
		break;
	case PLAY_SKIP_SOURCE:
		out->cursor = s->items[i].kind == SCRIPT_STORY ? after_source(s, i) : i + 1;
		break;
	case PLAY_QUIT:
		out->quit = 1;
		break;
	case PLAY_ERROR:
		fprintf(stderr, "%scrier: %s\n", out->status ? "\n" : "",
			crier_last_error());
		out->failed = 1;
		break;
	}
}

/* Ends the briefing after item i when the listener's stop came. */
static void stop_if_asked(struct output *out, const struct script *s,
			  size_t i, enum play_end end)
{
	const char *nl = out->status ? "\n" : "";

	if (end == PLAY_QUIT && controls_timer_expired()) {
		fprintf(stderr, "%scrier: the sleep timer stopped the briefing; "
			"the story cut off stays unheard\n", nl);
	} else if (end == PLAY_DONE && s->items[i].kind == SCRIPT_STORY &&
		   controls_stop_after_story()) {
		fprintf(stderr, "%scrier: stopped after this story, as asked\n", nl);
		out->quit = 1;
	}
}

static void print_age(FILE *fp, const struct crier_article *a)
{
	int64_t when = crier_article_published(a);
	long age;

	if (when == CRIER_TIME_UNKNOWN) {
		fprintf(fp, "%6s", "-");
		return;
	}
	age = (long)(time(NULL) - when);
	if (age < 3600)
		fprintf(fp, "%4ld m", age < 0 ? 0 : age / 60);
	else if (age < 86400 * 2)
		fprintf(fp, "%4ld h", age / 3600);
	else
		fprintf(fp, "%4ld d", age / 86400);
}

/* One line of "crier list" for story item i, on fp. */
static void list_item(FILE *fp, const struct script *s, size_t i)
{
	const struct script_item *item = &s->items[i];
	long t = (long)(item->seconds + 0.5);

	if (item->kind != SCRIPT_STORY)
		return;
	fprintf(fp, "%-20.20s ", item->source_name);
	print_age(fp, item->article);
	fprintf(fp, "  %2ld:%02ld  %s\n", t / 60, t % 60, item->title);
}

/*
 * Opens the output when the first story is in: a briefing without one
 * makes no sound and writes no file.  Returns -1 when it failed.
 */
static int output_start(struct output *out)
{
	if (out->opened)
		return out->failed ? -1 : 0;
	out->opened = 1;
	if (!output_open(out))
		return 0;
	fprintf(stderr, "crier: %s\n", crier_last_error());
	out->failed = 1;
	return -1;
}

/*
 * Plays, prints or lists what has been added to the script since last
 * time; nothing until the script has a story.
 */
static void flush_script(struct output *out, const struct script *s)
{
	if (!s->stories || output_start(out))
		return;
	if (!out->audio)
		progress_clear(&out->progress);
	if (out->o->list) {
		for (; out->cursor < s->n; out->cursor++)
			list_item(out->print, s, out->cursor);
		return;
	}
	if (!out->audio) {
		for (; out->cursor < s->n; out->cursor++)
			script_print_item(s, out->cursor, out->print);
		return;
	}
	while (out->cursor < s->n && !out->quit && !out->failed &&
	       !speech_interrupted()) {
		size_t i = out->cursor;

		enum play_end end = play_item(out, s, i);

		/* Only a story played to its end is heard. */
		if (end == PLAY_DONE && s->items[i].kind == SCRIPT_STORY)
			mark_heard(out, &s->items[i]);
		follow(out, s, i, end);
		stop_if_asked(out, s, i, end);
	}
}

/* ---- the sources ---- */

double monotonic(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Remembers that story root was reported again after it was spoken. */
static void add_late(struct output *out, long root)
{
	for (size_t k = 0; k < out->n_late; k++)
		if (out->late[k] == root)
			return;
	out->late = xgrow(out->late, &out->alloc_late, out->n_late + 1,
			  sizeof(*out->late));
	out->late[out->n_late++] = root;
}

/*
 * Says "Also reported by ..." at the end of the (not yet played) story
 * root, replacing the sentence it had when another source had already
 * reported it.
 */
static void add_also(struct output *out, struct script *s, long root)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	size_t i;

	for (i = out->cursor + (size_t)out->playing; i < s->n; i++) {
		struct script_item *item = &s->items[i];

		if (item->kind != SCRIPT_STORY || item->dedup != root)
			continue;
		if (item->also == dedup_n_also(out->dedup, root))
			break;
		if (prerender_has(&out->pre, i))
			prerender_drop(&out->pre);	/* its text changes */
		if (item->also && item->summary.n)
			free(item->summary.sentences[--item->summary.n]);
		item->also = dedup_also_text(out->dedup, root, &text);
		crier_summary_add(&item->summary, text.buf, text.len);
		break;
	}
	if (i == s->n && dedup_n_also(out->dedup, root))
		add_late(out, root);
	crier_strbuf_release(&text);
}

/*
 * "Headline, also reported by X and Y." for each story that another
 * source reported after it was spoken (or printed): said before the outro.
 */
static void late_also_text(const struct output *out, const struct script *s,
			   struct crier_strbuf *text)
{
	struct crier_strbuf also = CRIER_STRBUF_INIT;

	for (size_t k = 0; k < out->n_late; k++) {
		for (size_t i = 0; i < s->n; i++) {
			const struct script_item *item = &s->items[i];
			size_t len = item->title ? strlen(item->title) : 0;

			if (item->kind != SCRIPT_STORY || item->dedup != out->late[k])
				continue;
			while (len && strchr(".!?:; ", item->title[len - 1]))
				len--;
			crier_strbuf_reset(&also);
			dedup_also_text(out->dedup, (size_t)out->late[k], &also);
			if (also.len)
				also.buf[0] = 'a';	/* "Also reported by" */
			crier_strbuf_addf(text, "%s%.*s, %s", text->len ? " " : "",
					  (int)len, item->title, also.buf);
			break;
		}
	}
	crier_strbuf_release(&also);
}

/* Adds the outro, after what other sources said of spoken stories. */
static void add_outro(struct output *out, struct script *s)
{
	struct crier_strbuf before = CRIER_STRBUF_INIT;

	late_also_text(out, s, &before);
	script_add_outro(s, out->c, before.buf);
	out->outro = 1;
	crier_strbuf_release(&before);
}

/*
 * Checks story st of source i against the stories so far.  Returns 1 when
 * it repeats one (its source is then named with that one, and it is
 * marked heard at once if that one already was), 0 when it is new.
 */
static int add_story(struct output *out, struct script *s, size_t i,
		     struct story *st)
{
	const char *source;
	const struct crier_article *copy;
	long root = dedup_add_story(out->dedup, st, out->c->sources[i].name);

	if (root < 0)
		return 0;
	copy = dedup_copy(out->dedup, (size_t)root,
			  dedup_n_copies(out->dedup, (size_t)root) - 1, &source);
	if (out->o->verbose)
		fprintf(stderr, "crier: source '%s': '%s' repeats a story already in the briefing\n",
			source, crier_article_get(copy, CRIER_FIELD_TITLE));
	if ((size_t)root < out->heard_alloc && out->heard[root] && out->ledger &&
	    ledger_mark(out->ledger, copy, source))
		fprintf(stderr, "crier: warning: %s\n", crier_last_error());
	add_also(out, s, root);
	return 1;
}

/* Adds one source's stories to the script. */
static void add_source(struct output *out, const struct config *c, size_t i,
		       struct source_result *r, struct script *s)
{
	const struct source_config *sc = &c->sources[i];
	size_t added = 0;

	if (r->failed) {
		progress_clear(&out->progress);
		fprintf(stderr, "crier: source '%s' (%s): %s\n", sc->name,
			sc->plugin, r->error);
	}
	for (size_t k = 0; k < r->n; k++) {
		struct story *st = &r->stories[k];

		if (sc->max_stories && added >= (size_t)sc->max_stories)
			break;
		if (!out->o->all && out->ledger &&
		    ledger_heard(out->ledger, st->article) == 1) {
			out->skipped++;
			continue;
		}
		if (add_story(out, s, i, st))
			continue;
		added++;
		if (st->note)
			fprintf(stderr, "crier: source '%s': story '%s': %s\n",
				sc->name,
				crier_article_get(st->article, CRIER_FIELD_TITLE),
				st->note);
		script_add_story(s, c, i, st->article, &st->summary);
		s->items[s->n - 1].dedup = (long)dedup_count(out->dedup) - 1;
		st->article = NULL;
	}
}

/* Takes source i's result into the script. */
static void take_source(struct output *out, struct fetcher *f, size_t i,
			struct script *s, size_t *failed)
{
	struct source_result r;

	if (fetcher_wait(f, i, &r))
		return;		/* interrupted */
	out->loaded = i + 1;
	if (out->o->verbose)
		fprintf(stderr, "crier: source '%s' in after %.0f ms\n",
			out->c->sources[i].name,
			(monotonic() - out->o->started) * 1000);
	*failed += r.failed != 0;
	add_source(out, out->c, i, &r, s);
	source_result_release(&r);
	/* The outro follows the last source at once, to be rendered ahead. */
	if (out->loaded == out->sources && !out->o->list && !out->c->minutes)
		add_outro(out, s);
}

/* Takes the sources, in config order, that are in already. */
static void take_ready_sources(struct output *out)
{
	while (out->loaded < out->sources &&
	       fetcher_is_done(out->fetcher, out->loaded))
		take_source(out, out->fetcher, out->loaded, out->script,
			    out->n_failed);
}

/*
 * Takes the sources in config order and plays each as soon as it is in;
 * sources that are already in by then are taken first, so that a story
 * reported by several of them is found before it is spoken.
 */
static void brief_sources(struct output *out, struct fetcher *f,
			  struct script *s, size_t *failed)
{
	const struct config *c = out->c;

	while (out->loaded < c->n_sources && !out->quit && !out->failed &&
	       !speech_interrupted()) {
		if (!fetcher_is_done(f, out->loaded))
			progress_say(&out->progress, "waiting for source %zu of %zu, %s",
				     out->loaded + 1, c->n_sources,
				     c->sources[out->loaded].name);
		take_source(out, f, out->loaded, s, failed);
		take_ready_sources(out);
		if (!c->minutes)
			flush_script(out, s);
	}
}

/*
 * Loads the plugins the sources and the summarizer name (a name that is
 * no file's makes the loader read them all); speech and output plugins
 * come later, and only when the briefing speaks.
 */
static void load_plugins(const struct config *c, struct loader *l)
{
	const char *name;

	for (size_t i = 0; i < c->n_sources; i++) {
		loader_find(l, c->sources[i].plugin, CRIER_PLUGIN_SOURCE);
		if (c->sources[i].summarizer &&
		    config_setting_lookup_string(c->sources[i].summarizer,
						 "plugin", &name))
			loader_find(l, name, CRIER_PLUGIN_SUMMARIZER);
	}
	loader_find(l, c->summarizer_plugin, CRIER_PLUGIN_SUMMARIZER);
	loader_find(l, "lead", CRIER_PLUGIN_SUMMARIZER);	/* the fallback */
}

/* Starts fetching every source (before anything else makes threads). */
static struct fetcher *start_fetching(const struct config *c, struct loader *l,
				      const struct briefing_options *o)
{
	struct fetch_options fo = {
		.isolate = o->isolate, .jobs = c->jobs,
		.timeout_s = c->timeout_s, .memory_mb = c->memory_mb,
		.verbose = o->verbose, .interrupted = speech_interrupted,
	};

	load_plugins(c, l);	/* before any fork */
	return fetcher_start(c, l, &fo);
}

/* With a time budget: choose and trim the stories, measuring their audio. */
static int fit_budget(struct output *out, struct script *s)
{
	double seconds, budget = out->c->minutes * 60;
	int rate = speech_init();
	int ret = rate < 0 ? -1 : budget_fit(s, out->c, rate, &seconds,
					      &out->kept);

	if (ret < 0)
		fprintf(stderr, "crier: %s\n", crier_last_error());
	if (!ret)
		out->n_kept = s->n;
	if (ret || out->o->quiet)
		return ret;
	fprintf(stderr, "crier: %zu stories in %d:%02d for a budget of %d:%02d\n",
		s->stories, (int)seconds / 60, (int)seconds % 60,
		(int)budget / 60, (int)budget % 60);
	if (seconds < budget * 0.9)
		fprintf(stderr, "crier: the budget could not be filled to within 10%%\n");
	return 0;
}

/* The time the last story was heard, or 0. */
static int last_heard(const struct ledger_entry *e, void *data)
{
	*(int64_t *)data = e->when;
	return 1;
}

/*
 * Says why a briefing has no story (when not every source failed: each
 * failure was reported already).
 */
static void nothing_new(const struct output *out, size_t failed)
{
	int64_t when = 0;
	char day[16], date[64] = "";
	struct tm tm;
	time_t t;

	if (failed == out->sources && failed)
		return;
	if (!out->skipped) {
		fprintf(stderr, "crier: the sources have no stories to brief\n");
		return;
	}
	if (out->ledger)
		ledger_recent(out->ledger, 1, last_heard, &when);
	t = (time_t)when;
	if (when && localtime_r(&t, &tm) && strftime(day, sizeof(day), "%a", &tm))
		snprintf(date, sizeof(date), " since %s %d ", day, tm.tm_mday);
	if (*date)	/* "since Wed 2 Dec 07:15" */
		strftime(date + strlen(date), sizeof(date) - strlen(date),
			 "%b %H:%M", &tm);
	fprintf(stderr, "crier: nothing new%s (%zu %s heard before); "
		"crier --all speaks %s again\n", date, out->skipped,
		out->skipped == 1 ? "story" : "stories",
		out->skipped == 1 ? "it" : "them");
}

/*
 * Opens the heard-story ledger, which is read to leave heard stories out
 * and written as stories are heard.  A dry run or a list with --all does
 * neither, so it leaves the state database (and SQLite) alone.
 */
static void open_ledger(struct output *out)
{
	if ((out->o->dry_run || out->o->list) && out->o->all)
		return;
	if (ledger_open(&out->ledger))
		fprintf(stderr, "crier: warning: %s; heard stories are not skipped\n",
			crier_last_error());
}

static int status_of(const struct output *out, const struct config *c,
		     const struct script *s, size_t failed)
{
	if (speech_interrupted())
		return EXIT_INTERRUPTED;
	if (out->failed)
		return EXIT_AUDIO;
	if (failed && failed == c->n_sources)
		return EXIT_NOTHING;
	if (!s->stories && !out->quit)
		return EXIT_NOTHING_NEW;
	return failed ? EXIT_SOURCES_FAILED : EXIT_OK;
}

int briefing_run(const struct config *c, struct loader *l,
		 const struct briefing_options *o)
{
	struct output out = { .o = o, .c = c, .sources = c->n_sources };
	struct fetcher *f;
	struct script s;
	size_t failed = 0;
	int status;

	speech_setup(l, c);
	audio_setup(l, c);
	if (!o->dry_run && !o->list &&
	    audio_check(wav_path(o, c), o->driver ? o->driver : c->driver)) {
		fprintf(stderr, "crier: %s\n", crier_last_error());
		return EXIT_AUDIO;
	}
	script_init(&s);
	prerender_init(&out.pre);
	/* Live playback has its own status line (show_status()). */
	progress_init(&out.progress, o->quiet || !(o->dry_run || o->list ||
						   wav_path(o, c)), o->verbose);
	stop_on_signals();
	/* Before any plugin runs: their standard output is not the script. */
	out.print = o->dry_run || o->list ? print_stream_open() : stdout;
	f = start_fetching(c, l, o);
	out.fetcher = f;
	out.script = &s;
	out.n_failed = &failed;
	out.dedup = dedup_new();
	open_ledger(&out);
	if (o->list)
		fprintf(out.print, "%-20s %6s  %5s  %s\n", "SOURCE", "AGE",
			"TIME", "HEADLINE");
	else
		script_add_intro(&s, c, time(NULL));
	if (!c->minutes)
		flush_script(&out, &s);
	brief_sources(&out, f, &s, &failed);
	progress_clear(&out.progress);
	if (out.quit || out.failed || speech_interrupted())
		goto done;
	if (!s.stories) {
		nothing_new(&out, failed);
		goto done;
	}
	if (!o->list && !out.outro)
		add_outro(&out, &s);
	if (c->minutes && fit_budget(&out, &s)) {
		out.failed = 1;
		goto done;
	}
	flush_script(&out, &s);
	if (o->dry_run || o->list)
		script_print_total(&s, out.print);
done:
	progress_clear(&out.progress);
	prerender_release(&out.pre);
	fetcher_free(f);
	print_stream_close(out.print);
	output_close(&out);
	ledger_close(out.ledger);
	dedup_free(out.dedup);
	free(out.heard);
	free(out.late);
	budget_audio_free(out.kept, out.n_kept);
	status = status_of(&out, c, &s, failed);
	script_release(&s);
	if (speech_interrupted())
		fputs("crier: interrupted; stopped\n", stderr);
	return status;
}

int briefing_command(const struct cli *cli, const struct briefing_options *o)
{
	struct config c;
	struct loader l;
	int status = EXIT_USAGE;

	if (cli->n_args) {
		fprintf(stderr, "crier: unexpected argument '%s'; see 'crier --help'\n",
			cli->args[0]);
		return EXIT_USAGE;
	}
	if (load_config(cli, NULL, &c))
		goto out;
	setup_loader(&l, &c);
	status = briefing_run(&c, &l, o);
	loader_release(&l);
out:
	config_release(&c);
	return status;
}
