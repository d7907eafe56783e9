/*
 * source_run.c - fetching one source and summarizing its articles.
 *
 * With isolation, the summarizer runs in a child process that summarizes
 * the articles from the first unfinished one on and writes each summary
 * to a pipe as it goes.  When the child dies or stops answering, the
 * story it was on gets the lead summary and a note, and a new child
 * carries on with the next story.
 */
#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <crier/language.h>
#include <crier/stem.h>

#include "config/filter.h"
#include "source_run.h"
#include "host/summarizer.h"
#include "base/xalloc.h"

const char *const core_source_keys[] = {
	"name", "title", "plugin", "summarizer", "speech", "voice",
	"max_stories", "filters", NULL
};

static int fetch(const struct source_config *sc, struct loader *l,
		 const struct crier_settings *settings, struct crier_source *src)
{
	const struct plugin *p = loader_find(l, sc->plugin, CRIER_PLUGIN_SOURCE);
	const struct crier_source_ops *ops;
	void *state = NULL;
	int ret;

	if (!p)
		return -1;
	ops = p->desc->source;
	crier_clear_error();
	ret = ops->open(settings, &state);
	if (!ret) {
		crier_settings_warn_unread(settings, core_source_keys);
		ret = ops->fetch(state, src);
	}
	if (ops->close)
		ops->close(state);
	crier_source_finish(src);
	return ret;
}

/* ---- summarizing in a child process ---- */

/* The child: summarize stories from..n-1, one record per story. */
static void summarize_child(int fd, struct summarizer *sum,
			    struct source_result *r, size_t from)
{
	struct crier_strbuf rec = CRIER_STRBUF_INIT;

	for (size_t i = from; i < r->n; i++) {
		struct crier_summary out;

		crier_summary_init(&out);
		summarizer_run(sum, r->stories[i].article, 0, 0, &out);
		crier_strbuf_reset(&rec);
		crier_strbuf_add(&rec, &i, sizeof(i));
		crier_strbuf_add(&rec, &out.n, sizeof(out.n));
		for (size_t j = 0; j < out.n; j++)
			crier_strbuf_add(&rec, out.sentences[j],
					 strlen(out.sentences[j]) + 1);
		if (crier_write_all(fd, rec.buf, rec.len))
			_exit(1);
		crier_summary_release(&out);
	}
	_exit(0);
}

/*
 * Reads the child's records into r until it ends or stays silent for the
 * timeout; returns the index of the first story without a summary.
 */
static size_t read_summaries(int fd, struct source_result *r, size_t from,
			     int timeout_s, int *timed_out)
{
	struct crier_strbuf buf = CRIER_STRBUF_INIT;
	struct pollfd pfd = { fd, POLLIN, 0 };
	char chunk[65536];
	size_t done = from, pos = 0;
	int ready;

	*timed_out = 0;
	while ((ready = poll(&pfd, 1, timeout_s * 1000)) != 0) {
		ssize_t n = ready < 0 ? -1 : read(fd, chunk, sizeof(chunk));

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		crier_strbuf_add(&buf, chunk, (size_t)n);
	}
	*timed_out = ready == 0;
	/* Records: size_t index, size_t count, count NUL-ended sentences. */
	while (buf.len - pos >= 2 * sizeof(size_t)) {
		size_t index, count, p = pos + 2 * sizeof(size_t), k;

		memcpy(&index, buf.buf + pos, sizeof(index));
		memcpy(&count, buf.buf + pos + sizeof(index), sizeof(count));
		for (k = 0; k < count && p < buf.len; k++)
			p += strnlen(buf.buf + p, buf.len - p) + 1;
		if (k < count || p > buf.len || index != done || index >= r->n)
			break;
		for (size_t q = pos + 2 * sizeof(size_t); q < p;
		     q += strlen(buf.buf + q) + 1)
			crier_summary_add(&r->stories[index].summary, buf.buf + q,
					  strlen(buf.buf + q));
		done++;
		pos = p;
	}
	crier_strbuf_release(&buf);
	return done;
}

static void fall_back(struct summarizer *lead, struct story *s,
		      const char *name, const char *why)
{
	struct crier_strbuf note = CRIER_STRBUF_INIT;

	crier_summary_release(&s->summary);
	crier_summary_init(&s->summary);
	if (lead->plugin)
		summarizer_run(lead, s->article, 0, 0, &s->summary);
	crier_strbuf_addf(&note, "summarizer '%s' %s on this story; lead used",
			  name, why);
	s->note = crier_strbuf_detach(&note);
}

