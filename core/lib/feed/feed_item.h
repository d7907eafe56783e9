/*
 * feed_item.h - filling a struct feed (feed_item.c), for the readers of
 * each format (not installed).
 *
 * Strings set here are newly allocated and owned by the feed; feed_release()
 * frees them.  Allocation failure aborts.
 */
#ifndef CRIER_FEED_ITEM_H
#define CRIER_FEED_ITEM_H

#include "feed.h"

/* Appends a new empty item (published unknown) to f and returns it. */
struct feed_item *feed_add_item(struct feed *f);
/* A copy of lang kept by f (NULL for NULL or ""), for items to point to. */
const char *feed_keep_lang(struct feed *f, const char *lang);
/* Sets *field to a copy of s with white space collapsed (NULL stays NULL). */
void feed_set_plain(char **field, const char *s);
/* Sets *field to the plain text of the HTML s (NULL stays NULL). */
void feed_set_html(char **field, const char *s);
/* Sets *field to s as a title: tags stripped if s looks like HTML markup. */
void feed_set_title(char **field, const char *s);

#endif
