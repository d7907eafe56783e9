/*
 * html_text.c - HTML to plain text, on libxml2's HTML parser.
 *
 * The parser recovers from any markup; the tree is walked iteratively
 * (deep documents cannot overflow the stack).  Block elements end a
 * paragraph, inline ones do not; white space inside a paragraph is
 * collapsed.  Paragraphs are joined with "\n\n".
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <crier/plugin.h>

/* Both lists sorted, for bsearch(); libxml2's HTML parser gives lower case. */
static const char *const skipped[] = {
	"button", "canvas", "embed", "head", "iframe", "noscript", "object",
	"script", "select", "style", "template",
};

static const char *const blocks[] = {
	"address", "article", "aside", "blockquote", "body", "br", "caption",
	"dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
	"footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
	"html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
	"table", "tbody", "td", "th", "thead", "tr", "ul",
};

static int compare_name(const void *key, const void *item)
{
	return strcmp(key, *(const char *const *)item);
}

#define LISTED(name, list) \
	(bsearch((name), (list), sizeof(list) / sizeof((list)[0]), \
		 sizeof((list)[0]), compare_name) != NULL)

struct text_walk {
	struct crier_strbuf para;	/* the paragraph being gathered */
	struct crier_strbuf *out;
};

static void flush(struct text_walk *w)
{
	size_t before = w->out->len;

	if (before)
		crier_strbuf_adds(w->out, "\n\n");
	crier_collapse_space(w->para.buf, w->para.len, w->out);
	if (w->out->len == before + (before ? 2 : 0))
		crier_strbuf_setlen(w->out, before);
	crier_strbuf_reset(&w->para);
}

static int is_block(const xmlNode *node)
{
	return node->type == XML_ELEMENT_NODE && LISTED(node->name, blocks);
}

/* Visits node on the way down; returns 1 if its children should be walked. */
static int enter(struct text_walk *w, const xmlNode *node)
{
	switch (node->type) {
	case XML_TEXT_NODE:
	case XML_CDATA_SECTION_NODE:
		if (node->content)
			crier_strbuf_adds(&w->para, (const char *)node->content);
		return 0;
	case XML_ELEMENT_NODE:
		if (LISTED(node->name, skipped))
			return 0;
		if (is_block(node))
			flush(w);
		return node->children != NULL;
	case XML_DOCUMENT_NODE:
	case XML_HTML_DOCUMENT_NODE:
		return node->children != NULL;
	default:
		return 0;
	}
}

static void walk(struct text_walk *w, const xmlNode *root)
{
	const xmlNode *node = root;

	while (node) {
		if (enter(w, node)) {
			node = node->children;
			continue;
		}
		while (node != root && !node->next) {
			node = node->parent;
			if (is_block(node))
				flush(w);
		}
		if (node == root)
			break;
		node = node->next;
	}
	flush(w);
}

static void plain_paragraphs(const char *s, size_t len, struct crier_strbuf *out)
{
	struct text_walk w = { CRIER_STRBUF_INIT, out };
	size_t i = 0;

	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) : len;
		size_t j = end + 1;

		crier_strbuf_add(&w.para, s + i, end - i);
		crier_strbuf_addch(&w.para, ' ');
		while (j < len && strchr(" \t\r", s[j]))
			j++;
		if (j >= len || s[j] == '\n')
			flush(&w);
		i = end + 1;
	}
	flush(&w);
	crier_strbuf_release(&w.para);
}

/*
 * Appends text with its character references ("&amp;", "&#233;",
 * "&eacute;", looked up in libxml2's HTML table) decoded; a "&" that
 * starts none is kept.  For text without tags, which needs no parser.
 */
static void decode_references(const char *s, size_t len, struct crier_strbuf *out)
{
	size_t i = 0;

	while (i < len) {
		const char *amp = memchr(s + i, '&', len - i);
		const char *semi;
		char name[32];
		unsigned long cp = 0;
		xmlChar enc[8];
		size_t n;

		if (!amp) {
			crier_strbuf_add(out, s + i, len - i);
			return;
		}
		crier_strbuf_add(out, s + i, (size_t)(amp - s) - i);
		i = (size_t)(amp - s) + 1;
		semi = memchr(s + i, ';', len - i < sizeof(name) ? len - i : sizeof(name));
		n = semi ? (size_t)(semi - s) - i : 0;
		if (n && n < sizeof(name)) {
			memcpy(name, s + i, n);
			name[n] = '\0';
			if (name[0] == '#')
				cp = strtoul(name + 1 + (name[1] == 'x' || name[1] == 'X'),
					     NULL, name[1] == 'x' || name[1] == 'X' ? 16 : 10);
			else if (htmlEntityLookup((const xmlChar *)name))
				cp = htmlEntityLookup((const xmlChar *)name)->value;
		}
		if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
			int k = xmlCopyCharMultiByte(enc, (int)cp);

			if (k > 0)
				crier_strbuf_add(out, enc, (size_t)k);
			i += n + 1;
		} else {
			crier_strbuf_addch(out, '&');
		}
	}
}

/* Text without tags: references decoded, paragraphs kept. */
static void plain_text(const char *s, size_t len, struct crier_strbuf *out)
{
	struct crier_strbuf decoded = CRIER_STRBUF_INIT;

	if (!memchr(s, '&', len)) {
		plain_paragraphs(s, len, out);
		return;
	}
	decode_references(s, len, &decoded);
	plain_paragraphs(decoded.buf, decoded.len, out);
	crier_strbuf_release(&decoded);
}

/* Whether s may hold a tag: a '<' with a '>' after it ("x < y" has none). */
static int has_tag(const char *s, size_t len)
{
	const char *lt = memchr(s, '<', len);

	return lt && memchr(lt, '>', len - (size_t)(lt - s));
}

int crier_html_to_text(const char *html, size_t len, struct crier_strbuf *out)
{
	struct text_walk w = { CRIER_STRBUF_INIT, out };
	htmlDocPtr doc;

	if (!has_tag(html, len)) {
		plain_text(html, len, out);
		return 0;
	}
	if (len > 0x7fffffff)
		return crier_error("HTML text too large");
	doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
			     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			     HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	if (!doc) {
		/* libxml2 gives up on some garbage (a NUL first): read it as text. */
		plain_text(html, len, out);
		return 0;
	}
	walk(&w, (xmlNode *)doc);
	xmlFreeDoc(doc);
	crier_strbuf_release(&w.para);
	return 0;
}
