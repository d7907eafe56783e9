/*
 * error.c - per-thread error messages and warnings with a context prefix.
 *
 * crier_error() records why a call failed; the caller that reports it reads
 * crier_last_error().  The context (a source or plugin name) is set by the
 * core around plugin calls so that warnings say who they are about.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <crier/plugin.h>
#include "libcrier.h"

static _Thread_local char last_error[1024];
static _Thread_local const char *context;

int crier_error(const char *fmt, ...)
{
	char msg[sizeof(last_error)];
	va_list ap;

	/* Formatted apart first: the arguments may include last_error. */
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	memcpy(last_error, msg, sizeof(msg));
	return -1;
}

const char *crier_last_error(void)
{
	return last_error;
}

void crier_clear_error(void)
{
	last_error[0] = '\0';
}

const char *crier_set_context(const char *name)
{
	const char *old = context;

	context = name;
	return old;
}

void crier_warn(const char *fmt, ...)
{
	va_list ap;

	if (context)
		fprintf(stderr, "crier: %s: warning: ", context);
	else
		fprintf(stderr, "crier: warning: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
