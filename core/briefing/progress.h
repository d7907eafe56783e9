/*
 * progress.h - what a briefing that prints or writes a file is doing
 * (waiting for a source, writing a story), on stderr: one line rewritten
 * in place when stderr is a terminal, a line per step with --verbose,
 * nothing otherwise (a script or a cron job reads only the real messages).
 */
#ifndef CRIER_PROGRESS_H
#define CRIER_PROGRESS_H

struct progress {
	int mode;	/* PROGRESS_OFF, _TERMINAL or _LINES */
	int shown;	/* a terminal line is on the screen */
};

enum { PROGRESS_OFF, PROGRESS_TERMINAL, PROGRESS_LINES };

/* Off when quiet; in place on a terminal; lines with verbose; else off. */
void progress_init(struct progress *p, int quiet, int verbose);
/* Shows the step, formatted like printf (no newline). */
void progress_say(struct progress *p, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Takes a terminal line off the screen (before other output). */
void progress_clear(struct progress *p);

#endif
