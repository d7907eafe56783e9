/*
 * feed-int.h - what the parts of the feed parser share (not installed).
 *
 * feed.c owns the struct feed and picks the reader; xml.c reads XML
 * documents and hands them to rss.c or atom.c; those and jsonfeed.c fill
 * a struct feed from one format each, through feed_item.h (and, for XML,
 * xml_node.h); encoding.c picks the character set.
 */
#ifndef CRIER_FEED_INT_H
#define CRIER_FEED_INT_H

#include <libxml/tree.h>

#include "feed.h"

/* ---- the formats ---- */

/*
 * Each fills f (zeroed by the caller) from one format: 0, or -1 with
 * crier_error() set ("not a feed: ..."); f is released by the caller
 * either way.
 */
int rss_parse(xmlNode *root, struct feed *f);
int atom_parse(xmlNode *root, struct feed *f);
int jsonfeed_parse(const char *data, size_t len, struct feed *f);
/* Reads data as JSON and frees it, as xml_read_only() does for XML. */
void jsonfeed_read_only(const char *data, size_t len);
int xml_feed_parse(const char *data, size_t len, const char *url,
		   const char *encoding, struct feed *f);
/*
 * Reads data into a libxml2 tree as xml_feed_parse() does, and frees it:
 * libxml2's share of the parsing, for feed_read_only().
 */
void xml_read_only(const char *data, size_t len, const char *encoding);

/* ---- encoding.c ---- */

/*
 * The encoding to hand libxml2 for data (NULL: let it read the XML
 * declaration), following BOM > http_charset > declaration, with Latin-1
 * read as windows-1252 (or as UTF-8 when the bytes are clearly UTF-8) and
 * invalid UTF-8 where UTF-8 is expected as windows-1252.
 * Returns a static string or buf (size bytes, for a declared name).
 */
const char *feed_pick_encoding(const char *data, size_t len,
			       const char *http_charset, char *buf,
			       size_t size);

#endif
