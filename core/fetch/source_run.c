/*
 * source_run.c - fetching one source and summarizing its articles.
 *
 * With isolation, the summarizer (unless it is lead, crier's fallback,
 * which runs in the worker) runs in a child process that summarizes
 * the articles from the first unfinished one on and writes each summary
 * to a pipe as it goes.  When the child dies or stops answering, the
 * story it was on gets the lead summary and a note, and a new child
 * carries on with the next story.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
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
	crier_settings_warn_unread(settings, core_source_keys, ret != 0);
	if (!ret)
		ret = ops->fetch(state, src);
	if (ops->close)
		ops->close(state);
	crier_source_finish(src);
	return ret;
}

/* ---- what a summarizer returned ---- */

/* The text a summarizer is given (summarizer_run's choice). */
static const char *summary_input(const struct crier_article *a)
{
	const char *text = crier_article_get(a, CRIER_FIELD_BODY);

	return *text ? text : crier_article_get(a, CRIER_FIELD_SUMMARY);
}

/*
 * 1 when story s has text to summarize beyond its headline and page
 * furniture (what crier_clean_body() keeps): a one-line item whose text is
 * its headline rightly gives an empty summary.
 */
static int has_text(const struct story *s)
{
	struct crier_strbuf rest = CRIER_STRBUF_INIT;
	const char *text = summary_input(s->article);
	int has;

	crier_clean_body(text, strlen(text),
			 crier_article_get(s->article, CRIER_FIELD_TITLE), &rest);
	has = rest.len > 0;
	crier_strbuf_release(&rest);
	return has;
}

static void fall_back(struct summarizer *lead, struct story *s,
		      const char *name, const char *why)
{
	struct crier_strbuf note = CRIER_STRBUF_INIT;

	crier_summary_release(&s->summary);
	crier_summary_init(&s->summary);
	if (lead->plugin)
		summarizer_run(lead, s->article, 0, 0, &s->summary);
	crier_strbuf_addf(&note, "summarizer '%s' %s; lead used", name, why);
	free(s->note);
	s->note = crier_strbuf_detach(&note);
}

/*
 * Takes what the summarizer made of story s.  A failure (failed is its
 * message), or nothing at all from a story that has text, falls back to
 * lead with a note; a summary crier had to correct (corrected, "" when
 * not) gets a note saying what was corrected.
 */
static void take_summary(const char *name, struct summarizer *lead,
			 struct story *s, const char *failed,
			 const char *corrected)
{
	struct crier_strbuf why = CRIER_STRBUF_INIT;

	if (failed) {
		crier_strbuf_addf(&why, "failed on this story (%s)", failed);
		fall_back(lead, s, name, why.buf);
	} else if (!s->summary.n && has_text(s)) {
		fall_back(lead, s, name, "returned an empty summary for this story");
	} else if (*corrected) {
		crier_strbuf_addf(&why, "summarizer '%s' did not keep to its request on this story: %s",
				  name, corrected);
		free(s->note);
		s->note = crier_strbuf_detach(&why);
	}
	crier_strbuf_release(&why);
}

/*
 * Leaves out the stories that have text but no summary even from lead:
 * they are not spoken, so they must not be marked heard.
 */
static void drop_unsummarized(struct source_result *r)
{
	size_t kept = 0;

	for (size_t i = 0; i < r->n; i++) {
		struct story *s = &r->stories[i];

		if (!s->summary.n && has_text(s)) {
			crier_warn("story '%s' left out: no summary could be made (%s)",
				   crier_article_get(s->article, CRIER_FIELD_TITLE),
				   s->note ? s->note : "the summarizer returned nothing");
			crier_article_free(s->article);
			crier_summary_release(&s->summary);
			free(s->note);
			continue;
		}
		r->stories[kept++] = *s;
	}
	r->n = kept;
}

/* ---- summarizing in a child process ---- */

/*
 * The child: summarize stories from..n-1, one record per story:
 * size_t index, size_t failed, size_t count, then NUL-ended strings: the
 * error (failed) or the correction note, and count sentences.
 */
static void summarize_child(int fd, struct summarizer *sum,
			    struct source_result *r, size_t from)
{
	struct crier_strbuf rec = CRIER_STRBUF_INIT;

	for (size_t i = from; i < r->n; i++) {
		struct crier_summary out;
		size_t failed;
		const char *msg;

		crier_summary_init(&out);
		failed = summarizer_run(sum, r->stories[i].article, 0, 0, &out) != 0;
		msg = failed ? crier_last_error() : sum->note;
		crier_strbuf_reset(&rec);
		crier_strbuf_add(&rec, &i, sizeof(i));
		crier_strbuf_add(&rec, &failed, sizeof(failed));
		crier_strbuf_add(&rec, &out.n, sizeof(out.n));
		crier_strbuf_add(&rec, msg, strlen(msg) + 1);
		for (size_t j = 0; j < out.n; j++)
			crier_strbuf_add(&rec, out.sentences[j],
					 strlen(out.sentences[j]) + 1);
		if (crier_write_all(fd, rec.buf, rec.len))
			_exit(1);
		crier_summary_release(&out);
	}
	_exit(0);
}

static double seconds_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Reads what the child pid sends into buf until it ends or stays silent
 * for timeout_s.  The child's end is watched, not only its pipe's: a
 * process the plugin started may hold the pipe open.  Returns 1 when the
 * child timed out; *status is set when it was reaped here (*reaped).
 */
