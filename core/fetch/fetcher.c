/*
 * fetcher.c - parallel, isolated fetching of sources.
 *
 * Workers are forked by the forker (forker.h), never from this threaded
 * process.  The thread's loop: ask for workers while there is room, poll
 * their pipes and the forker's socket until the next deadline, collect
 * what they sent and how they ended, kill the late (with every process
 * their plugin started: a worker leads its own process group).  A worker
 * has ended when the forker says so; what is in its pipe then is all it
 * sent, so the pipe is drained without waiting for an end-of-file that a
 * process the plugin left behind could hold back.  Should the forker
 * itself die, workers already running are followed to the end of their
 * pipes.  Results are handed to the briefing under a mutex, in any
 * order; fetcher_wait() sleeps on a condition until its source is in.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <crier/http.h>

#include "fetcher.h"
#include "forker.h"
#include "source_run.h"
#include "wire.h"
#include "base/xalloc.h"

#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED_ADDRESS 1
#else
#define SANITIZED_ADDRESS 0
#endif

/* A child that sends more than this is killed. */
#define MAX_MESSAGE (256u << 20)

/* A worker slot: from the request to the forker until the worker is reaped. */
struct job {
	int active;
	size_t source;
	pid_t pid;		/* 0 until the forker says it started */
	int fd;			/* its pipe, or -1 */
	double deadline;
	struct crier_strbuf buf;
	int too_big, late;
	size_t checked;		/* without the forker: bytes parsed so far */
	int eof, ended, status;
};

