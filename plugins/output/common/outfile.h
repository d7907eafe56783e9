/*
 * outfile.h - the file an encoding output plugin writes: opened at once
 * (so a bad path fails before speech starts), written whole at close.
 *
 * Works on any path crier hands a plugin, seekable or not (a pipe,
 * standard output): it only ever writes forward.  Errors go through
 * crier_error() and name the path and the reason ("disk full").
 */
#ifndef CRIER_OUTFILE_H
#define CRIER_OUTFILE_H

#include <stddef.h>

/* An open output file; the plugin embeds it. */
struct outfile {
	int fd;			/* -1 when closed */
	const char *path;	/* borrowed from crier's info; valid until close */
};

/* Opens path for writing, truncating it.  -1 with crier_error(). */
int outfile_open(struct outfile *f, const char *path);
/* Writes all of data; -1 with crier_error() naming the path. */
int outfile_write(struct outfile *f, const void *data, size_t len);
/* Closes the file; -1 with crier_error() when close reports an error. */
int outfile_close(struct outfile *f);
/* Closes the file ignoring errors (for abort()). */
void outfile_discard(struct outfile *f);

#endif
