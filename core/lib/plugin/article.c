/*
 * article.c - the article record that sources fill and the core reads.
 */
#include <stdlib.h>
#include <string.h>

#include "libcrier.h"
#include "base/xalloc.h"

struct crier_article {
	char *field[CRIER_FIELD_COUNT];	/* NULL when unset */
	int64_t published;
};

struct crier_article *crier_article_new(void)
{
	struct crier_article *a = xcalloc(1, sizeof(*a));

	a->published = CRIER_TIME_UNKNOWN;
	return a;
}

void crier_article_free(struct crier_article *a)
{
	if (!a)
		return;
	for (int i = 0; i < CRIER_FIELD_COUNT; i++)
		free(a->field[i]);
	free(a);
}

int crier_article_set(struct crier_article *a, enum crier_field field,
		      const char *value, size_t len)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	if ((unsigned)field >= CRIER_FIELD_COUNT)
		return crier_error("unknown article field %d", (int)field);
	free(a->field[field]);
	a->field[field] = NULL;
	if (!value)
		return 0;
	crier_utf8_sanitize(value, len, &sb);
	a->field[field] = crier_strbuf_detach(&sb);
	return 0;
}

int crier_article_sets(struct crier_article *a, enum crier_field field,
		       const char *value)
{
	return crier_article_set(a, field, value, value ? strlen(value) : 0);
}

void crier_article_set_published(struct crier_article *a, int64_t when)
{
	a->published = when;
}

const char *crier_article_get(const struct crier_article *a,
			      enum crier_field field)
{
	if ((unsigned)field >= CRIER_FIELD_COUNT || !a->field[field])
		return "";
	return a->field[field];
}

int64_t crier_article_published(const struct crier_article *a)
{
	return a->published;
}
