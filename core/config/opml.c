/*
 * opml.c - reading feed lists (OPML with libxml2, newsboat's urls file)
 * and writing OPML 2.0 with libxml2's xmlTextWriter.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include <crier/plugin.h>
#include <crier/strbuf.h>
#include <crier/text.h>
#include "opml.h"
#include "base/xalloc.h"

void opml_list_release(struct opml_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		free(list->feeds[i].title);
		free(list->feeds[i].url);
	}
	free(list->feeds);
	memset(list, 0, sizeof(*list));
}

/* The host of url without "www.", or url itself when it has none. */
static void url_host(const char *url, struct crier_strbuf *out)
{
	const char *p = strstr(url, "://");
	size_t n;

	if (!p || p[3] == '/' || !p[3]) {
		crier_strbuf_adds(out, url);
		return;
	}
	p += 3;
	if (!strncmp(p, "www.", 4))
		p += 4;
	n = strcspn(p, "/:?#");
	crier_strbuf_add(out, p, n);
}

/* Adds a feed, its title cleaned to one line (from the URL when empty). */
static void add_feed(struct opml_list *list, const char *title, size_t len,
		     const char *url, size_t url_len)
{
	struct crier_strbuf valid = CRIER_STRBUF_INIT;
	struct crier_strbuf clean = CRIER_STRBUF_INIT;
	struct opml_feed *f;

	list->feeds = xgrow(list->feeds, &list->alloc, list->n + 1,
			    sizeof(*list->feeds));
	f = &list->feeds[list->n++];
	crier_utf8_sanitize(url, url_len, &valid);
	crier_collapse_space(valid.buf, valid.len, &clean);
	f->url = crier_strbuf_detach(&clean);
	crier_strbuf_reset(&valid);
	crier_utf8_sanitize(title ? title : "", title ? len : 0, &valid);
	crier_collapse_space(valid.buf, valid.len, &clean);
	if (!clean.len)
		url_host(f->url, &clean);
	f->title = crier_strbuf_detach(&clean);
	crier_strbuf_release(&valid);
}

/* ---- OPML ---- */

static int has_bom(const char *data, size_t len)
{
	return len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3);
}

static int is_utf16(const char *data, size_t len)
{
	return len >= 2 && (!memcmp(data, "\xff\xfe", 2) ||
			    !memcmp(data, "\xfe\xff", 2));
}

/*
 * The length of the UTF-8 BOM and blanks that data starts with (which
 * libxml2 would refuse before an XML declaration); *lines counts the
 * newlines among them.
 */
static size_t lead_length(const char *data, size_t len, int *lines)
{
	size_t i = has_bom(data, len) ? 3 : 0;

	*lines = 0;
	for (; i < len && strchr(" \t\r\n", data[i]) && data[i]; i++)
		*lines += data[i] == '\n';
	return i;
}

/* True when data starts like an XML document (after a BOM and blanks). */
static int looks_like_xml(const char *data, size_t len)
{
	int lines;
	size_t lead = lead_length(data, len, &lines);

	return is_utf16(data, len) || (lead < len && data[lead] == '<');
}

/* The value of node's attribute name, any case; free with xmlFree(). */
static xmlChar *get_attr(xmlNode *node, const char *name)
{
	for (xmlAttr *a = node->properties; a; a = a->next)
		if (!xmlStrcasecmp(a->name, (const xmlChar *)name))
			return xmlGetProp(node, a->name);
	return NULL;
}

static int is_blank(const xmlChar *s)
{
	if (!s)
		return 1;
	for (; *s; s++)
		if (!strchr(" \t\r\n", *s))
			return 0;
	return 1;
}

/* Adds node when it is a feed outline. */
static void read_outline(xmlNode *node, struct opml_list *list)
{
	xmlChar *url = get_attr(node, "xmlUrl");
	xmlChar *title = NULL;

	if (is_blank(url))
		goto out;
	title = get_attr(node, "title");
	if (is_blank(title)) {
		xmlFree(title);
		title = get_attr(node, "text");
	}
	add_feed(list, (const char *)title,
		 title ? strlen((const char *)title) : 0, (const char *)url,
		 strlen((const char *)url));
out:
	xmlFree(title);
	xmlFree(url);
}

