/*
 * xml_node.c - what the RSS and Atom readers ask of a libxml2 node: its
 * namespace class and local name, its children, its text and inner
 * markup, its attributes, xml:lang and xml:base.
 *
 * Entities the document does not declare, such as HTML's "&nbsp;" in a
 * feed without a DTD, are decoded as HTML's; the text entities give is
 * bounded per field and per document (struct xml_doc_state).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>

#include <crier/plugin.h>
#include "xml_node.h"
#include "base/xalloc.h"

static const struct {
	const char *uri;
	enum feed_ns ns;
} namespaces[] = {
	{ "http://purl.org/rss/1.0", NS_NONE },
	{ "http://my.netscape.com/rdf/simple/0.9", NS_NONE },
	{ "http://backend.userland.com/rss2", NS_NONE },
	{ "http://backend.userland.com/rss", NS_NONE },
	{ "http://blogs.law.harvard.edu/tech/rss", NS_NONE },
	{ "http://www.w3.org/2005/atom", NS_ATOM },
	{ "http://purl.org/atom/ns", NS_ATOM03 },
	/* the names Atom had in its drafts */
	{ "http://purl.org/echo", NS_ATOM03 },
	{ "http://purl.org/pie", NS_ATOM03 },
	{ "http://example.com/newformat", NS_ATOM03 },
	{ "http://example.com/necho", NS_ATOM03 },
	{ "http://purl.org/dc/elements/1.1", NS_DC },
	{ "http://purl.org/dc/elements/1.0", NS_DC },
	{ "http://purl.org/dc/terms", NS_DCTERMS },
	{ "http://purl.org/rss/1.0/modules/content", NS_CONTENT },
	{ "http://www.itunes.com/dtds/podcast-1.0.dtd", NS_ITUNES },
	{ "https://www.itunes.com/dtds/podcast-1.0.dtd", NS_ITUNES },
	{ "http://www.w3.org/1999/xhtml", NS_XHTML },
	{ "http://www.w3.org/1999/02/22-rdf-syntax-ns", NS_RDF },
	{ "http://search.yahoo.com/mrss", NS_MEDIA },
};

/* Prefixes used without a declaration, by their usual meaning. */
static const struct {
	const char *prefix;
	enum feed_ns ns;
} prefixes[] = {
	{ "dc", NS_DC }, { "dcterms", NS_DCTERMS }, { "content", NS_CONTENT },
	{ "itunes", NS_ITUNES }, { "atom", NS_ATOM }, { "xhtml", NS_XHTML },
	{ "rdf", NS_RDF }, { "media", NS_MEDIA },
};

static enum feed_ns ns_of_uri(const char *uri)
{
	size_t len = strlen(uri);

	while (len && (uri[len - 1] == '/' || uri[len - 1] == '#'))
		len--;
	for (size_t i = 0; i < sizeof(namespaces) / sizeof(*namespaces); i++)
		if (strlen(namespaces[i].uri) == len &&
		    !strncasecmp(uri, namespaces[i].uri, len))
			return namespaces[i].ns;
	return NS_OTHER;
}

static enum feed_ns ns_of_prefix(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(*prefixes); i++)
		if (strlen(prefixes[i].prefix) == len &&
		    !strncasecmp(name, prefixes[i].prefix, len))
			return prefixes[i].ns;
	return NS_OTHER;
}

/*
 * The namespaces of a document, classified as they are met: a document
 * declares few, and every element points to one of them.  Kept in the
 * document's _private member while it is read.
 */
static enum feed_ns ns_of(const xmlDoc *doc, const xmlNs *ns)
{
	struct xml_doc_state *c = doc ? doc->_private : NULL;
	enum feed_ns class;

	for (size_t i = 0; c && i < c->n; i++)
		if (c->seen[i].ns == ns)
			return c->seen[i].class;
	class = ns_of_uri((const char *)ns->href);
	if (c && c->n < sizeof(c->seen) / sizeof(*c->seen)) {
		c->seen[c->n].ns = ns;
		c->seen[c->n++].class = class;
	}
	return class;
}

enum feed_ns xml_ns(const xmlNode *node)
{
	const char *colon;

	if (node->ns && node->ns->href)
		return ns_of(node->doc, node->ns);
	colon = strchr((const char *)node->name, ':');
	if (colon)
		return ns_of_prefix((const char *)node->name,
				    colon - (const char *)node->name);
	return NS_NONE;
}

const char *xml_name(const xmlNode *node)
{
	const char *colon = strchr((const char *)node->name, ':');

	return colon && !node->ns ? colon + 1 : (const char *)node->name;
}

int xml_is(const xmlNode *node, enum feed_ns ns, const char *name)
{
	return node->type == XML_ELEMENT_NODE &&
	       !strcmp(xml_name(node), name) && xml_ns(node) == ns;
}

xmlNode *xml_child(const xmlNode *node, enum feed_ns ns, const char *name)
{
	for (xmlNode *c = node->children; c; c = c->next)
		if (xml_is(c, ns, name))
			return c;
	return NULL;
}

