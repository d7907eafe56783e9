/*
 * html_scan.c - HTML to plain text in one pass, for simple markup.
 *
 * Feed summaries and contents are nearly always short runs of inline
 * and block elements.  libxml2's HTML parser (html_text.c) spends most
 * of its time on what their text never needs; this scanner reads such
 * markup directly and gives exactly the text the parser would.  To do
 * so it keeps the parser's stack of open elements: a start tag first
 * closes what libxml2 says it closes (htmlAutoCloseTag(), and the
 * elements that close their own kind), an end tag closes up to its
 * element as libxml2 does (end priorities), text before any tag opens
 * the paragraph libxml2 implies.  Every block element that opens or
 * closes ends a paragraph.
 *
 * References are read as libxml2 reads them, script and style bodies
 * are passed over raw, skipped elements hide their text.
 *
 * It declines, and the parser takes over, at anything else:
 *   - bytes that are not UTF-8, control characters, a byte order mark;
 *   - html, head and body other than as a plain wrapper around it all,
 *     frames, textarea and the like (TAG_PARSER_ONLY), and the elements
 *     libxml2 puts in an implied <head> when they come first (TAG_HEAD);
 *   - a tag or attribute that is not well-formed, a tag name with
 *     other than letters, digits and ":-_", nesting deeper than
 *     MAX_DEPTH;
 *   - a doctype, processing instruction, CDATA section, an unclosed
 *     comment, a "</" that starts no end tag;
 *   - a reference name beyond ASCII, a character reference longer than
 *     any character.
 * The fuzz target fuzz_html holds it to that on random input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/chvalid.h>
#include <libxml/parserInternals.h>

#include "html_text_int.h"
#include "text/utf8.h"

#define MAX_DEPTH 32
#define MAX_NAME 24
#define MAX_ATTR_NAME 64

struct scan {
	const char *s;
	size_t len, pos;
	struct text_walk walk;
	struct {
		char name[MAX_NAME + 1];
		int hidden;		/* skipped, or inside one skipped */
		int block;		/* TAG_BLOCK */
		int priority;		/* its end priority */
	} open[MAX_DEPTH];		/* as libxml2's, html and body aside */
	int depth;
	int started;			/* libxml2 has an element open */
};

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Valid UTF-8 with no control character but tab, newline and return. */
static int is_clean_utf8(const char *s, size_t len)
{
	size_t i = 0;

	if (len >= 3 && !memcmp(s, "\xef\xbb\xbf", 3))
		return 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		size_t n;

		if (c >= 0x20 && c < 0x7f) {
			i += utf8_printable_run(s + i, len - i);
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (!n || (cp < 0x20 && !is_blank((char)cp)) ||
		    (cp >= 0x7f && cp < 0xa0) || cp == 0xfffe || cp == 0xffff)
			return 0;
		i += n;
	}
	return 1;
}

static char at(const struct scan *sc, size_t i)
{
	return i < sc->len ? sc->s[i] : '\0';
}

static void skip_blanks(struct scan *sc)
{
	while (sc->pos < sc->len && is_blank(sc->s[sc->pos]))
		sc->pos++;
}

static int is_hidden(const struct scan *sc)
{
	return sc->depth && sc->open[sc->depth - 1].hidden;
}

/* Pushes the element with what closing it needs. */
static void open_element(struct scan *sc, const struct html_tag *tag,
			 const char *name)
{
	int hidden = is_hidden(sc) || (tag->flags & TAG_SKIPPED);

	strcpy(sc->open[sc->depth].name, name);
	sc->open[sc->depth].hidden = hidden;
	sc->open[sc->depth].block = (tag->flags & TAG_BLOCK) != 0;
	sc->open[sc->depth++].priority = tag->end_priority;
	sc->started = 1;
}

/* Text, unless inside a skipped element. */
static void add_text(struct scan *sc, const void *text, size_t len)
{
	if (!is_hidden(sc))
		crier_strbuf_add(&sc->walk.para, text, len);
}

static void add_char(struct scan *sc, unsigned long cp)
{
	xmlChar enc[8];

	add_text(sc, enc, (size_t)xmlCopyCharMultiByte(enc, (int)cp));
}

/* Character data before any element opens the paragraph libxml2 implies. */
static void imply_paragraph(struct scan *sc)
{
	if (!sc->started)
		open_element(sc, html_tag("p"), "p");
}

static int is_name_start(char c)
{
	return is_letter(c) || c == '_' || c == ':';
}

static int is_name_char(char c)
{
	return is_name_start(c) || is_digit(c) || c == '-' || c == '.';
}