/* How a summarizing child ended, for the story's note. */
static void death(int status, int timed_out, int timeout_s,
		  struct crier_strbuf *why)
{
	if (timed_out)
		crier_strbuf_addf(why, "took over %d s", timeout_s);
	else if (WIFSIGNALED(status))
		crier_strbuf_addf(why, "crashed (%s)", strsignal(WTERMSIG(status)));
	else
		crier_strbuf_adds(why, "failed");
}

static void summarize_isolated(struct summarizer *sum, struct summarizer *lead,
			       int timeout_s, struct source_result *r)
{
	size_t from = 0;

	struct crier_strbuf why = CRIER_STRBUF_INIT;

	while (from < r->n) {
		int fds[2], status = 0, timed_out = 0;
		pid_t pid;
		size_t done = from;

		if (pipe(fds))
			break;
		pid = fork();
		if (pid == 0) {
			close(fds[0]);
			summarize_child(fds[1], sum, r, from);
		}
		close(fds[1]);
		if (pid > 0)
			done = read_summaries(fds[0], r, from, timeout_s, &timed_out);
		close(fds[0]);
		if (pid > 0) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
		}
		if (done >= r->n)
			break;
		crier_strbuf_reset(&why);
		if (pid < 0)
			crier_strbuf_adds(&why, "could not start");
		else
			death(status, timed_out, timeout_s, &why);
		fall_back(lead, &r->stories[done], sum->plugin->desc->name, why.buf);
		from = done + 1;
	}
	crier_strbuf_release(&why);
}

/*
 * Summarizes r's stories with the source's summarizer, or the global one;
 * when that cannot be opened, with lead (and a warning).
 */
static void summarize(const struct config *c, const struct source_config *sc,
		      struct loader *l, int isolate, struct source_result *r)
{
	struct summarizer global, own, lead;
	struct summarizer *sum = &global;

	memset(&own, 0, sizeof(own));
	summarizer_open(&lead, l, NULL, NULL, "lead", c->dir);
	if (summarizer_open(&global, l, c->summarizer, NULL, c->summarizer_plugin,
			    c->dir) ||
	    (sc->summarizer &&
	     summarizer_open(sum = &own, l, sc->summarizer, global.settings,
			     c->summarizer_plugin, c->dir))) {
		crier_warn("%s; using lead", crier_last_error());
		sum = &lead;
	}
	lead.sentences = sum->sentences;
	lead.words = sum->words;
	if (!sum->plugin)
		goto out;
	if (isolate && sum != &lead) {
		summarize_isolated(sum, &lead, c->summarizer_timeout_s, r);
	} else {
		for (size_t i = 0; i < r->n; i++)
			summarizer_run(sum, r->stories[i].article, 0, 0,
				       &r->stories[i].summary);
	}
out:
	summarizer_close(&lead);
	summarizer_close(&own);
	summarizer_close(&global);
}

/*
 * Sets a's language when the source did not.  The cheap stopword guess is
 * taken when it names the language of the source's voice (no worse than
 * not detecting at all); otherwise libexttextcat decides.
 */
static void detect_language(struct crier_article *a, const char *voice)
{
	const char *body = crier_article_get(a, CRIER_FIELD_BODY);
	const char *guess;

	if (*crier_article_get(a, CRIER_FIELD_LANGUAGE))
		return;
	guess = crier_guess_language(body, strlen(body));
	if (guess && !strncmp(voice, guess, 2) && !isalpha((unsigned char)voice[2]))
		crier_article_sets(a, CRIER_FIELD_LANGUAGE, guess);
	else
		crier_article_detect_language(a);
}

void source_run(const struct config *c, struct loader *l, size_t index,
		int isolate, int verbose, struct source_result *r)
{
	const struct source_config *sc = &c->sources[index];
	struct crier_settings *settings =
		crier_settings_new(sc->group, NULL, sc->name, c->dir);
	struct crier_source src;
	const char *old = crier_set_context(sc->name);
	time_t now = time(NULL);

	crier_source_init(&src, sc->name, settings);
	if (fetch(sc, l, settings, &src))
		source_result_fail(r, crier_last_error());
	for (size_t i = 0; i < src.n; i++) {
		const char *why;

		if (!filter_keep(c->filters, sc->filters, src.articles[i], now, &why)) {
			if (verbose)
				crier_warn("'%s' left out: %s",
					   crier_article_get(src.articles[i],
							     CRIER_FIELD_TITLE), why);
			continue;
		}
		/* Summarizers and voices need the language: detect it if unsaid. */
		detect_language(src.articles[i], sc->speech.voice);
		source_result_add(r, src.articles[i]);
		src.articles[i] = NULL;
	}
	src.n = 0;
	if (r->n)
		summarize(c, sc, l, isolate, r);
	crier_set_context(old);
	crier_source_release(&src);
	crier_settings_free(settings);
}
