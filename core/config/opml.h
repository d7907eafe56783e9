/*
 * opml.h - lists of feeds: read from OPML or a newsboat "urls" file,
 * written as OPML 2.0.
 */
#ifndef CRIER_OPML_H
#define CRIER_OPML_H

#include <stddef.h>
#include <stdio.h>

/* One feed: its URL and the name to give it. */
struct opml_feed {
	char *title;	/* never NULL nor empty; one line of valid UTF-8 */
	char *url;	/* never NULL nor empty; trimmed */
};

/* The feeds read, in document order.  Owns its strings. */
struct opml_list {
	struct opml_feed *feeds;
	size_t n, alloc;
};

/* Frees the feeds and leaves list empty. */
void opml_list_release(struct opml_list *list);

/*
 * Reads the feeds of data (len bytes): OPML when it starts (after a BOM
 * and blanks) with "<", else a newsboat urls file.  Feeds come from every
 * <outline> with an xmlUrl, in folders or not; the name is its title, else
 * its text, else the URL's host.  In a urls file, query, exec and filter
 * feeds and lines that are not URLs are skipped with a note on stderr
 * ("FILE:LINE: note: ...").  file names data in messages.
 *
 * Appends to list and returns 0, or returns -1 with crier_error() set
 * ("FILE:LINE: message" for XML that is not well-formed, "FILE: ..." when
 * it is not OPML or holds no feed).
 */
int opml_read(const char *data, size_t len, const char *file,
	      struct opml_list *list);

/*
 * Writes feeds as an OPML 2.0 document titled title to fp: one outline
 * each, with text and title set to its title, type "rss" and xmlUrl.
 * Returns 0, or -1 with crier_error() when writing fails.
 */
int opml_write(FILE *fp, const char *title, const struct opml_feed *feeds,
	       size_t n);

#endif
