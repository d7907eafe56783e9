/*
 * story.c - lists of stories, per source.
 */
#include <stdlib.h>
#include <string.h>

#include "story.h"
#include "base/xalloc.h"

void source_result_init(struct source_result *r)
{
	memset(r, 0, sizeof(*r));
}

void source_result_release(struct source_result *r)
{
	for (size_t i = 0; i < r->n; i++) {
		crier_article_free(r->stories[i].article);
		crier_summary_release(&r->stories[i].summary);
		free(r->stories[i].note);
	}
	free(r->stories);
	free(r->error);
	source_result_init(r);
}

struct story *source_result_add(struct source_result *r, struct crier_article *a)
{
	struct story *s;

	r->stories = xgrow(r->stories, &r->alloc, r->n + 1, sizeof(*r->stories));
	s = &r->stories[r->n++];
	s->article = a;
	crier_summary_init(&s->summary);
	s->note = NULL;
	return s;
}

void source_result_fail(struct source_result *r, const char *error)
{
	free(r->error);
	r->error = xstrdup(error);
	r->failed = 1;
}
