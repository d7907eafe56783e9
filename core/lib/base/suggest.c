/*
 * suggest.c - "did you mean": the known name closest to a mistyped one,
 * by edit distance (Levenshtein, case ignored).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libcrier.h"
#include "base/xalloc.h"

/*
 * Edit distance between a and b, ignoring case, where swapping two
 * neighbouring letters is one edit ("raet" is one edit from "rate").
 */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), w = lb + 1;
	size_t *d = xcalloc((la + 1) * w, sizeof(*d)), result;

	for (size_t i = 0; i <= la; i++)
		d[i * w] = i;
	for (size_t j = 0; j <= lb; j++)
		d[j] = j;
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			int ca = tolower((unsigned char)a[i - 1]);
			int cb = tolower((unsigned char)b[j - 1]);
			size_t best = d[(i - 1) * w + j - 1] + (ca != cb);

			if (d[(i - 1) * w + j] + 1 < best)
				best = d[(i - 1) * w + j] + 1;
			if (d[i * w + j - 1] + 1 < best)
				best = d[i * w + j - 1] + 1;
			if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
			    cb == tolower((unsigned char)a[i - 2]) &&
			    d[(i - 2) * w + j - 2] + 1 < best)
				best = d[(i - 2) * w + j - 2] + 1;
			d[i * w + j] = best;
		}
	}
	result = d[la * w + lb];
	free(d);
	return result;
}

const char *crier_suggest(const char *word, const char *const *names, size_t n)
{
	size_t limit = strlen(word) / 3, best_d = (size_t)-1;
	const char *best = NULL;

	if (limit < 1)
		limit = 1;
	for (size_t i = 0; i < n; i++) {
		size_t d;

		if (!names[i] || !strcmp(names[i], word))
			continue;
		d = distance(word, names[i]);
		if (d < best_d) {
			best_d = d;
			best = names[i];
		}
	}
	return best_d <= limit ? best : NULL;
}

void crier_warn_unknown_setting(const char *where, const char *name,
				const char *in, const char *const *known,
				size_t n)
{
	const char *near = crier_suggest(name, known, n);

	if (near)
		fprintf(stderr, "%s: warning: unknown setting '%s' in %s "
			"(did you mean '%s'?)\n", where, name, in, near);
	else
		fprintf(stderr, "%s: warning: unknown setting '%s' in %s\n",
			where, name, in);
}

size_t crier_list_length(const char *const *list)
{
	size_t n = 0;

	while (list && list[n])
		n++;
	return n;
}
