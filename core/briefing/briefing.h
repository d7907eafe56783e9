/*
 * briefing.h - a whole briefing, streamed: the intro is spoken at once
 * while the sources load in parallel; each source's stories are spoken
 * (or printed, for --dry-run) as soon as it and those before it are in.
 */
#ifndef CRIER_BRIEFING_H
#define CRIER_BRIEFING_H

#include "cmd/cli.h"
#include "config/config.h"
#include "host/loader.h"

struct briefing_options {
	int dry_run;		/* print the script instead of speaking */
	int list;		/* print a line per story instead ("crier list") */
	int quiet;
	int verbose;		/* print timings */
	double started;		/* when crier started (CLOCK_MONOTONIC s) */
	int all;		/* include stories heard before (--all) */
	int isolate;		/* run sources in child processes */
	const char *output;	/* --output, or NULL */
	const char *driver;	/* --driver, or NULL */
	double stop_after_s;	/* the sleep timer (--stop-after), or 0 */
	/* When not NULL, set to the seconds of audio the output was given
	 * ("crier podcast" reads an episode's duration there). */
	double *written_s;
};

/* Seconds on CLOCK_MONOTONIC, for started and timings. */
double monotonic(void);

/*
 * Runs the briefing of c and returns crier's exit status: EXIT_OK,
 * EXIT_SOURCES_FAILED or EXIT_NOTHING when sources failed (each is
 * reported on stderr by name), EXIT_AUDIO, or EXIT_INTERRUPTED.
 */
int briefing_run(const struct config *c, struct loader *l,
		 const struct briefing_options *o);

/*
 * What "crier" and "crier list" share: refuses operands, loads the config
 * and the plugins, and runs the briefing with o.  Returns the exit status.
 */
int briefing_command(const struct cli *cli, const struct briefing_options *o);

#endif
