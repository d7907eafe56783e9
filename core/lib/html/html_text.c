/*
 * html_text.c - HTML to plain text: crier_html_to_text(), and the way
 * that takes any markup, libxml2's HTML parser driven through SAX (no
 * tree is built).
 *
 * The parser recovers from any markup.  Block elements end a paragraph,
 * inline ones do not; white space inside a paragraph is collapsed.
 * Paragraphs are joined with "\n\n".  Text without tags needs no parser,
 * and simple markup is left to the scanner in html_scan.c, which gives
 * the same text several times faster.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/chvalid.h>
#include <libxml/parserInternals.h>

#include <crier/plugin.h>
#include "html_text_int.h"

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

/* "&#233;" or "&#xE9;": at most 8 digits, so no overflow. */
static size_t numeric_reference(const char *s, size_t len, unsigned long *cp)
{
	int hex = len > 2 && (s[2] == 'x' || s[2] == 'X');
	size_t i = 2 + (size_t)hex, start = i;

	*cp = 0;
	for (; i < len && i - start < 8; i++) {
		char c = s[i];
		int d = c >= '0' && c <= '9' ? c - '0' :
			hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 :
			hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

		if (d < 0)
			break;
		*cp = *cp * (hex ? 16 : 10) + (unsigned long)d;
	}
	if (i == start || i >= len || s[i] != ';' || !xmlIsCharQ(*cp))
		return 0;
	return i + 1;
}

/*
 * Decodes the character reference at s[0] == '&' ("&amp;", "&#233;",
 * "&#xE9;") in s[0..len): stores its code point and returns the bytes
 * it takes, ";" included.  Returns 0 when s starts no complete
 * reference HTML 4 names (libxml2's table) to a character XML allows.
 */
static size_t html_reference(const char *s, size_t len, unsigned long *cp)
{
	const htmlEntityDesc *entity;
	char name[32];
	size_t n = 0;

	if (len > 1 && s[1] == '#')
		return numeric_reference(s, len, cp);
	while (1 + n < len && n < sizeof(name) - 1 && is_alnum(s[1 + n])) {
		name[n] = s[1 + n];
		n++;
	}
	name[n] = '\0';
	if (!n || 1 + n >= len || s[1 + n] != ';' ||
	    !(name[0] >= 'A' && (name[0] | 0x20) <= 'z'))
		return 0;
	entity = htmlEntityLookup((const xmlChar *)name);
	if (!entity || !xmlIsCharQ(entity->value))
		return 0;
	*cp = entity->value;
	return n + 2;
}

static void plain_paragraphs(const char *s, size_t len,
			     struct crier_strbuf *out)
{
	struct text_walk w = TEXT_WALK_INIT(out);
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
			text_walk_flush(&w);
		i = end + 1;
	}
	text_walk_flush(&w);
	crier_strbuf_release(&w.para);
}

/* Appends text with its references decoded; a "&" that starts none is kept. */
static void decode_references(const char *s, size_t len,
			      struct crier_strbuf *out)
{
	size_t i = 0;

