/*
 * feed.h - the feed parser: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and
 * JSON Feed 1.0/1.1, recognized from the content.
 *
 * Independent of the plugin host: it needs only libxml2, json-c and the
 * text functions of libcrier, so it can be fuzzed and benchmarked alone.
 * Every string in the result is UTF-8 plain text owned by the struct feed.
 */
#ifndef CRIER_FEED_H
#define CRIER_FEED_H

#include <stddef.h>
#include <stdint.h>

#include <crier/strbuf.h>
#include "text/date.h"

struct feed_item {
	char *title;		/* plain text, one line; NULL when absent */
	char *link;		/* absolute URL when it could be resolved */
	char *id;		/* guid / atom:id / JSON id, verbatim */
	char *author;		/* the first author's name (or e-mail) */
	char *summary;		/* plain text; NULL when the item has none */
	char *content;		/* plain text; NULL when the item has none */
	const char *language;	/* BCP 47 tag, or NULL; points into feed */
	int64_t published;	/* seconds since the epoch (UTC), or
				   CRIER_TIME_UNKNOWN */
};

struct feed {
	const char *format;	/* "rss", "rdf", "atom", "atom03", "json" */
	char *title;		/* NULL when the feed has none */
	char *language;		/* the feed's language, or NULL */
	struct feed_item *items;	/* document order; NULL while n == 0 */
	size_t n, alloc;
	/* Internal: languages items point to (freed by feed_release()). */
	char **langs;
	size_t nlangs, langs_alloc;
};

/*
 * Parses len bytes of data (need not be NUL-terminated) into *out, which
 * must not be in use (feed_release() it first).  url is the feed's own
 * address, the base for relative links, or NULL.  http_charset is the
 * charset parameter of the HTTP Content-Type, or NULL; it overrides the
 * XML declaration, while a byte order mark overrides both.
 *
 * Returns 0 on success, also for a feed with no items.  Returns -1 with
 * a message from crier_error() when the data is not a feed ("not a feed:
 * looks like an HTML page") or cannot be read at all; *out is then empty
 * and need not be released (releasing it is harmless).
 */
int feed_parse(const char *data, size_t len, const char *url,
	       const char *http_charset, struct feed *out);

/*
 * What the libraries alone do of feed_parse(data, len, NULL, NULL, ...):
 * libxml2 or json-c reads data into a tree, which is freed unread.  For
 * the benchmark (feed-dump --bench-libraries).
 */
void feed_read_only(const char *data, size_t len);

/* Frees everything *f owns and leaves it empty. */
void feed_release(struct feed *f);

/*
 * The feed a web page names: the href of its first <link rel="alternate">
 * whose type is RSS, Atom, RDF or JSON Feed, made absolute against the
 * page's <base href> or base (the page's URL; may be NULL).  len bytes of
 * html (need not be NUL-terminated).  Returns a string to free(), or NULL
 * when the page names no feed.
 */
char *feed_discover(const char *html, size_t len, const char *base);

/*
 * Appends the benchmark/CLI JSON form of f to out:
 * {"title": ..., "items": [{"title", "link", "id", "published", "author",
 * "summary", "content"}]}, with null for what is missing.
 */
void feed_to_json(const struct feed *f, struct crier_strbuf *out);

#endif
