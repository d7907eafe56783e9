/*
 * xml.c - reading a feed as XML with libxml2, and the node helpers the
 * RSS and Atom readers share.
 *
 * The document is parsed in recovery mode (ill-formed feeds give what
 * can be read, with a warning naming the first error's line), without
 * network access and without loading external
 * entities or DTDs.  Entities the document does not declare, such as
 * HTML's "&nbsp;" in a feed without a DTD, are decoded as HTML's.
 */
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>

#include <crier/plugin.h>
#include "feed-int.h"

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
struct ns_cache {
	size_t entity_text;	/* bytes gather() took from entities */
	size_t n;
	struct {
		const xmlNs *ns;
		enum feed_ns class;
	} seen[16];
};

static enum feed_ns ns_of(const xmlDoc *doc, const xmlNs *ns)
{
	struct ns_cache *c = doc ? doc->_private : NULL;
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
	struct ns_cache *cache = c->doc ? c->doc->_private : NULL;

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
	s = strdup((const char *)xmlBufferContent(buf));
	xmlBufferFree(buf);
	if (!s)
		abort();
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

/* "<html" or "<!DOCTYPE html" near the start of data. */
static int looks_like_html(const char *data, size_t len)
{
	size_t n = len < 1024 ? len : 1024;

	for (size_t i = 0; i + 5 <= n; i++) {
		if (data[i] != '<')
			continue;
		if (!strncasecmp(data + i + 1, "html", 4))
			return 1;
		if (i + 14 <= n &&
		    !strncasecmp(data + i + 1, "!doctype html", 13))
			return 1;
	}
	return 0;
}

static int dispatch(xmlNode *root, const char *data, size_t len,
		    struct feed *f)
{
	const char *name = root ? xml_name(root) : NULL;

	if (name && (!strcmp(name, "rss") || !strcmp(name, "RDF") ||
		     !strcmp(name, "channel")))
		return rss_parse(root, f);
	if (name && !strcmp(name, "feed"))
		return atom_parse(root, f);
	if ((name && !strcasecmp(name, "html")) || looks_like_html(data, len))
		return crier_error("not a feed: looks like an HTML page");
	if (name)
		return crier_error("not a feed: the root element is <%s>, "
				   "not <rss>, <rdf:RDF> or <feed>", name);
	return crier_error("not a feed: no XML could be read");
}

static int bad_control(unsigned char c)
{
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

/* A byte repair() must look at: a forbidden control character or '&'. */
static int suspect(unsigned char c)
{
	return c == '&' || bad_control(c);
}

#define ONES 0x0101010101010101ULL
#define HIGHS (ONES * 0x80)
#define LOWS (ONES * 0x7f)

/*
 * The high bit of each byte of w that equals c.  Exact per byte: the
 * sums stay below 0x100, so nothing carries into the next byte.
 */
static uint64_t bytes_equal(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (ONES * c);

	return ~(((x & LOWS) + LOWS) | x) & HIGHS;
}

/*
 * Whether one of the 8 bytes at p is suspect().  Tab, CR and LF are
 * ruled out only when a block has a byte below 0x20 at all, which is
 * rare.
 */
static uint64_t suspect8(const char *p)
{
	uint64_t w, below;

	memcpy(&w, p, 8);
	/* below 0x20: neither the high bit nor low 7 bits + 0x60 reach 0x80 */
	below = ~(((w & LOWS) + ONES * 0x60) | w) & HIGHS;
	if (below)
		below &= ~(bytes_equal(w, '\t') | bytes_equal(w, '\n') |
			   bytes_equal(w, '\r'));
	return below | bytes_equal(w, '&');
}

/*
 * The first suspect() byte from p on, or end: 8 bytes at a time, then
 * byte by byte within the 8 that hold it (or the tail).
 */
static const char *next_suspect(const char *p, const char *end)
{
	while (p + 8 <= end && !suspect8(p))
		p += 8;
	while (p < end && !suspect((unsigned char)*p))
		p++;
	return p;
}

static int predefined(const char *name, size_t len)
{
	switch (len) {
	case 2:
		return (name[0] == 'l' || name[0] == 'g') && name[1] == 't';
	case 3:
		return !memcmp(name, "amp", 3);
	case 4:
		return !memcmp(name, "quot", 4) || !memcmp(name, "apos", 4);
	default:
		return 0;
	}
}

/* Length of the HTML entity reference "&name;" at s, or 0. */
static size_t html_entity(const char *s, const char *end, char *num,
			  size_t size)
{
	char name[32];
	size_t n = 1;
	const htmlEntityDesc *e;

	while (s + n < end && n < sizeof(name) &&
	       ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') ||
		(s[n] >= '0' && s[n] <= '9')))
		n++;
	if (n == 1 || s + n >= end || s[n] != ';' || predefined(s + 1, n - 1))
		return 0;
	memcpy(name, s + 1, n - 1);
	name[n - 1] = '\0';
	e = htmlEntityLookup((const xmlChar *)name);
	if (!e)
		return 0;
	snprintf(num, size, "&#%u;", e->value);
	return n + 1;
}

/*
 * What stops libxml2 even in recovery mode, or loses text: the control
 * characters XML forbids, and HTML's named entities ("&nbsp;") used in a
 * feed that declares none.  Returns a repaired copy in sb, or 0 when
 * data needs no repair.  Not for UTF-16, where zero bytes belong to
 * characters.
 */
static int repair(const char *data, size_t len, struct crier_strbuf *sb)
{
	const char *end = data + len, *done = data, *p;
	char num[16];

	for (p = next_suspect(data, end); p < end; p = next_suspect(p, end)) {
		size_t n = *p == '&' ? html_entity(p, end, num, sizeof(num)) : 1;

		if (!n) {
			p++;
			continue;
		}
		crier_strbuf_add(sb, done, p - done);
		crier_strbuf_adds(sb, n == 1 ? " " : num);
		done = p + n;
		p += n;
	}
	if (done == data)
		return 0;
	crier_strbuf_add(sb, done, end - done);
	return 1;
}

/* The first error libxml2 reports while a document is read. */
struct first_error {
	int line;		/* 0: none */
	char message[160];
};

/* libxml2's structured error handler: keeps the first fatal error. */
static void keep_first_error(void *data, xmlErrorPtr err)
{
	struct first_error *first = data;
	size_t n;

	if (first->line || !err || err->level < XML_ERR_ERROR)
		return;
	first->line = err->line > 0 ? err->line : 1;
	snprintf(first->message, sizeof(first->message), "%s",
		 err->message ? err->message : "error");
	n = strlen(first->message);
	while (n && isspace((unsigned char)first->message[n - 1]))
		first->message[--n] = '\0';
}

/* xmlReadMemory(), with the first error it meets in *first. */
static xmlDoc *read_memory(const char *data, size_t len, const char *url,
			   const char *encoding, int opts,
			   struct first_error *first)
{
	xmlStructuredErrorFunc saved = xmlStructuredError;
	void *saved_data = xmlStructuredErrorContext;
	xmlDoc *doc;

