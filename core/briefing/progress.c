/*
 * progress.c - the progress line on stderr (see progress.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "progress.h"

void progress_init(struct progress *p, int quiet, int verbose)
{
	p->shown = 0;
	if (quiet)
		p->mode = PROGRESS_OFF;
	else if (isatty(STDERR_FILENO))
		p->mode = PROGRESS_TERMINAL;
	else
		p->mode = verbose ? PROGRESS_LINES : PROGRESS_OFF;
}

void progress_say(struct progress *p, const char *fmt, ...)
{
	va_list ap;

	if (p->mode == PROGRESS_OFF)
		return;
	fputs(p->mode == PROGRESS_TERMINAL ? "\r\033[K" : "crier: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (p->mode == PROGRESS_LINES)
		fputc('\n', stderr);
	p->shown = p->mode == PROGRESS_TERMINAL;
	fflush(stderr);
}

void progress_clear(struct progress *p)
{
	if (!p->shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->shown = 0;
}
