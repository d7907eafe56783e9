/*
 * xml.c - reading a feed as XML with libxml2 and handing its root to the
 * RSS or Atom reader.
 *
 * The document is parsed in recovery mode (ill-formed feeds give what
 * can be read, with a warning naming the first error's line), without
 * network access and without loading external entities or DTDs; stray
 * control characters and HTML's named entities are repaired first when
 * the encoding is known.
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

#include <crier/plugin.h>
#include "feed-int.h"
#include "xml_node.h"

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
	struct xml_doc_state cache = { 0 };
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