/* Reads the outlines under node, folders included, in document order. */
static void read_outlines(xmlNode *node, struct opml_list *list)
{
	for (xmlNode *n = node->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!xmlStrcasecmp(n->name, (const xmlChar *)"outline"))
			read_outline(n, list);
		read_outlines(n, list);
	}
}

/* Sets the error for a document libxml2 could not parse. */
static int xml_error(xmlParserCtxt *ctxt, const char *file, int lines)
{
	const xmlError *e = xmlCtxtGetLastError(ctxt);
	struct crier_strbuf msg = CRIER_STRBUF_INIT;
	int line;

	if (!e || !e->message)
		return crier_error("%s: cannot parse the XML", file);
	crier_strbuf_adds(&msg, e->message);
	crier_strbuf_trim(&msg);
	line = e->line + lines;
	crier_error("%s:%d: not well-formed XML: %s", file, line, msg.buf);
	crier_strbuf_release(&msg);
	return -1;
}

static int read_opml(const char *data, size_t len, const char *file,
		     struct opml_list *list)
{
	xmlParserCtxt *ctxt = xmlNewParserCtxt();
	xmlDoc *doc = NULL;
	xmlNode *root;
	size_t before = list->n, lead = 0;
	int ret = -1, lines = 0;

	if (!ctxt)
		xdie("libxml2 parser");
	if (!is_utf16(data, len))
		lead = lead_length(data, len, &lines);
	data += lead;
	len -= lead;
	if (len > INT_MAX) {
		crier_error("%s: too large", file);
		goto out;
	}
	doc = xmlCtxtReadMemory(ctxt, data, (int)len, file, NULL,
				XML_PARSE_NONET | XML_PARSE_NOERROR |
				XML_PARSE_NOWARNING);
	if (!doc) {
		xml_error(ctxt, file, lines);
		goto out;
	}
	root = xmlDocGetRootElement(doc);
	if (!root || xmlStrcasecmp(root->name, (const xmlChar *)"opml")) {
		crier_error("%s: not OPML: the root element is <%s>, "
			    "not <opml>", file,
			    root ? (const char *)root->name : "");
		goto out;
	}
	read_outlines(root, list);
	if (list->n == before) {
		crier_error("%s: no feeds: no <outline> has an xmlUrl", file);
		goto out;
	}
	ret = 0;
out:
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return ret;
}

/* ---- newsboat urls ---- */

/*
 * Reads one token of a urls line at *p into out: a word up to a blank, or
 * a "quoted string" with backslash escapes.  Returns 0 at the end.
 */
static int next_word(const char **p, const char *end, struct crier_strbuf *out)
{
	const char *s = *p;

	crier_strbuf_reset(out);
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	if (s == end)
		return 0;
	if (*s != '"') {
		while (s < end && *s != ' ' && *s != '\t')
			crier_strbuf_addch(out, *s++);
	} else {
		for (s++; s < end && *s != '"'; s++) {
			if (*s == '\\' && s + 1 < end)
				s++;
			crier_strbuf_addch(out, *s);
		}
		if (s < end)
			s++;
	}
	*p = s;
	return 1;
}