static int digit_value(char c, int hex)
{
	if (is_digit(c))
		return c - '0';
	if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
		return (c | 0x20) - 'a' + 10;
	return -1;
}

/*
 * "&#233;", "&#xE9;" as htmlParseCharRef() reads them: the digits, then
 * a ';' if there is one; a character XML has no place for gives nothing.
 * Declines at more digits than any character has.
 */
static int scan_char_ref(struct scan *sc)
{
	int hex = (at(sc, sc->pos + 2) | 0x20) == 'x', d;
	size_t i = sc->pos + 2 + (size_t)hex, start = i;
	unsigned long cp = 0;

	while ((d = digit_value(at(sc, i), hex)) >= 0) {
		if (i - start == 7)
			return 0;
		cp = cp * (hex ? 16 : 10) + (unsigned long)d;
		i++;
	}
	sc->pos = i + (at(sc, i) == ';');
	if (xmlIsCharQ(cp)) {
		imply_paragraph(sc);
		add_char(sc, cp);
	}
	return 1;
}

/*
 * "&name;" as htmlParseEntityRef() reads it: an HTML 4 entity gives its
 * character; a name that is none, or has no ';', stays as text, and so
 * does a "&" with no name.  Declines at names that go beyond ASCII.
 */
static int scan_entity_ref(struct scan *sc)
{
	const htmlEntityDesc *entity = NULL;
	size_t start = sc->pos + 1, i = start;
	char name[32];

	if (start < sc->len && is_name_start(sc->s[start]))
		while (i < sc->len && is_name_char(sc->s[i]))
			i++;
	if (i < sc->len && (unsigned char)sc->s[i] >= 0x80)
		return 0;
	imply_paragraph(sc);
	if (i - start < sizeof(name) && at(sc, i) == ';') {
		memcpy(name, sc->s + start, i - start);
		name[i - start] = '\0';
		entity = htmlEntityLookup((const xmlChar *)name);
	}
	if (entity) {
		add_char(sc, entity->value);
		i++;
	} else {
		add_text(sc, sc->s + sc->pos, i - sc->pos);
	}
	sc->pos = i;
	return 1;
}

/*
 * A run of character data, as htmlParseCharData() passes it on: before
 * any element, one that is not all blanks (or is followed by a
 * reference) opens the implied paragraph.
 */
static int scan_chars(struct scan *sc, size_t stop)
{
	size_t len = stop - sc->pos, i = 0;

	if (!len)
		return 1;
	while (i < len && is_blank(sc->s[sc->pos + i]))
		i++;
	if (!sc->started && i == len && len >= 1000)
		return 0;	/* libxml2 judges blanks 1000 at a time */
	if (i < len || at(sc, stop) == '&')
		imply_paragraph(sc);
	add_text(sc, sc->s + sc->pos, len);
	sc->pos = stop;
	return 1;
}

/* Text up to the next '<', references decoded; 0 at one it cannot. */
static int scan_text(struct scan *sc)
{
	const char *lt = memchr(sc->s + sc->pos, '<', sc->len - sc->pos);
	size_t end = lt ? (size_t)(lt - sc->s) : sc->len;

	while (sc->pos < end) {
		const char *amp = memchr(sc->s + sc->pos, '&', end - sc->pos);

		if (!scan_chars(sc, amp ? (size_t)(amp - sc->s) : end))
			return 0;
		if (!amp)
			break;
		if (!(at(sc, sc->pos + 1) == '#' ? scan_char_ref(sc)
						 : scan_entity_ref(sc)))
			return 0;
	}
	return 1;
}

/* "<!-- ... -->"; sc->pos is at '<'.  libxml2 also ends one at "--!>". */
static int scan_comment(struct scan *sc)
{
	const char *body = sc->s + sc->pos + 4, *end;

	if (sc->len - sc->pos < 4 || memcmp(sc->s + sc->pos, "<!--", 4))
		return 0;
	end = memmem(body, sc->len - sc->pos - 4, "-->", 3);
	if (!end || memmem(body, (size_t)(end - body) + 3, "--!>", 4))
		return 0;
	sc->pos = (size_t)(end - sc->s) + 3;
	return 1;
}

/*
 * A tag name as htmlParseHTMLName() reads it (a letter, then letters,
 * digits and ":-_"), lowered into name; 0 unless a blank, '>' or '/'
 * ends it.  Not '.': libxml2 closes elements for "<p.>" as for "<p>".
 */
