/*
 * pcm_spool.h - the briefing's PCM kept in an unlinked temporary file
 * until close(), when the Opus plugin encodes it with the chapters known.
 *
 * The file lives in $TMPDIR (default /tmp) and has no name from the
 * start, so a killed crier leaves nothing behind; memory stays small
 * however long the briefing (a minute of speech is 2.6 MB of PCM).
 */
#ifndef CRIER_PCM_SPOOL_H
#define CRIER_PCM_SPOOL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct pcm_spool {
	FILE *fp;	/* NULL when closed */
	uint64_t n;	/* samples spooled */
};

/* Creates the temporary file.  -1 with crier_error(). */
int pcm_spool_open(struct pcm_spool *s);
/* Appends n samples.  -1 with crier_error() ("disk full"). */
int pcm_spool_add(struct pcm_spool *s, const int16_t *samples, size_t n);
/* Rewinds for reading.  -1 with crier_error(). */
int pcm_spool_rewind(struct pcm_spool *s);
/*
 * Reads up to max samples into buf; returns how many (0 at the end), or
 * -1 with crier_error().
 */
long pcm_spool_read(struct pcm_spool *s, int16_t *buf, size_t max);
/* Closes and so deletes the file. */
void pcm_spool_close(struct pcm_spool *s);

#endif