	while (i < len) {
		const char *amp = memchr(s + i, '&', len - i);
		unsigned long cp;
		size_t n;

		if (!amp) {
			crier_strbuf_add(out, s + i, len - i);
			return;
		}
		crier_strbuf_add(out, s + i, (size_t)(amp - s) - i);
		i = (size_t)(amp - s);
		n = html_reference(amp, len - i, &cp);
		if (n) {
			xmlChar enc[8];
			int k = xmlCopyCharMultiByte(enc, (int)cp);

			crier_strbuf_add(out, enc, k > 0 ? (size_t)k : 0);
			i += n;
		} else {
			crier_strbuf_addch(out, '&');
			i++;
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

/* SAX callbacks: the parser context's _private is the text_walk. */
static struct text_walk *walk_of(void *ctx)
{
	return ((htmlParserCtxtPtr)ctx)->_private;
}

/* <html> and <body>: they hold all the text. */
static int is_root(const char *name)
{
	return !strcmp(name, "html") || !strcmp(name, "body");
}

/*
 * An element opens.  Skipped ones hide all they hold.  The first to
 * open inside <body> breaks no paragraph: the parser may pass on a
 * character before the elements it implies ("<!x" gives "<", then
 * html, body and p).
 */
static void on_start(void *ctx, const xmlChar *tag, const xmlChar **attrs)
{
	struct text_walk *w = walk_of(ctx);
	const char *name = (const char *)tag;
	unsigned flags = html_tag(name)->flags;

	(void)attrs;
	if (w->skipping || (flags & TAG_SKIPPED))
		w->skipping++;
	else if (is_root(name))
		return;
	else if ((flags & TAG_BLOCK) && w->opened)
		text_walk_flush(w);
	w->opened = 1;
}

static void on_end(void *ctx, const xmlChar *tag)
{
	struct text_walk *w = walk_of(ctx);

	if (w->skipping)
		w->skipping--;
	else if (html_tag((const char *)tag)->flags & TAG_BLOCK)
		text_walk_flush(w);
}

static void on_text(void *ctx, const xmlChar *text, int len)
{
	struct text_walk *w = walk_of(ctx);

	if (!w->skipping)
		crier_strbuf_add(&w->para, text, (size_t)len);
}

static void on_document(void *ctx)
{
	walk_of(ctx)->opened = 0;
}

static const htmlSAXHandler text_sax = {
	.startDocument = on_document,
	.startElement = on_start,
	.endElement = on_end,
	/* script and style bodies come here too: their skipping hides them */
	.characters = on_text,
	.ignorableWhitespace = on_text,
};

/*
 * Runs the parser over html as UTF-8, as htmlReadMemory() would but
 * through text_sax.  Returns 0 when it refused to start a document
 * (some garbage, a NUL first), 1 when it ran, -1 when out of memory.
 */
static int run_parser(const char *html, size_t len, struct text_walk *w)
{
	htmlParserCtxtPtr parser = htmlCreateMemoryParserCtxt(html, (int)len);
	xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8");
	int ran;

	if (!parser)
		return -1;
	memcpy(parser->sax, &text_sax, sizeof(text_sax));
	parser->_private = w;
	parser->userData = parser;
	htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			   HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
			   HTML_PARSE_IGNORE_ENC);
	if (utf8)
		xmlSwitchToEncoding(parser, utf8);
	w->opened = -1;
	htmlParseDocument(parser);
	ran = w->opened != -1;
	htmlFreeParserCtxt(parser);
	return ran;
}

int html_parse_text(const char *html, size_t len, struct crier_strbuf *out)
{
	struct text_walk w = TEXT_WALK_INIT(out);
	size_t before = out->len;
	int ran;

	if (!len)
		return 0;
	if (len > 0x7fffffff)
		return crier_error("HTML text too large");
	ran = run_parser(html, len, &w);
	if (ran < 0)
		return crier_error("out of memory");
	if (ran)
		text_walk_flush(&w);
	crier_strbuf_release(&w.para);
	if (!ran) {
		/* libxml2 gives up on some garbage (a NUL first): as text. */
		crier_strbuf_setlen(out, before);
		plain_text(html, len, out);
	}
	return 0;
}

/* Whether s may hold a tag: a '<' with a '>' after it ("x < y" has none). */
static int has_tag(const char *s, size_t len)
{
	const char *lt = memchr(s, '<', len);

	return lt && memchr(lt, '>', len - (size_t)(lt - s));
}

int crier_html_to_text(const char *html, size_t len, struct crier_strbuf *out)
{
	if (!has_tag(html, len)) {
		plain_text(html, len, out);
		return 0;
	}
	if (html_scan_text(html, len, out))
		return 0;
	return html_parse_text(html, len, out);
}