static int read_child(int fd, pid_t pid, int timeout_s,
		      struct crier_strbuf *buf, int *status, int *reaped)
{
	struct pollfd pfd = { fd, POLLIN, 0 };
	double heard = seconds_now();
	char chunk[65536];

	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	for (;;) {
		int ready = poll(&pfd, 1, 100);
		ssize_t n = ready > 0 ? read(fd, chunk, sizeof(chunk)) : -1;

		if (n > 0) {
			crier_strbuf_add(buf, chunk, (size_t)n);
			heard = seconds_now();
			continue;
		}
		if (n == 0 || (ready != 0 && errno != EINTR && errno != EAGAIN))
			return 0;	/* the end of the pipe */
		if (*reaped)
			return 0;	/* drained after the child ended */
		*reaped = waitpid(pid, status, WNOHANG) == pid;
		if (!*reaped && seconds_now() - heard > timeout_s)
			return 1;
	}
}

/*
 * Takes the records in buf for stories from.. on; returns the index of
 * the first story without one.
 */
static size_t take_records(const struct crier_strbuf *buf, const char *name,
			   struct summarizer *sum, struct summarizer *lead,
			   struct source_result *r, size_t from)
{
	size_t done = from, pos = 0, head = 3 * sizeof(size_t);

	while (buf->len - pos >= head) {
		size_t index, failed, count, p = pos + head, k, msg;

		memcpy(&index, buf->buf + pos, sizeof(index));
		memcpy(&failed, buf->buf + pos + sizeof(index), sizeof(failed));
		memcpy(&count, buf->buf + pos + 2 * sizeof(index), sizeof(count));
		msg = p;
		for (k = 0; k <= count && p < buf->len; k++)
			p += strnlen(buf->buf + p, buf->len - p) + 1;
		if (k <= count || p > buf->len || index != done || index >= r->n)
			break;
		for (size_t q = msg + strlen(buf->buf + msg) + 1; q < p;
		     q += strlen(buf->buf + q) + 1)
			crier_summary_add(&r->stories[index].summary, buf->buf + q,
					  strlen(buf->buf + q));
		/* Checked again here: the child ran the plugin's code. */
		summarizer_check(&r->stories[index].summary, sum->sentences,
				 sum->words, NULL, 0);
		take_summary(name, lead, &r->stories[index],
			     failed ? buf->buf + msg : NULL, buf->buf + msg);
		done++;
		pos = p;
	}
	return done;
}

/* How a summarizing child ended, for the story's note. */
static void death(int status, int timeout_s, struct crier_strbuf *why)
{
	if (timeout_s)
		crier_strbuf_addf(why, "took over %d s on this story", timeout_s);
	else if (WIFSIGNALED(status))
		crier_strbuf_addf(why, "crashed (%s) on this story",
				  strsignal(WTERMSIG(status)));
	else
		crier_strbuf_adds(why, "failed on this story");
}

/*
 * Runs one child on stories from.. on; returns the first story it did
 * not summarize, with *why set to how it ended when that is < r->n and
 * *hung set when it hung there.
 */
static size_t summarize_once(struct summarizer *sum, struct summarizer *lead,
			     int timeout_s, struct source_result *r,
			     size_t from, struct crier_strbuf *why, int *hung)
{
	struct crier_strbuf buf = CRIER_STRBUF_INIT;
	int fds[2], status = 0, reaped = 0, late = 0;
	size_t done = from;
	pid_t pid;

	if (pipe(fds)) {
		crier_strbuf_adds(why, "could not start");
		return from;
	}
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		summarize_child(fds[1], sum, r, from);
	}
	close(fds[1]);
	if (pid > 0)
		late = read_child(fds[0], pid, timeout_s, &buf, &status, &reaped);
	close(fds[0]);
	if (pid > 0 && !reaped) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
	}
	done = take_records(&buf, sum->plugin->desc->name, sum, lead, r, from);
	crier_strbuf_release(&buf);
	if (pid < 0)
		crier_strbuf_adds(why, "could not start");
	else if (done < r->n)
		death(status, late ? timeout_s : 0, why);
	*hung = late && done < r->n;
	return done;
}

/*
 * With isolation: a child summarizes the stories from the first
 * unfinished one on.  A story it crashes on gets lead and a new child
 * goes on with the next.  A summarizer that hangs is not given the
 * others: they all get lead, so that a hung plugin costs one timeout.
 */
static void summarize_isolated(struct summarizer *sum, struct summarizer *lead,
			       int timeout_s, struct source_result *r)
{
	const char *name = sum->plugin->desc->name;
	struct crier_strbuf why = CRIER_STRBUF_INIT;
	size_t from = 0;

	while (from < r->n) {
		int hung = 0;
		size_t done;

		crier_strbuf_reset(&why);
		done = summarize_once(sum, lead, timeout_s, r, from, &why, &hung);
		if (done >= r->n)
			break;
		fall_back(lead, &r->stories[done], name, why.buf);
		from = done + 1;
		for (; hung && from < r->n; from++)
			fall_back(lead, &r->stories[from], name,
				  "took too long on an earlier story");
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
	/*
	 * lead, the fallback, runs in the worker itself as it does when it
	 * falls back: it is crier's own, and a child would only cost a fork.
	 */
	if (isolate && sum->plugin != lead.plugin) {
		summarize_isolated(sum, &lead, c->summarizer_timeout_s, r);
	} else {
		for (size_t i = 0; i < r->n; i++) {
			int failed = summarizer_run(sum, r->stories[i].article, 0,
						    0, &r->stories[i].summary);

			take_summary(sum->plugin->desc->name, &lead, &r->stories[i],
				     failed ? crier_last_error() : NULL, sum->note);
		}
	}
	drop_unsummarized(r);
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
