/*
 * xalloc.h - allocation that cannot fail (libcrier internal).
 *
 * Running out of memory is not something crier can usefully recover from,
 * so these print a message and abort instead of returning NULL.
 */
#ifndef CRIER_XALLOC_H
#define CRIER_XALLOC_H

#include <stddef.h>

void xdie(const char *what) __attribute__((noreturn));
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Grows *array (of *alloc elements of size each) to hold at least need. */
void *xgrow(void *array, size_t *alloc, size_t need, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
