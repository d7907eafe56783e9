/*
 * story.h - an article with its summary, as it travels from a source's
 * fetch (maybe in a child process) to the briefing.
 */
#ifndef CRIER_STORY_H
#define CRIER_STORY_H

#include <stddef.h>
#include "libcrier.h"

struct story {
	struct crier_article *article;	/* owned */
	struct crier_summary summary;
	char *note;	/* what went wrong while summarizing, or NULL */
};

/* The outcome of one source: its stories, or why it failed. */
struct source_result {
	struct story *stories;
	size_t n, alloc;
	int failed;
	char *error;		/* when failed: the message; owned */
};

void source_result_init(struct source_result *r);
void source_result_release(struct source_result *r);
/* Appends an empty story around a (taken over) and returns it. */
struct story *source_result_add(struct source_result *r, struct crier_article *a);
/* Records a failure message (copied); keeps the stories already added. */
void source_result_fail(struct source_result *r, const char *error);

#endif
