/*
 * fetcher.h - running every source of a briefing, in parallel, each in
 * its own child process.
 *
 * A background thread starts up to `jobs` children at a time.  Each child
 * runs one source (fetch and summarize) under a wall-clock timeout and a
 * memory limit, and sends its stories back through a pipe.  A child that
 * crashes, hangs, runs out of memory or sends garbage is killed and its
 * source reported; the others carry on.  Without isolation the sources
 * run one after another inside the thread, for debugging.
 */
#ifndef CRIER_FETCHER_H
#define CRIER_FETCHER_H

#include "config/config.h"
#include "host/loader.h"
#include "story.h"

struct fetch_options {
	int isolate;		/* child processes (default) or in-process */
	int jobs;		/* children at once */
	int timeout_s;		/* wall-clock limit per source */
	long memory_mb;		/* address-space limit per child */
	int verbose;		/* say which stories the filters leave out */
	/*
	 * May be NULL.  Polled ten times a second; once it returns nonzero
	 * (a signal asked crier to stop), no worker is started, those that
	 * run are killed, and fetcher_wait() stops waiting.  It must be safe
	 * to call from any thread.
	 */
	int (*interrupted)(void);
};

struct fetcher;

/* Starts fetching every source of c; never NULL.  c and l must outlive it. */
struct fetcher *fetcher_start(const struct config *c, struct loader *l,
			      const struct fetch_options *o);
/*
 * Waits for source i and moves its result into r.  Returns 0, or -1 (r
 * empty) when o->interrupted says to stop before the source is in.
 */
int fetcher_wait(struct fetcher *f, size_t i, struct source_result *r);
/* Whether source i has finished (fetcher_wait() would not wait). */
int fetcher_is_done(struct fetcher *f, size_t i);
/* Stops: kills children still running, joins the thread, frees f. */
void fetcher_free(struct fetcher *f);

#endif
