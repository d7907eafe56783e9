/*
 * forker.h - a single-threaded helper process that forks crier's source
 * workers.
 *
 * crier's main thread speaks (espeak-ng, libao, SQLite) while the fetcher
 * thread starts workers.  A fork() from a threaded process copies locks
 * other threads hold (SQLite's, stdio's), and a worker that needs one
 * then waits for ever.  So the forker is forked once, before any thread
 * exists, and every worker is forked from it: a process with one thread
 * and no lock held.  It hands each worker's pipe back over a socket
 * (SCM_RIGHTS) and reports how each worker ended.
 */
#ifndef CRIER_FORKER_H
#define CRIER_FORKER_H

#include <stddef.h>
#include <sys/types.h>

/* What a worker runs: job number job, writing its result to fd; it exits. */
typedef void forker_work_fn(void *ctx, size_t job, int fd);

enum forker_event_kind {
	FORKER_STARTED,		/* pid and fd (the worker's pipe) are set */
	FORKER_ENDED,		/* status (from waitpid) is set */
	FORKER_FAILED,		/* the worker could not be started */
};

struct forker_event {
	enum forker_event_kind kind;
	size_t job;
	pid_t pid;
	int fd;			/* STARTED: the read end, now the caller's */
	int status;		/* ENDED */
};

struct forker;

/*
 * Forks the forker, which will run work(ctx, job, fd) in a new process per
 * forker_spawn().  Call before starting threads.  NULL with crier_error().
 */
struct forker *forker_start(forker_work_fn *work, void *ctx);
/* Asks for a worker for job; its events arrive later.  0 or -1. */
int forker_spawn(struct forker *f, size_t job);
/* A descriptor that is readable when an event waits. */
int forker_fd(const struct forker *f);
/* Reads one event; 0, or -1 when the forker is gone. */
int forker_recv(struct forker *f, struct forker_event *ev);
/* Stops the forker (its workers are killed) and frees f. */
void forker_stop(struct forker *f);

#endif
