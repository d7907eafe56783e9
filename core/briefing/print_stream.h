/*
 * print_stream.h - the stream a dry run or "crier list" prints to, out
 * of plugins' reach.
 *
 * With --no-isolation the sources and summarizers run in crier's own
 * process (in the fetcher's thread, while the script is printed), and
 * share its standard output: a plugin's printf() or write(1, ...) would
 * land in the script.  So while a dry run or listing runs, crier keeps
 * the real standard output on a private descriptor and prints there,
 * and descriptor 1 (with the stdout stream) points at standard error:
 * whatever a plugin writes to standard output goes to standard error.
 * Plugins in worker processes get the same from their worker.
 */
#ifndef CRIER_PRINT_STREAM_H
#define CRIER_PRINT_STREAM_H

#include <stdio.h>

/*
 * Moves standard output aside as described and returns the stream to
 * print to (line-buffered on a terminal).  Should that fail (no
 * descriptor left), returns stdout itself.  Never NULL.
 */
FILE *print_stream_open(void);
/*
 * Flushes fp, puts standard output back on descriptor 1 (what plugins
 * left in the stdout stream goes to standard error first) and closes fp
 * (stdout is left open).  fp may be stdout.
 */
void print_stream_close(FILE *fp);

#endif
