/*
 * tap.h - a tiny Test Anything Protocol producer for crier's C tests.
 *
 * Each check prints "ok N - name" or "not ok N - name" (with the values
 * that differed); done_testing() prints the plan and returns the exit
 * status: 0 when every check passed.  Header-only: include it once per
 * test program.
 */
#ifndef CRIER_TAP_H
#define CRIER_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count, tap_failed;

__attribute__((format(printf, 2, 3)))
static int ok(int cond, const char *fmt, ...)
{
	va_list ap;

	printf("%sok %d - ", cond ? "" : "not ", ++tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
		tap_failed++;
	fflush(stdout);
	return cond;
}

#define is_int(got, want, ...) do { \
	long long tap_g = (long long)(got), tap_w = (long long)(want); \
	if (!ok(tap_g == tap_w, __VA_ARGS__)) \
		printf("#   got %lld, want %lld\n", tap_g, tap_w); \
} while (0)

#define is_str(got, want, ...) do { \
	const char *tap_g = (got), *tap_w = (want); \
	if (!ok(tap_g && tap_w && !strcmp(tap_g, tap_w), __VA_ARGS__)) \
		printf("#   got  \"%s\"\n#   want \"%s\"\n", \
		       tap_g ? tap_g : "(null)", tap_w ? tap_w : "(null)"); \
} while (0)

static int done_testing(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
