/*
 * fetcher.c - parallel, isolated fetching of sources.
 *
 * The thread's loop: start children while there is room, poll their
 * pipes until the next deadline, collect what they sent, reap the dead,
 * kill the late.  Results are handed to the briefing under a mutex, in
 * any order; fetcher_wait() sleeps on a condition until its source is in.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <crier/http.h>

#include "fetcher.h"
#include "source_run.h"
#include "wire.h"
#include "xalloc.h"

/* A child that sends more than this is killed. */
#define MAX_MESSAGE (256u << 20)

struct job {
	pid_t pid;
	int fd;
	size_t source;
	double deadline;
	struct crier_strbuf buf;
	int too_big;
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
	_Atomic int stop;	/* set by fetcher_free() */
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

static int write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t n = write(fd, buf, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The child process: run the source, send the result, exit. */
static void child(struct fetcher *f, size_t i, int fd)
{
	struct crier_strbuf msg = CRIER_STRBUF_INIT;
	struct source_result r;
	struct rlimit lim;

	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
	if (f->o.memory_mb > 0) {
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
	_exit(write_all(fd, msg.buf, msg.len) ? 1 : 0);
}

static void start_job(struct fetcher *f, struct job *j, size_t i)
{
	int fds[2];
	struct source_result r;

	memset(j, 0, sizeof(*j));
	j->source = i;
	j->fd = -1;
	crier_strbuf_init(&j->buf);
	if (pipe(fds) == 0) {
		j->pid = fork();
		if (j->pid == 0) {
			close(fds[0]);
			child(f, i, fds[1]);
		}
		close(fds[1]);
		j->fd = fds[0];
		fcntl(j->fd, F_SETFD, FD_CLOEXEC);
	}
	if (j->fd < 0 || j->pid < 0) {
		if (j->fd >= 0)
			close(j->fd);
		source_result_init(&r);
		source_result_fail(&r, "cannot start a process for this source");
		finish(f, i, &r);
		j->pid = 0;
		return;
	}
	j->deadline = now() + f->o.timeout_s;
	f->running++;
}

/* Turns what a finished child sent, and how it ended, into a result. */
static void collect(struct fetcher *f, struct job *j, int status, int late)
{
	struct source_result r;
	struct crier_strbuf why = CRIER_STRBUF_INIT;
	int parsed;

	source_result_init(&r);
	parsed = wire_parse(j->buf.buf, j->buf.len, &r);
	if (late)
		crier_strbuf_addf(&why, "timed out after %d s and was stopped",
				  f->o.timeout_s);
	else if (j->too_big)
		crier_strbuf_adds(&why, "sent too much data and was stopped");
	else if (WIFSIGNALED(status))
		crier_strbuf_addf(&why, "the plugin crashed (%s)",
				  strsignal(WTERMSIG(status)));
	else if (parsed < 0)
		crier_strbuf_adds(&why, "the plugin's process sent malformed data");
	else if (parsed > 0 || !WIFEXITED(status) || WEXITSTATUS(status))
		crier_strbuf_adds(&why, "the plugin's process ended without finishing");
	if (why.len)
		source_result_fail(&r, why.buf);
	crier_strbuf_release(&why);
	crier_strbuf_release(&j->buf);
	close(j->fd);
	finish(f, j->source, &r);
	j->pid = 0;
	f->running--;
}

static void end_job(struct fetcher *f, struct job *j, int late)
{
	int status = 0;

	if (late || j->too_big)
		kill(j->pid, SIGKILL);
	while (waitpid(j->pid, &status, 0) < 0 && errno == EINTR)
		;
	collect(f, j, status, late);
}

static void read_job(struct fetcher *f, struct job *j)
{
	char chunk[65536];
	ssize_t n = read(j->fd, chunk, sizeof(chunk));

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		end_job(f, j, 0);
		return;
	}
	crier_strbuf_add(&j->buf, chunk, (size_t)n);
	if (j->buf.len > MAX_MESSAGE) {
		j->too_big = 1;
		end_job(f, j, 0);
	}
}

/* One round: wait for data or the nearest deadline, then handle it. */
static void poll_jobs(struct fetcher *f)
{
	struct pollfd pfd[64];
	struct job *owner[64];
	size_t n = 0;
	double first = now() + 0.1, t;	/* look at stop 10 times a second */

	for (int k = 0; k < f->o.jobs && n < 64; k++) {
		if (!f->jobs[k].pid)
			continue;
		pfd[n].fd = f->jobs[k].fd;
		pfd[n].events = POLLIN;
		owner[n++] = &f->jobs[k];
		if (f->jobs[k].deadline < first)
			first = f->jobs[k].deadline;
	}
	t = first - now();
	if (poll(pfd, n, t > 0 ? (int)(t * 1000) + 1 : 0) < 0)
		return;
	for (size_t k = 0; k < n; k++)
		if (pfd[k].revents)
			read_job(f, owner[k]);
	for (size_t k = 0; k < n; k++)
		if (owner[k]->pid && owner[k]->deadline <= now())
			end_job(f, owner[k], 1);
}

/* Kills and reaps the children still running when crier stops early. */
static void kill_jobs(struct fetcher *f)
{
	for (int k = 0; k < f->o.jobs; k++) {
		struct job *j = &f->jobs[k];

		if (!j->pid)
			continue;
		kill(j->pid, SIGKILL);
		waitpid(j->pid, NULL, 0);
		close(j->fd);
		crier_strbuf_release(&j->buf);
		j->pid = 0;
	}
}

static void run_isolated(struct fetcher *f)
{
	while (!f->stop && (f->next < f->c->n_sources || f->running)) {
		for (int k = 0; k < f->o.jobs && f->next < f->c->n_sources; k++)
			if (!f->jobs[k].pid)
				start_job(f, &f->jobs[k], f->next++);
		if (f->running)
			poll_jobs(f);
	}
	kill_jobs(f);
}

static void run_in_process(struct fetcher *f)
{
	for (; !f->stop && f->next < f->c->n_sources; f->next++) {
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

static void *thread_main(void *arg)
{
	struct fetcher *f = arg;

	if (f->o.isolate)
		run_isolated(f);
	else
		run_in_process(f);
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
	pthread_mutex_init(&f->lock, NULL);
	pthread_cond_init(&f->cond, NULL);
	f->threaded = !pthread_create(&f->thread, NULL, thread_main, f);
	if (!f->threaded)
		thread_main(f);	/* no thread: fetch everything now */
	return f;
}

void fetcher_wait(struct fetcher *f, size_t i, struct source_result *r)
{
	pthread_mutex_lock(&f->lock);
	while (!f->done[i])
		pthread_cond_wait(&f->cond, &f->lock);
	*r = f->results[i];
	source_result_init(&f->results[i]);
	pthread_mutex_unlock(&f->lock);
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
	for (size_t i = 0; i < f->c->n_sources; i++)
		source_result_release(&f->results[i]);
	pthread_cond_destroy(&f->cond);
	pthread_mutex_destroy(&f->lock);
	free(f->jobs);
	free(f->done);
	free(f->results);
	free(f);
}