static int scan_name(struct scan *sc, char name[MAX_NAME + 1])
{
	size_t n = 0;
	char c;

	if (!is_letter(at(sc, sc->pos)))
		return 0;
	while (is_name_char(c = at(sc, sc->pos)) && c != '.') {
		if (n == MAX_NAME)
			return 0;
		name[n++] = (char)(c | (is_letter(c) ? 0x20 : 0));
		sc->pos++;
	}
	name[n] = '\0';
	return c == '>' || c == '/' || is_blank(c);
}

/* An attribute value: quoted, or unquoted up to a blank or '>'. */
static int scan_value(struct scan *sc)
{
	char q = at(sc, sc->pos);
	size_t start = sc->pos;
	const char *close;

	if (q == '"' || q == '\'') {
		close = memchr(sc->s + sc->pos + 1, q, sc->len - sc->pos - 1);
		if (!close)
			return 0;
		sc->pos = (size_t)(close - sc->s) + 1;
		return 1;
	}
	while (sc->pos < sc->len && !is_blank(sc->s[sc->pos]) &&
	       sc->s[sc->pos] != '>')
		sc->pos++;
	return sc->pos > start;
}

/* name, name=value, name = "value" */
static int scan_attribute(struct scan *sc)
{
	size_t start = sc->pos;

	if (!is_name_start(at(sc, sc->pos)))
		return 0;
	while (is_name_char(at(sc, sc->pos)))
		sc->pos++;
	if (sc->pos - start > MAX_ATTR_NAME)
		return 0;	/* libxml2 cuts long names short */
	skip_blanks(sc);
	if (at(sc, sc->pos) != '=')
		return 1;
	sc->pos++;
	skip_blanks(sc);
	return scan_value(sc);
}

/* Attributes up to '>' or "/>", past which it leaves sc; *empty for "/>". */
static int scan_attributes(struct scan *sc, int *empty)
{
	skip_blanks(sc);
	for (;;) {
		char c = at(sc, sc->pos);

		if (c == '>' || (c == '/' && at(sc, sc->pos + 1) == '>')) {
			*empty = c == '/';
			sc->pos += 1 + (size_t)*empty;
			return 1;
		}
		if (!scan_attribute(sc))
			return 0;
		skip_blanks(sc);
	}
}

/* Whether libxml2 closes the open element old when new opens. */
static int closes(const struct html_tag *tag, const char *new, const char *old)
{
	xmlNode node = {
		.type = XML_ELEMENT_NODE, .name = (const xmlChar *)new,
	};

	if (!strcmp(new, old))
		return (tag->flags & TAG_CLOSES_OWN) != 0;
	return htmlAutoCloseTag(NULL, (const xmlChar *)old, &node);
}

/* Closes the elements open above index i, and i. */
static void close_down_to(struct scan *sc, int i)
{
	while (sc->depth > i) {
		sc->depth--;
		if (!sc->open[sc->depth].hidden && sc->open[sc->depth].block)
			text_walk_flush(&sc->walk);
	}
}

/*
 * "</name>": closes its element and all above it, unless the element is
 * not open or something of a higher end priority is open above it; then
 * it is ignored, as libxml2 ignores it.
 */
static int scan_end_tag(struct scan *sc)
{
	char name[MAX_NAME + 1];
	int priority, i;

	sc->pos += 2;
	if (!scan_name(sc, name))
		return 0;
	skip_blanks(sc);
	if (at(sc, sc->pos) != '>')
		return 0;
	sc->pos++;
	if (sc->depth && !strcmp(sc->open[sc->depth - 1].name, name)) {
		close_down_to(sc, sc->depth - 1);	/* the usual case */
		return 1;
	}
	if (html_tag(name)->flags & TAG_PARSER_ONLY)
		return 0;
	priority = html_tag(name)->end_priority;
	for (i = sc->depth - 1; i >= 0; i--) {
		if (!strcmp(sc->open[i].name, name)) {
			close_down_to(sc, i);
			return 1;
		}
		if (sc->open[i].priority > priority)
			return 1;
	}
	return 1;	/* not open: under the stack lie body and html only */
}

/*
 * Passes over the content of the raw element just opened, to its end
 * tag, which libxml2 finds as "</" and the name in any case.  Declines
 * where that is not an end tag of the element (as "</scripts>"), and
 * where the content starts with a tag, which libxml2 may read as one.
 */