struct fetcher {
	const struct config *c;
	struct loader *l;
	struct fetch_options o;
	struct source_result *results;
	unsigned char *done;
	size_t next;		/* the next source to start */
	struct job *jobs;
	size_t running;
	struct forker *forker;	/* NULL without isolation */
	int forker_gone;	/* it died: no new workers, no end events */
	_Atomic int stop;	/* set by fetcher_free() or an interruption */
	int threaded;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t cond;
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void finish(struct fetcher *f, size_t i, struct source_result *r)
{
	pthread_mutex_lock(&f->lock);
	f->results[i] = *r;
	f->done[i] = 1;
	pthread_cond_broadcast(&f->cond);
	pthread_mutex_unlock(&f->lock);
}

/* The worker process: run source i, send the result, exit. */
static void child(void *ctx, size_t i, int fd)
{
	struct fetcher *f = ctx;
	struct crier_strbuf msg = CRIER_STRBUF_INIT;
	struct source_result r;
	struct rlimit lim;

	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
	/* crier's standard output is its script or list: a plugin's own
	 * printing goes to standard error. */
	fflush(stdout);
	dup2(STDERR_FILENO, STDOUT_FILENO);
	/*
	 * AddressSanitizer reserves terabytes of address space up front, so
	 * its builds (tests/sanitize.sh) run without the limit.
	 */
	if (f->o.memory_mb > 0 && !SANITIZED_ADDRESS) {
		lim.rlim_cur = lim.rlim_max = (rlim_t)f->o.memory_mb << 20;
		setrlimit(RLIMIT_AS, &lim);
	}
	source_result_init(&r);
	source_run(f->c, f->l, i, 1, f->o.verbose, &r);
	for (size_t k = 0; k < r.n; k++)
		wire_put_story(&msg, &r.stories[k]);
	if (r.failed)
		wire_put_failure(&msg, r.error);
	wire_put_end(&msg);
	_exit(crier_write_all(fd, msg.buf, msg.len) ? 1 : 0);
}

static void start_job(struct fetcher *f, struct job *j, size_t i)
{
	struct source_result r;

	memset(j, 0, sizeof(*j));
	j->source = i;
	j->fd = -1;
	crier_strbuf_init(&j->buf);
	if (forker_spawn(f->forker, i)) {
		source_result_init(&r);
		source_result_fail(&r, "cannot start a process for this source");
		finish(f, i, &r);
		return;
	}
	j->active = 1;
	j->deadline = now() + f->o.timeout_s;
	f->running++;
}

/* Turns what a finished worker sent, and how it ended, into a result. */
static void collect(struct fetcher *f, struct job *j)
{
	struct source_result r;
	struct crier_strbuf why = CRIER_STRBUF_INIT;
	int parsed, status = j->status;

	source_result_init(&r);
	parsed = wire_parse(j->buf.buf, j->buf.len, &r);
	if (f->forker_gone && parsed > 0 && !j->late)
		crier_strbuf_adds(&why, "crier's helper process was killed before this source finished");
	else if (j->late)
		crier_strbuf_addf(&why, "timed out after %d s and was stopped",
				  f->o.timeout_s);
	else if (j->too_big)
		crier_strbuf_adds(&why, "sent too much data and was stopped");
	else if (!j->pid)
		crier_strbuf_adds(&why, "cannot start a process for this source");
	else if (WIFSIGNALED(status))
		crier_strbuf_addf(&why, "the plugin crashed (%s)",
				  strsignal(WTERMSIG(status)));
	else if (parsed < 0 || (parsed > 0 && j->buf.len && WIFEXITED(status) &&
				!WEXITSTATUS(status)))
		crier_strbuf_adds(&why, "the plugin's process sent malformed data");
	else if (parsed > 0 && !j->buf.len && WIFEXITED(status))
		crier_strbuf_addf(&why, "the plugin ended its process (exit status %d) before the source was finished; a plugin must return, not call exit()",
				  WEXITSTATUS(status));
	else if (parsed > 0 || !WIFEXITED(status) || WEXITSTATUS(status))
		crier_strbuf_adds(&why, "the plugin's process ended without finishing");
	if (why.len)
		source_result_fail(&r, why.buf);
	crier_strbuf_release(&why);
	crier_strbuf_release(&j->buf);
	if (j->fd >= 0)
		close(j->fd);
	finish(f, j->source, &r);
	j->active = 0;
	f->running--;
}

/* Kills the worker and every process in its group. */
static void stop_job(struct job *j)
{
	if (j->pid) {
		kill(-j->pid, SIGKILL);
		kill(j->pid, SIGKILL);
	}
}

/*
 * Reads what the worker's pipe holds now (it does not block).  Returns 1
 * when it read something, 0 when there is nothing more for now.
 */
static int read_job(struct job *j)
{
	char chunk[65536];
	ssize_t n = read(j->fd, chunk, sizeof(chunk));

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return 0;
	if (n <= 0) {
		j->eof = 1;
		return 0;
	}
	crier_strbuf_add(&j->buf, chunk, (size_t)n);
	if (j->buf.len > MAX_MESSAGE && !j->too_big) {
		j->too_big = 1;
		stop_job(j);
	}
	return !j->too_big;
}

/* A worker has ended: all it wrote is in its pipe; take that, then stop. */
static void drain_job(struct job *j)
{
	if (j->fd >= 0)
		while (!j->eof && read_job(j))
			;
	j->eof = 1;
}

static struct job *job_of(struct fetcher *f, size_t source)
{
	for (int k = 0; k < f->o.jobs; k++)
		if (f->jobs[k].active && f->jobs[k].source == source)
			return &f->jobs[k];
	return NULL;
}

/* Takes in what the forker says about a worker. */
static void forker_event(struct fetcher *f)
{
	struct forker_event ev;
	struct job *j;

	if (forker_recv(f->forker, &ev)) {
		f->forker_gone = 1;	/* nothing more can start */
		return;
	}
	j = job_of(f, ev.job);
	if (!j) {
		if (ev.fd >= 0)
			close(ev.fd);
		return;
	}
	if (ev.kind == FORKER_STARTED) {
		j->pid = ev.pid;
		j->fd = ev.fd;
		fcntl(j->fd, F_SETFL, fcntl(j->fd, F_GETFL) | O_NONBLOCK);
		if (j->late || j->too_big)
			stop_job(j);
	} else {
		j->ended = 1;
		j->status = ev.status;
		drain_job(j);
	}
}

/* Whether j has sent a whole message (new data is parsed once). */
static int sent_all(struct job *j)
{
	struct source_result r;
	int whole;

	if (j->checked == j->buf.len)
		return 0;
	j->checked = j->buf.len;
	source_result_init(&r);
	whole = wire_parse(j->buf.buf, j->buf.len, &r) == 0;
	source_result_release(&r);
	return whole;
}

/*
 * Without the forker, nobody reports how workers end: one that was never
 * started has failed, and one has ended when it has sent a whole message
 * or its pipe is closed (a process its plugin left may keep it open).
 */
static void orphan_jobs(struct fetcher *f)
{
	for (int k = 0; f->forker_gone && k < f->o.jobs; k++) {
		struct job *j = &f->jobs[k];

		if (j->active && (!j->pid || j->eof || sent_all(j))) {
			j->ended = j->eof = 1;
			stop_job(j);	/* what its plugin left behind */
		}
	}
}

/* One round: wait for data or the nearest deadline, then handle it. */
static void poll_jobs(struct fetcher *f)
{
	struct pollfd pfd[65];
	struct job *owner[65];
	size_t n = 1;
	double first = now() + 0.1, t;	/* look at stop 10 times a second */

	pfd[0].fd = f->forker_gone ? -1 : forker_fd(f->forker);
	pfd[0].events = POLLIN;
	for (int k = 0; k < f->o.jobs; k++) {
		struct job *j = &f->jobs[k];

		if (!j->active)
			continue;
		if (j->fd >= 0 && !j->eof) {
			pfd[n].fd = j->fd;
			pfd[n].events = POLLIN;
			owner[n++] = j;
		}
		if (!j->late && j->deadline < first)
			first = j->deadline;
	}
	t = first - now();
	if (poll(pfd, n, t > 0 ? (int)(t * 1000) + 1 : 0) < 0)
		return;
	if (pfd[0].revents)
		forker_event(f);
	for (size_t k = 1; k < n; k++)
		if (pfd[k].revents)
			read_job(owner[k]);
	orphan_jobs(f);
	for (int k = 0; k < f->o.jobs; k++) {
		struct job *j = &f->jobs[k];

		if (j->active && !j->late && j->deadline <= now()) {
			j->late = 1;
			stop_job(j);
		}
		if (j->active && j->eof && j->ended)
			collect(f, j);
	}
}

/* Closes what is left when crier stops early; the forker kills workers. */
static void drop_jobs(struct fetcher *f)
{
	for (int k = 0; k < f->o.jobs; k++) {
		struct job *j = &f->jobs[k];

		if (!j->active)
			continue;
		stop_job(j);
		if (j->fd >= 0)
			close(j->fd);
		crier_strbuf_release(&j->buf);
		j->active = 0;
	}
}

/* Whether crier has been told to stop (fetcher_free, or a signal). */
static int stopping(struct fetcher *f)
{
	if (!f->stop && f->o.interrupted && f->o.interrupted())
		f->stop = 1;
	return f->stop;
}

static void run_isolated(struct fetcher *f)
{
	while (!stopping(f) && (f->running ||
				(f->next < f->c->n_sources && !f->forker_gone))) {
		for (int k = 0; k < f->o.jobs && f->next < f->c->n_sources &&
		     !f->forker_gone; k++)
			if (!f->jobs[k].active)
				start_job(f, &f->jobs[k], f->next++);
		if (f->running)
			poll_jobs(f);
	}
	drop_jobs(f);
}

static void run_in_process(struct fetcher *f)
{
	for (; !stopping(f) && f->next < f->c->n_sources; f->next++) {
		struct source_result r;

		source_result_init(&r);
		source_run(f->c, f->l, f->next, 0, f->o.verbose, &r);
		finish(f, f->next, &r);
	}
}

/* HTTP gives up, naming the URL, before the source's own limit stops it. */
static void set_http_limits(int timeout_s)
{
	long ms = timeout_s * 800L;
	struct crier_http_options http = {
		.timeout_ms = ms,
		.connect_timeout_ms = ms < CRIER_HTTP_CONNECT_TIMEOUT_MS ?
				      ms : CRIER_HTTP_CONNECT_TIMEOUT_MS,
	};

	crier_http_set_defaults(&http);
}

/*
 * Sources that never ran (crier is stopping, or the forker died) fail, so
 * that nobody waits for them for ever.
 */
static void fail_the_rest(struct fetcher *f)
{
	const char *why = f->forker_gone ?
		"not fetched: crier's helper process that starts sources was killed" :
		f->stop ? "not fetched: crier was stopping" :
		"not fetched: crier could not start its process";

	for (size_t i = 0; i < f->c->n_sources; i++) {
		struct source_result r;
		int done;

		pthread_mutex_lock(&f->lock);
		done = f->done[i];
		pthread_mutex_unlock(&f->lock);
		if (done)
			continue;
		source_result_init(&r);
		source_result_fail(&r, why);
		finish(f, i, &r);
	}
}

static void *thread_main(void *arg)
{
	struct fetcher *f = arg;

	if (f->o.isolate)
		run_isolated(f);
	else
		run_in_process(f);
	fail_the_rest(f);
	return NULL;
}

struct fetcher *fetcher_start(const struct config *c, struct loader *l,
			      const struct fetch_options *o)
{
	struct fetcher *f = xcalloc(1, sizeof(*f));

	f->c = c;
	f->l = l;
	f->o = *o;
	if (f->o.jobs < 1)
		f->o.jobs = 1;
	if (f->o.jobs > 64)
		f->o.jobs = 64;
	f->results = xcalloc(c->n_sources + 1, sizeof(*f->results));
	f->done = xcalloc(c->n_sources + 1, 1);
	f->jobs = xcalloc((size_t)f->o.jobs, sizeof(*f->jobs));
	set_http_limits(f->o.timeout_s);
	if (f->o.isolate) {
		f->forker = forker_start(child, f);
		if (!f->forker) {
			crier_warn("%s; running the sources in crier's process",
				   crier_last_error());
			f->o.isolate = 0;
		}
	}
	pthread_mutex_init(&f->lock, NULL);
	pthread_cond_init(&f->cond, NULL);
	f->threaded = !pthread_create(&f->thread, NULL, thread_main, f);
	if (!f->threaded)
		thread_main(f);	/* no thread: fetch everything now */
	return f;
}

int fetcher_wait(struct fetcher *f, size_t i, struct source_result *r)
{
	struct timespec until;
	int ret = 0;

	pthread_mutex_lock(&f->lock);
	while (!f->done[i] && !ret) {
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 100000000;	/* look at interrupted() 10 times a second */
		if (until.tv_nsec >= 1000000000) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000;
		}
		pthread_cond_timedwait(&f->cond, &f->lock, &until);
		if (!f->done[i] && f->o.interrupted && f->o.interrupted())
			ret = -1;
	}
	source_result_init(r);
	if (!ret) {
		*r = f->results[i];
		source_result_init(&f->results[i]);
	}
	pthread_mutex_unlock(&f->lock);
	return ret;
}

int fetcher_is_done(struct fetcher *f, size_t i)
{
	int done;

	pthread_mutex_lock(&f->lock);
	done = f->done[i];
	pthread_mutex_unlock(&f->lock);
	return done;
}

void fetcher_free(struct fetcher *f)
{
	f->stop = 1;
	if (f->threaded)
		pthread_join(f->thread, NULL);
	forker_stop(f->forker);
	for (size_t i = 0; i < f->c->n_sources; i++)
		source_result_release(&f->results[i]);
	pthread_cond_destroy(&f->cond);
	pthread_mutex_destroy(&f->lock);
	free(f->jobs);
	free(f->done);
	free(f->results);
	free(f);
}
