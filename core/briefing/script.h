/*
 * script.h - the briefing as a list of things to say, before it is spoken.
 *
 * An item is the intro, a story or the outro.  A story's text is its
 * transition ("From Sample: headline.") followed by its summary sentences.
 * The same script is printed by --dry-run and spoken by the briefing.
 */
#ifndef CRIER_SCRIPT_H
#define CRIER_SCRIPT_H

#include <stdio.h>
#include <time.h>

#include "config/config.h"
#include "libcrier.h"

enum script_kind { SCRIPT_INTRO, SCRIPT_STORY, SCRIPT_OUTRO };

/* Not a story: the intro or outro. */
#define SCRIPT_NO_SOURCE ((size_t)-1)

struct script_item {
	enum script_kind kind;
	size_t source;		/* index of a story's source, or SCRIPT_NO_SOURCE */
	size_t number;		/* a story's number (1, 2, ...), or 0 */
	struct crier_article *article;	/* a story's article (owned), or NULL */
	char *lead;		/* intro, transition or outro text */
	struct crier_summary summary;	/* a story's sentences; empty otherwise */
	char *source_name;	/* a story's source name, or NULL */
	char *title;		/* a story's headline, or NULL */
	struct speech_settings speech;
	int voice_pinned;	/* the source set its voice: keep it */
	double seconds;		/* estimated spoken duration */
	long dedup;		/* a story's number in the briefing's dedup */
	size_t also;		/* other sources named in its last sentence */
};

struct script {
	struct script_item *items;
	size_t n, alloc;
	size_t stories;
};

void script_init(struct script *s);
/* Frees what item holds. */
void script_item_release(struct script_item *item);
void script_release(struct script *s);

/*
 * Expands {name} placeholders in template from vars, a NULL-terminated list
 * of name, value pairs; unknown names are kept as they are.
 */
void script_expand(const char *template, const char *const *vars,
		   struct crier_strbuf *out);
/* The intro's and outro's date words for now, e.g. "Saturday, 28 November". */
void script_date(time_t now, struct crier_strbuf *out);

void script_add_intro(struct script *s, const struct config *c, time_t now);
/*
 * Adds a story of source number source; takes over the article and the
 * sentences of sum (which is left empty).
 */
void script_add_story(struct script *s, const struct config *c, size_t source,
		      struct crier_article *article, struct crier_summary *sum);
/* Adds the outro, after the sentences before (may be NULL). */
void script_add_outro(struct script *s, const struct config *c,
		      const char *before);

/* The text of item i, all of it, as it is spoken. */
void script_item_text(const struct script_item *item, struct crier_strbuf *out);
/* Estimated seconds to speak text at rate words per minute. */
double script_estimate(const char *text, int rate);
/* Total estimated seconds, pauses included. */
double script_total(const struct script *s);
/* Prints item i with its duration (for --dry-run). */
void script_print_item(const struct script *s, size_t i, FILE *fp);
/* Prints the total duration and the number of stories. */
void script_print_total(const struct script *s, FILE *fp);

#endif