static int has_prefix(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

/* Why a urls entry is skipped, or NULL when it is a feed crier reads. */
static const char *skip_reason(const char *url)
{
	if (has_prefix(url, "query:"))
		return "query feeds are newsboat's own; skipped";
	if (has_prefix(url, "exec:") || has_prefix(url, "filter:"))
		return "feeds made by a command are not imported; skipped";
	if (!has_prefix(url, "http://") && !has_prefix(url, "https://") &&
	    !has_prefix(url, "file://"))
		return "not an http(s) or file URL; skipped";
	return NULL;
}

/* Reads one line (without its newline) of a urls file. */
static void read_urls_line(const char *s, const char *end, const char *file,
			   int line, struct opml_list *list)
{
	struct crier_strbuf url = CRIER_STRBUF_INIT;
	struct crier_strbuf word = CRIER_STRBUF_INIT;
	struct crier_strbuf title = CRIER_STRBUF_INIT;
	const char *why;

	if (!next_word(&s, end, &url) || url.buf[0] == '#')
		goto out;
	why = skip_reason(url.buf);
	if (why) {
		fprintf(stderr, "%s:%d: note: %s\n", file, line, why);
		goto out;
	}
	while (next_word(&s, end, &word))
		if (word.buf[0] == '~' && !title.len)
			crier_strbuf_adds(&title, word.buf + 1);
	add_feed(list, title.buf, title.len, url.buf, url.len);
out:
	crier_strbuf_release(&url);
	crier_strbuf_release(&word);
	crier_strbuf_release(&title);
}

static int read_urls(const char *data, size_t len, const char *file,
		     struct opml_list *list)
{
	const char *end = data + len, *eol;
	size_t before = list->n;
	int line = 1;

	if (has_bom(data, len))
		data += 3;
	for (const char *s = data; s < end; s = eol + 1, line++) {
		eol = memchr(s, '\n', (size_t)(end - s));
		if (!eol)
			eol = end;
		read_urls_line(s, eol > s && eol[-1] == '\r' ? eol - 1 : eol,
			       file, line, list);
	}
	if (list->n == before)
		return crier_error("%s: no feeds found (neither OPML nor a "
				   "newsboat urls file with http(s) URLs)",
				   file);
	return 0;
}

int opml_read(const char *data, size_t len, const char *file,
	      struct opml_list *list)
{
	if (looks_like_xml(data, len))
		return read_opml(data, len, file, list);
	return read_urls(data, len, file, list);
}

/* ---- writing ---- */

/* Writes an attribute with s made valid UTF-8; returns < 0 on error. */
static int write_attr(xmlTextWriter *w, const char *name, const char *s)
{
	struct crier_strbuf valid = CRIER_STRBUF_INIT;
	int ret;

	crier_utf8_sanitize(s, strlen(s), &valid);
	ret = xmlTextWriterWriteAttribute(w, (const xmlChar *)name,
					  (const xmlChar *)valid.buf);
	crier_strbuf_release(&valid);
	return ret;
}

static int write_outline(xmlTextWriter *w, const struct opml_feed *f)
{
	if (xmlTextWriterStartElement(w, (const xmlChar *)"outline") < 0 ||
	    write_attr(w, "text", f->title) < 0 ||
	    write_attr(w, "title", f->title) < 0 ||
	    write_attr(w, "type", "rss") < 0 ||
	    write_attr(w, "xmlUrl", f->url) < 0 ||
	    xmlTextWriterEndElement(w) < 0)
		return -1;
	return 0;
}

static int write_document(xmlTextWriter *w, const char *title,
			  const struct opml_feed *feeds, size_t n)
{
	struct crier_strbuf valid = CRIER_STRBUF_INIT;
	int ret = -1;

	crier_utf8_sanitize(title, strlen(title), &valid);
	if (xmlTextWriterSetIndent(w, 1) < 0 ||
	    xmlTextWriterSetIndentString(w, (const xmlChar *)"  ") < 0 ||
	    xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0 ||
	    xmlTextWriterStartElement(w, (const xmlChar *)"opml") < 0 ||
	    write_attr(w, "version", "2.0") < 0 ||
	    xmlTextWriterStartElement(w, (const xmlChar *)"head") < 0 ||
	    xmlTextWriterWriteElement(w, (const xmlChar *)"title",
				      (const xmlChar *)valid.buf) < 0 ||
	    xmlTextWriterEndElement(w) < 0 ||
	    xmlTextWriterStartElement(w, (const xmlChar *)"body") < 0)
		goto out;
	for (size_t i = 0; i < n; i++)
		if (write_outline(w, &feeds[i]))
			goto out;
	if (xmlTextWriterEndDocument(w) < 0)
		goto out;
	ret = 0;
out:
	crier_strbuf_release(&valid);
	return ret;
}

int opml_write(FILE *fp, const char *title, const struct opml_feed *feeds,
	       size_t n)
{
	xmlBuffer *buf = xmlBufferCreate();
	xmlTextWriter *w = buf ? xmlNewTextWriterMemory(buf, 0) : NULL;
	size_t len;
	int ret = -1;

	if (!w)
		xdie("libxml2 writer");
	if (write_document(w, title, feeds, n)) {
		crier_error("cannot write the OPML document");
		goto out;
	}
	xmlFreeTextWriter(w);
	w = NULL;
	len = (size_t)xmlBufferLength(buf);
	if (fwrite(xmlBufferContent(buf), 1, len, fp) != len || fflush(fp)) {
		crier_error("cannot write the OPML document: %s",
			    strerror(errno));
		goto out;
	}
	ret = 0;
out:
	xmlFreeTextWriter(w);
	xmlBufferFree(buf);
	return ret;
}
