/*
 * filter.h - which stories a briefing keeps: allow and block lists of
 * keywords or regular expressions on the headline, body and author, and a
 * maximum age; globally and per source (the "filters" groups of
 * crier.conf(5)).
 */
#ifndef CRIER_FILTER_H
#define CRIER_FILTER_H

#include <time.h>
#include <libconfig.h>

#include "libcrier.h"

struct filter;

/*
 * Compiles a filters group (NULL gives NULL: no filter).  Patterns are
 * keywords (whole words, any case) or "/regex/" (POSIX extended, any
 * case), optionally prefixed by "title:", "body:" or "author:" to look at
 * one field only.  Returns 0, or -1 with crier_error() set to
 * "FILE:LINE: message".
 */
int filter_compile(const config_setting_t *group, struct filter **out);
void filter_free(struct filter *f);
/*
 * Whether a passes the global and the source's filters (either may be
 * NULL).  A story matching any block pattern is dropped; when an allow
 * list applies (the source's, else the global one) the story must match
 * one of it; a story older than max_age hours is dropped (one of unknown
 * age is kept).  *why (may be NULL) is set to the reason for a drop.
 */
int filter_keep(const struct filter *global, const struct filter *source,
		const struct crier_article *a, time_t now, const char **why);

#endif
