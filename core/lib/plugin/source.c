/*
 * source.c - the host side of a source during fetch(): the articles it adds.
 */
#include <stdlib.h>

#include "libcrier.h"
#include "base/xalloc.h"

void crier_source_init(struct crier_source *src, const char *name,
		       const struct crier_settings *settings)
{
	src->settings = settings;
	src->name = name;
	src->articles = NULL;
	src->n = src->alloc = 0;
}

struct crier_article *crier_source_add(struct crier_source *src)
{
	struct crier_article *a = crier_article_new();

	src->articles = xgrow(src->articles, &src->alloc, src->n + 1,
			      sizeof(*src->articles));
	src->articles[src->n++] = a;
	return a;
}

const struct crier_settings *crier_source_settings(struct crier_source *src)
{
	return src->settings;
}

static int is_empty(const struct crier_article *a)
{
	return !*crier_article_get(a, CRIER_FIELD_TITLE) &&
	       !*crier_article_get(a, CRIER_FIELD_BODY) &&
	       !*crier_article_get(a, CRIER_FIELD_SUMMARY);
}

void crier_source_finish(struct crier_source *src)
{
	size_t kept = 0;

	for (size_t i = 0; i < src->n; i++) {
		struct crier_article *a = src->articles[i];

		if (is_empty(a)) {
			crier_article_free(a);
			continue;
		}
		crier_article_sets(a, CRIER_FIELD_SOURCE, src->name);
		src->articles[kept++] = a;
	}
	src->n = kept;
}

void crier_source_release(struct crier_source *src)
{
	for (size_t i = 0; i < src->n; i++)
		crier_article_free(src->articles[i]);
	free(src->articles);
	src->articles = NULL;
	src->n = src->alloc = 0;
}
