/*
 * xml_node.h - libxml2 nodes as the RSS and Atom readers see them
 * (xml_node.c; not installed).
 *
 * Functions documented "free()" return a newly allocated string or NULL;
 * the rest return pointers into the document, valid while it lives.
 */
#ifndef CRIER_XML_NODE_H
#define CRIER_XML_NODE_H

#include <stddef.h>

#include <libxml/tree.h>

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

/*
 * What a document's _private points to while xml.c reads a feed from it
 * (the readers never touch it): namespace classes already looked up, and
 * the bytes of text entities have given so far.  A document without one
 * is read without the cache and without the budget.
 */
struct xml_doc_state {
	size_t entity_text;	/* bytes gather() took from entities */
	size_t n;
	struct {
		const xmlNs *ns;
		enum feed_ns class;
	} seen[16];
};

#endif