static int skip_raw(struct scan *sc, const char *name)
{
	size_t n = strlen(name);
	const char *p = sc->s + sc->pos, *end = sc->s + sc->len;

	if (at(sc, sc->pos) == '<' && at(sc, sc->pos + 1) != '/')
		return 0;	/* libxml2 reads "<body>" there as a tag */
	while ((p = memmem(p, (size_t)(end - p), "</", 2))) {
		if ((size_t)(end - p) > n + 2 && !strncasecmp(p + 2, name, n)) {
			char after = p[n + 2];

			sc->pos = (size_t)(p - sc->s);
			return after == '>' || is_blank(after);
		}
		if (p == sc->s + sc->pos)
			return 0;	/* content starting "</": an end tag */
		p += 2;
	}
	return 0;
}

/* "<name attributes>", "<name/>": closes what it closes, then opens. */
static int scan_start_tag(struct scan *sc)
{
	const struct html_tag *tag;
	char name[MAX_NAME + 1];
	int empty, breaks;

	sc->pos++;
	if (!scan_name(sc, name) || !scan_attributes(sc, &empty))
		return 0;
	tag = html_tag(name);
	if (tag->flags & TAG_PARSER_ONLY)
		return 0;
	while (sc->depth && closes(tag, name, sc->open[sc->depth - 1].name))
		close_down_to(sc, sc->depth - 1);
	breaks = !is_hidden(sc) &&
		 (tag->flags & (TAG_SKIPPED | TAG_BLOCK)) == TAG_BLOCK;
	/* The first element breaks no paragraph (html_text.c's on_start()). */
	if (breaks && sc->started)
		text_walk_flush(&sc->walk);
	if ((tag->flags & TAG_HEAD) && !sc->started)
		return 0;	/* libxml2 would imply a <head> for it */
	sc->started = 1;
	if (empty || (tag->flags & TAG_EMPTY)) {
		if (breaks)
			text_walk_flush(&sc->walk);	/* where it ends */
		return 1;
	}
	if (sc->depth == MAX_DEPTH)
		return 0;
	open_element(sc, tag, name);
	return !(tag->flags & TAG_RAW) || skip_raw(sc, name);
}

/*
 * At a '<'.  One that starts no tag, comment or processing instruction
 * ("a < b") is text to libxml2, passed on without implying a paragraph.
 */
static int scan_markup(struct scan *sc)
{
	char next = at(sc, sc->pos + 1);

	if (next == '!')
		return scan_comment(sc);
	if (next == '/')
		return scan_end_tag(sc);
	if (is_letter(next))
		return scan_start_tag(sc);
	if (next == '?')
		return 0;
	add_text(sc, "<", 1);
	sc->pos++;
	return 1;
}

static int starts_with(const struct scan *sc, const char *s)
{
	size_t n = strlen(s);

	return sc->len - sc->pos >= n && !memcmp(sc->s + sc->pos, s, n);
}

/*
 * "<html><head></head><body>" ... "</body></html>", as some feeds wrap
 * each item: libxml2 has html and body open, as it has once it implied
 * them.  Other uses of html, head and body are left to it.
 */
static void unwrap_document(struct scan *sc)
{
	static const char start[] = "<html><head></head><body>";
	static const char end[] = "</body></html>";
	size_t len = sc->len;

	if (!starts_with(sc, start))
		return;
	sc->pos += sizeof(start) - 1;
	sc->started = 1;
	while (len > sc->pos && is_blank(sc->s[len - 1]))
		len--;
	if (len - sc->pos >= sizeof(end) - 1 &&
	    !memcmp(sc->s + len - (sizeof(end) - 1), end, sizeof(end) - 1))
		sc->len = len - (sizeof(end) - 1);
}

/* libxml2 passes over the blanks and comments a document starts with. */
static int scan_prologue(struct scan *sc)
{
	for (;;) {
		skip_blanks(sc);
		if (!starts_with(sc, "<!--")) {
			unwrap_document(sc);
			return 1;
		}
		if (!scan_comment(sc))
			return 0;
	}
}

static int scan(struct scan *sc)
{
	if (!is_clean_utf8(sc->s, sc->len) || !scan_prologue(sc))
		return 0;
	while (sc->pos < sc->len) {
		if (!scan_text(sc))
			return 0;
		if (sc->pos < sc->len && !scan_markup(sc))
			return 0;
	}
	text_walk_flush(&sc->walk);
	return 1;
}

int html_scan_text(const char *html, size_t len, struct crier_strbuf *out)
{
	struct scan sc = { .s = html, .len = len, .walk = TEXT_WALK_INIT(out) };
	size_t before = out->len;
	int done;

	/* The text is never longer than the markup: one allocation each. */
	crier_strbuf_grow(out, len);
	crier_strbuf_grow(&sc.walk.para, len);
	done = scan(&sc);

	if (!done)
		crier_strbuf_setlen(out, before);
	crier_strbuf_release(&sc.walk.para);
	return done;
}
