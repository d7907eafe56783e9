/*
 * feed-int.h - what the parts of the feed parser share (not installed).
 *
 * feed.c owns the struct feed and the text helpers, xml.c reads XML
 * documents and offers node helpers, rss.c, atom.c and jsonfeed.c fill a
 * struct feed from one format each, encoding.c picks the character set.
 */
#ifndef CRIER_FEED_INT_H
#define CRIER_FEED_INT_H

#include <libxml/tree.h>

#include "feed.h"

/* ---- feed.c: building the result ---- */

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

/* ---- xml.c: libxml2 documents and nodes ---- */

enum feed_ns {
	NS_NONE,	/* no namespace, or RSS 0.90 / 1.0 / 2.0 */
	NS_ATOM,	/* Atom 1.0 */
	NS_ATOM03,	/* Atom 0.3 */
	NS_DC,
	NS_DCTERMS,
	NS_CONTENT,
	NS_ITUNES,
	NS_XHTML,
	NS_RDF,
	NS_MEDIA,	/* Media RSS */
	NS_OTHER
};

/* The namespace class of an element (also for undeclared "dc:" prefixes). */
enum feed_ns xml_ns(const xmlNode *node);
/* The local name of an element, without an undeclared "prefix:". */
const char *xml_name(const xmlNode *node);
/* 1 if node is an element named name in namespace ns. */
int xml_is(const xmlNode *node, enum feed_ns ns, const char *name);
/* The text of node (CDATA, entities and nested text included); free(). */
char *xml_text(const xmlNode *node);
/*
 * xml_text() without a copy when node holds one text node: sets *copy to
 * NULL and returns that node's text, or returns *copy = xml_text(node).
 * free(*copy) when done; the text lives as long as the document.
 */
const char *xml_text_view(const xmlNode *node, char **copy);
/* The trimmed text, or NULL when it is empty; free(). */
char *xml_text_trimmed(const xmlNode *node);
/* The markup inside node, as HTML source (element children serialized). */
char *xml_inner(const xmlNode *node);
/* xml_inner() without a copy when it can, as xml_text_view(). */
const char *xml_inner_view(const xmlNode *node, char **copy);
/* An attribute by local name (any namespace), or NULL; free(). */
char *xml_attr(const xmlNode *node, const char *name);
/* The xml:lang in scope at node, or NULL; free(). */
char *xml_lang(const xmlNode *node);
/* href resolved against the xml:base in scope and the document URL. */
char *xml_resolve(const xmlNode *node, const char *href);
/* The first child element matching (ns, name), or NULL. */
xmlNode *xml_child(const xmlNode *node, enum feed_ns ns, const char *name);

/* media:description of node or of its media:group, or NULL. */
xmlNode *xml_media_description(const xmlNode *node);

/* ---- the formats ---- */

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