	first->line = 0;
	xmlSetStructuredErrorFunc(first, keep_first_error);
	doc = xmlReadMemory(data, (int)len, url, encoding, opts);
	xmlSetStructuredErrorFunc(saved_data, saved);
	return doc;
}

/*
 * Parses data into a tree in recovery mode, after repair() when the
 * encoding is known; fixed holds the repaired copy.  NULL when libxml2
 * gives up entirely.  *first is the first error met, if any.
 */
static xmlDoc *read_doc(const char **data, size_t *len, const char *url,
			const char *encoding, struct crier_strbuf *fixed,
			struct first_error *first)
{
	int opts = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
		   XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
	xmlDoc *doc;

	while (*len && isspace((unsigned char)**data)) {
		(*data)++;
		(*len)--;
	}
	if (encoding && repair(*data, *len, fixed)) {
		*data = fixed->buf;
		*len = fixed->len;
	}
	doc = read_memory(*data, *len, url, encoding, opts, first);
	if (!doc && encoding)
		doc = read_memory(*data, *len, url, NULL, opts, first);
	return doc;
}

int xml_feed_parse(const char *data, size_t len, const char *url,
		   const char *encoding, struct feed *f)
{
	struct crier_strbuf fixed = CRIER_STRBUF_INIT;
	struct ns_cache cache = { 0 };
	struct first_error first;
	xmlDoc *doc;
	int ret;

	if (len > INT_MAX)
		return crier_error("feed too large (%zu bytes)", len);
	doc = read_doc(&data, &len, url, encoding, &fixed, &first);
	if (doc && first.line)
		crier_warn("%s%sline %d: the feed is not well-formed XML (%s); "
			   "its items were read as far as they could be",
			   url ? url : "", url ? ", " : "", first.line,
			   first.message);
	if (doc)
		doc->_private = &cache;
	ret = dispatch(doc ? xmlDocGetRootElement(doc) : NULL, data, len, f);
	if (doc)
		doc->_private = NULL;
	xmlFreeDoc(doc);
	crier_strbuf_release(&fixed);
	return ret;
}

void xml_read_only(const char *data, size_t len, const char *encoding)
{
	struct crier_strbuf fixed = CRIER_STRBUF_INIT;
	struct first_error first;

	if (len <= INT_MAX)
		xmlFreeDoc(read_doc(&data, &len, NULL, encoding, &fixed,
				    &first));
	crier_strbuf_release(&fixed);
}