xmlNode *xml_media_description(const xmlNode *node)
{
	xmlNode *d = xml_child(node, NS_MEDIA, "description");
	xmlNode *group;

	if (d)
		return d;
	group = xml_child(node, NS_MEDIA, "group");
	return group ? xml_child(group, NS_MEDIA, "description") : NULL;
}

/* Appends an entity the document does not define, decoded as HTML's. */
static void add_entity(const xmlNode *ref, struct crier_strbuf *sb)
{
	const htmlEntityDesc *e = htmlEntityLookup(ref->name);
	xmlChar out[8];
	int len = sizeof(out);

	if (!e) {
		crier_strbuf_addf(sb, "&%s;", (const char *)ref->name);
		return;
	}
	len = xmlCopyCharMultiByte(out, (int)e->value);
	if (len > 0)
		crier_strbuf_add(sb, out, (size_t)len);
}

/*
 * A field's text is cut at this size: entity references can expand a
 * small document a billion-fold ("billion laughs", quadratic blowup).
 */
#define MAX_FIELD_TEXT (1u << 20)
/*
 * And so is the text that entities give a whole document, or a feed of
 * many items that each reference a large entity still takes gigabytes.
 */
#define MAX_ENTITY_TEXT (1u << 20)

/* Whether c's document may still take text from entities; counts it. */
static int entity_budget(const xmlNode *c, size_t more)
{
	struct xml_doc_state *cache = c->doc ? c->doc->_private : NULL;

	if (!cache)
		return 1;
	cache->entity_text += more;
	return cache->entity_text < MAX_ENTITY_TEXT;
}

static void gather(const xmlNode *node, struct crier_strbuf *sb, int depth)
{
	if (depth > 256)
		return;
	for (const xmlNode *c = node->children; c && sb->len < MAX_FIELD_TEXT;
	     c = c->next) {
		switch (c->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (c->content)
				crier_strbuf_adds(sb, (const char *)c->content);
			break;
		case XML_ENTITY_REF_NODE:
			if (c->children && entity_budget(c, 0)) {
				size_t before = sb->len;

				gather(c->children, sb, depth + 1);
				entity_budget(c, sb->len - before);
			} else if (!c->children)
				add_entity(c, sb);
			break;
		case XML_ENTITY_DECL:
		case XML_ELEMENT_NODE:
			gather(c, sb, depth + 1);
			break;
		default:
			break;
		}
	}
}

char *xml_text(const xmlNode *node)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	gather(node, &sb, 0);
	return crier_strbuf_detach(&sb);
}

const char *xml_text_view(const xmlNode *node, char **copy)
{
	const xmlNode *c = node->children;

	/* gather() would copy the whole of a lone text child, whatever its size */
	if (c && !c->next && c->content && (c->type == XML_TEXT_NODE ||
					    c->type == XML_CDATA_SECTION_NODE)) {
		*copy = NULL;
		return (const char *)c->content;
	}
	*copy = xml_text(node);
	return *copy;
}

char *xml_text_trimmed(const xmlNode *node)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	gather(node, &sb, 0);
	crier_strbuf_trim(&sb);
	if (!sb.len) {
		crier_strbuf_release(&sb);
		return NULL;
	}
	return crier_strbuf_detach(&sb);
}

static int has_element_child(const xmlNode *node)
{
	for (const xmlNode *c = node->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return 1;
	return 0;
}

char *xml_inner(const xmlNode *node)
{
	xmlBuffer *buf;
	char *s;

	if (!has_element_child(node))
		return xml_text(node);
	buf = xmlBufferCreate();
	if (!buf)
		abort();
	for (xmlNode *c = node->children; c; c = c->next)
		xmlNodeDump(buf, node->doc, c, 0, 0);
	s = xstrdup((const char *)xmlBufferContent(buf));
	xmlBufferFree(buf);
	return s;
}

const char *xml_inner_view(const xmlNode *node, char **copy)
{
	if (has_element_child(node)) {
		*copy = xml_inner(node);
		return *copy;
	}
	return xml_text_view(node, copy);
}

char *xml_attr(const xmlNode *node, const char *name)
{
	for (xmlAttr *a = node->properties; a; a = a->next) {
		const char *n = (const char *)a->name;
		const char *colon = a->ns ? NULL : strchr(n, ':');

		if (!strcmp(colon ? colon + 1 : n, name)) {
			xmlChar *v = xmlNodeGetContent((xmlNode *)a);
			char *s = strdup(v ? (const char *)v : "");

			xmlFree(v);
			return s;
		}
	}
	return NULL;
}

char *xml_lang(const xmlNode *node)
{
	xmlChar *lang = xmlNodeGetLang(node);
	char *s = lang && *lang ? strdup((const char *)lang) : NULL;

	xmlFree(lang);
	return s;
}

char *xml_resolve(const xmlNode *node, const char *href)
{
	xmlChar *base = xmlNodeGetBase(node->doc, node);
	xmlChar *uri = NULL;
	char *s;

	if (base && *base)
		uri = xmlBuildURI((const xmlChar *)href, base);
	s = strdup(uri ? (const char *)uri : href);
	xmlFree(uri);
	xmlFree(base);
	return s;
}
