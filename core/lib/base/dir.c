/*
 * dir.c - listing a directory's files by suffix, in name order.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <crier/dir.h>
#include <crier/plugin.h>
#include "xalloc.h"

static int wanted(const char *name, const char *const *suffixes)
{
	size_t n = strlen(name);

	if (name[0] == '.')
		return 0;
	for (; *suffixes; suffixes++) {
		size_t k = strlen(*suffixes);

		if (n > k && !strcasecmp(name + n - k, *suffixes))
			return 1;
	}
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int crier_dir_list(const char *dir, const char *const *suffixes,
		   struct crier_paths *out)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name);

	if (n < 0)
		return crier_error("%s: %s", dir, strerror(errno));
	for (int i = 0; i < n; i++) {
		if (wanted(names[i]->d_name, suffixes)) {
			struct crier_strbuf path = CRIER_STRBUF_INIT;

			crier_strbuf_addf(&path, "%s/%s", dir, names[i]->d_name);
			out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
			out->v[out->n++] = crier_strbuf_detach(&path);
		}
		free(names[i]);
	}
	free(names);
	return 0;
}

void crier_paths_release(struct crier_paths *paths)
{
	for (size_t i = 0; i < paths->n; i++)
		free(paths->v[i]);
	free(paths->v);
	paths->v = NULL;
	paths->n = 0;
}
