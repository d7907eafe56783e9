/*
 * crier/strbuf.h - a growable, always NUL-terminated UTF-8 string buffer.
 *
 * Part of libcrier, the library that crier and its plugins share.
 *
 * Invariants: after crier_strbuf_init() (or CRIER_STRBUF_INIT), sb->buf is
 * never NULL and sb->buf[sb->len] == '\0'.  The buffer owns sb->buf; release
 * it with crier_strbuf_release() or take it with crier_strbuf_detach().
 * Allocation failure aborts the process with a message: callers need not
 * check the result of the add functions.
 */
#ifndef CRIER_STRBUF_H
#define CRIER_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct crier_strbuf {
	char *buf;	/* the text, NUL-terminated; never NULL */
	size_t len;	/* bytes used, not counting the NUL */
	size_t alloc;	/* bytes allocated; 0 while buf is the shared "" */
};

extern char crier_strbuf_empty[];
#define CRIER_STRBUF_INIT { crier_strbuf_empty, 0, 0 }

/* Makes sb empty; it owns no memory until something is added. */
void crier_strbuf_init(struct crier_strbuf *sb);
/* Frees sb's memory and leaves it empty and usable. */
void crier_strbuf_release(struct crier_strbuf *sb);
/* Returns sb's text, which the caller now owns (free()), and empties sb. */
char *crier_strbuf_detach(struct crier_strbuf *sb);
/* Makes room for at least extra more bytes without reallocating. */
void crier_strbuf_grow(struct crier_strbuf *sb, size_t extra);
/* Cuts sb to len bytes (len <= sb->len). */
void crier_strbuf_setlen(struct crier_strbuf *sb, size_t len);
void crier_strbuf_reset(struct crier_strbuf *sb);

void crier_strbuf_add(struct crier_strbuf *sb, const void *data, size_t len);
void crier_strbuf_adds(struct crier_strbuf *sb, const char *s);
void crier_strbuf_addch(struct crier_strbuf *sb, int c);
void crier_strbuf_addf(struct crier_strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void crier_strbuf_vaddf(struct crier_strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Removes white space (ASCII) from both ends. */
void crier_strbuf_trim(struct crier_strbuf *sb);
/*
 * Appends the contents of the file at path ("-": standard input) to sb.
 * Returns 0, or -1 with crier_error() set to "PATH: reason" when the file
 * cannot be read or holds more than max bytes (0: no limit); sb then
 * holds what was read before the failure.
 */
int crier_strbuf_read_file(struct crier_strbuf *sb, const char *path,
			   size_t max);
/*
 * Like crier_strbuf_read_file(), for a file that must be a regular file
 * (no "-"): a FIFO, device or socket is refused ("PATH: not a regular
 * file (a FIFO)") without blocking, since it is opened non-blocking and
 * checked before anything is read.  For files found in a directory.
 */
int crier_strbuf_read_regular_file(struct crier_strbuf *sb, const char *path,
				   size_t max);

#ifdef __cplusplus
}
#endif

#endif
