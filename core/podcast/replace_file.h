/*
 * replace_file.h - writing a file so that readers see the old one or the
 * new one, never a part: a temporary file in the same directory, flushed
 * to disk, renamed over the destination.
 */
#ifndef CRIER_REPLACE_FILE_H
#define CRIER_REPLACE_FILE_H

#include <stddef.h>

/*
 * Replaces path with the len bytes at data.  Returns 0, or -1 with
 * crier_error() naming path and why ("disk full"); path is then
 * untouched and no temporary file is left.
 */
int replace_file(const char *path, const void *data, size_t len);

#endif
