/*
 * discover.c - the feed a web page names: the first
 * <link rel="alternate" type="application/rss+xml" href="..."> (or Atom,
 * RDF or JSON Feed) of its HTML, as an absolute URL.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/uri.h>

#include "feed.h"
#include "base/xalloc.h"

static const char *const feed_types[] = {
	"application/rss+xml", "application/atom+xml", "application/rdf+xml",
	"application/feed+json", NULL
};

/* 1 when the space-separated list has word (ASCII case ignored). */
static int has_word(const char *list, const char *word)
{
	size_t n = strlen(word);

	while (list && *list) {
		size_t len = strcspn(list, " \t\r\n\f");

		if (len == n && !strncasecmp(list, word, n))
			return 1;
		list += len;
		list += strspn(list, " \t\r\n\f");
	}
	return 0;
}

/* 1 when the media type (parameters after ';' ignored) is a feed's. */
static int is_feed_type(const char *type)
{
	size_t len = type ? strcspn(type, "; \t") : 0;

	for (const char *const *t = feed_types; len && *t; t++)
		if (strlen(*t) == len && !strncasecmp(type, *t, len))
			return 1;
	return 0;
}

/* 1 when node is <link rel="alternate" type="(a feed's)" href="...">. */
static int names_feed(xmlNode *node)
{
	xmlChar *rel, *type, *href;
	int yes;

	if (node->type != XML_ELEMENT_NODE ||
	    strcasecmp((const char *)node->name, "link"))
		return 0;
	rel = xmlGetProp(node, (const xmlChar *)"rel");
	type = xmlGetProp(node, (const xmlChar *)"type");
	href = xmlGetProp(node, (const xmlChar *)"href");
	yes = has_word((const char *)rel, "alternate") &&
	      is_feed_type((const char *)type) && href && *href;
	xmlFree(rel);
	xmlFree(type);
	xmlFree(href);
	return yes;
}

/* The first element under node (depth first) that names a feed. */
static xmlNode *find_feed_link(xmlNode *node)
{
	for (; node; node = node->next) {
		xmlNode *found;

		if (names_feed(node))
			return node;
		found = find_feed_link(node->children);
		if (found)
			return found;
	}
	return NULL;
}

char *feed_discover(const char *html, size_t len, const char *base)
{
	htmlDocPtr doc;
	xmlNode *link;
	xmlChar *href = NULL, *page_base = NULL, *full_base = NULL, *uri = NULL;
	char *found = NULL;

	if (len > INT_MAX)
		return NULL;
	doc = htmlReadMemory(html, (int)len, base, NULL,
			     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			     HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	link = doc ? find_feed_link(xmlDocGetRootElement(doc)) : NULL;
	if (link) {
		href = xmlGetProp(link, (const xmlChar *)"href");
		page_base = xmlNodeGetBase(doc, link);	/* <base href>, if any */
		full_base = page_base && base ?
			    xmlBuildURI(page_base, (const xmlChar *)base) : NULL;
		if (full_base || base)
			uri = xmlBuildURI(href, full_base ? full_base :
					  (const xmlChar *)base);
		found = xstrdup((const char *)(uri ? uri : href));
	}
	xmlFree(uri);
	xmlFree(full_base);
	xmlFree(page_base);
	xmlFree(href);
	xmlFreeDoc(doc);
	return found;
}
