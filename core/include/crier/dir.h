/*
 * crier/dir.h - the files of a directory, for sources that read one.
 *
 * Part of libcrier.
 */
#ifndef CRIER_DIR_H
#define CRIER_DIR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A list of paths; owns them. */
struct crier_paths {
	char **v;	/* may be NULL while n == 0 */
	size_t n;
};

#define CRIER_PATHS_INIT { NULL, 0 }

/*
 * Appends to out the paths ("DIR/NAME") of the files in dir whose names
 * end in one of suffixes (a NULL-terminated list, compared without case)
 * and do not start with a dot, in name order.  Returns 0, or -1 with
 * crier_error() set to "DIR: reason".
 */
int crier_dir_list(const char *dir, const char *const *suffixes,
		   struct crier_paths *out);
void crier_paths_release(struct crier_paths *paths);

#ifdef __cplusplus
}
#endif

#endif
