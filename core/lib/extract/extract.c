/*
 * extract.c - crier_extract(): decode a web page (extract_charset.c),
 * parse it, read what it says about itself (extract_meta.c) and find its
 * article (extract_score.c, extract_render.c).
 *
 * The page reaches libxml2 as valid UTF-8 with any declared encoding
 * ignored, so the parser never guesses; libxml2 caps the tree depth at
 * 256 and never touches the network (HTML_PARSE_NONET).  What libxml2
 * leaves outside <body> (after an element it does not know in <head>,
 * or in a second document) is moved into it, as a browser would.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include <crier/extract.h>
#include <crier/plugin.h>
#include <crier/text.h>
#include "extract_int.h"
#include "text/date.h"
#include "base/xalloc.h"

/* A JSON-LD articleBody shorter than this is a teaser, not the text. */
#define JSON_LD_MIN 500
/* Markup text shorter than this cannot vouch for the JSON-LD text. */
#define JSON_LD_BARE 200
/* The share of the markup text's words the JSON-LD text must have. */
#define JSON_LD_AGREE 0.5

struct crier_page {
	char *field[CRIER_PAGE_FIELD_COUNT];	/* never NULL */
	int64_t published;
};

/* ---- the page ---- */

static struct crier_page *page_new(void)
{
	struct crier_page *page = xcalloc(1, sizeof(*page));

	page->published = INT64_MIN;
	return page;
}

static void page_set(struct crier_page *page, enum crier_page_field f,
		     const char *value)
{
	free(page->field[f]);
	page->field[f] = xstrdup(value ? value : "");
}

static void fill_meta(struct crier_page *page, const struct ext_meta *m,
		      const char *url)
{
	char *title = ext_meta_title(m);

	page_set(page, CRIER_PAGE_TITLE, title);
	page_set(page, CRIER_PAGE_LANGUAGE, m->lang);
	if (page->field[CRIER_PAGE_LANGUAGE][0])
		for (char *p = page->field[CRIER_PAGE_LANGUAGE]; *p; p++)
			if (*p == '_')
				*p = '-';
	page_set(page, CRIER_PAGE_AUTHOR,
		 m->author && strncmp(m->author, "http", 4) ? m->author : NULL);
	page_set(page, CRIER_PAGE_SITE_NAME, m->site);
	page_set(page, CRIER_PAGE_URL, m->canonical ? m->canonical : url);
	page->published = crier_parse_date(m->date);
	free(title);
}

static xmlNode *find_body(xmlDoc *doc)
{
	xmlNode *root = xmlDocGetRootElement(doc);

	if (!root)
		return NULL;
	for (xmlNode *n = root->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    !strcmp((const char *)n->name, "body"))
			return n;
	return root;
}

static xmlNode *child_named(xmlNode *parent, const char *name)
{
	for (xmlNode *n = parent ? parent->children : NULL; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    !strcmp((const char *)n->name, name))
			return n;
	return NULL;
}

/*
 * Moves first and the siblings after it, in order, to the start of
 * body.
 */
static void move_to_body_start(xmlNode *first, xmlNode *body)
{
	xmlNode *n = first->parent->last, *prev;

	for (; n; n = prev) {
		prev = n == first ? NULL : n->prev;
		xmlUnlinkNode(n);
		if (body->children)
			xmlAddPrevSibling(body->children, n);
		else
			xmlAddChild(body, n);
	}
}

/* The <body> of root, made after head (or at root's end) when missing. */
static xmlNode *make_body(xmlDoc *doc, xmlNode *root, xmlNode *head)
{
	xmlNode *body = child_named(root, "body");

	if (body)
		return body;
	body = xmlNewDocNode(doc, NULL, BAD_CAST "body", NULL);
	if (head)
		xmlAddNextSibling(head, body);
	else
		xmlAddChild(root, body);
	return body;
}

/*
 * A <title> left open swallows the page: libxml2 recovers by putting
 * the rest of the document inside it.  Moves everything from the
 * title's first element on to the start of <body> (made when missing).
 */
static void rescue_title(xmlDoc *doc)
{
	xmlNode *root = xmlDocGetRootElement(doc);
	xmlNode *head = child_named(root, "head");
	xmlNode *title = child_named(head, "title");
	xmlNode *first = title ? title->children : NULL;

	while (first && first->type != XML_ELEMENT_NODE)
		first = first->next;
	if (first)
		move_to_body_start(first, make_body(doc, root, head));
}

/* The elements a browser keeps in <head>; any other one starts <body>. */
static int head_element(const xmlNode *n)
{
	static const char *const names[] = { "title", "meta", "link", "style",
		"script", "noscript", "base", "template", NULL };

	for (const char *const *name = names; *name; name++)
		if (!strcmp((const char *)n->name, *name))
			return 1;
	return 0;
}

/*
 * An element libxml2 does not know (<mbox>) keeps <head> open, and the
 * page goes into it.  A browser ends <head> there: moves that element
 * and everything after it in <head> to the start of <body>.
 */
static void rescue_head(xmlNode *head, xmlNode *body)
{
	xmlNode *first = head ? head->children : NULL;

	while (first && (first->type != XML_ELEMENT_NODE || head_element(first)))
		first = first->next;
	if (!first || !body)
		return;
	move_to_body_start(first, body);
}

/*
 * Pages made of several documents (a toolbar's page, then the story's)
 * leave elements beside <body>, or a second root element: a browser
 * puts them all in the one <body>, at its end, and so does this.
 */
static void gather_strays(xmlNode *root, xmlNode *body)
{
	xmlNode *n, *next;

	for (n = root->children; n; n = next) {
		next = n->next;
		if (n->type == XML_ELEMENT_NODE && n != body &&
		    strcmp((const char *)n->name, "head")) {
			xmlUnlinkNode(n);
			xmlAddChild(body, n);
		}
	}
	for (n = root->next; n; n = next) {
		next = n->next;
		if (n->type == XML_ELEMENT_NODE) {
			xmlUnlinkNode(n);
			xmlAddChild(body, n);
		}
	}
}

/*
 * Makes the tree a browser would: one <body> (made when missing and
 * something needs it) holding everything that is not head matter.
 */
static void normalize_tree(xmlDoc *doc)
{
	xmlNode *root = xmlDocGetRootElement(doc), *head, *body;
	int stray = 0;

	rescue_title(doc);
	if (!root || strcmp((const char *)root->name, "html"))
		return;
	head = child_named(root, "head");
	body = child_named(root, "body");
	for (xmlNode *n = root->children; n && !stray; n = n->next)
		stray = n->type == XML_ELEMENT_NODE && n != head && n != body;
	for (xmlNode *n = root->next; n && !stray; n = n->next)
		stray = n->type == XML_ELEMENT_NODE;
	for (xmlNode *n = head ? head->children : NULL; n && !stray;
	     n = n->next)
		stray = n->type == XML_ELEMENT_NODE && !head_element(n);
	if (!stray)
		return;
	body = make_body(doc, root, head);
	rescue_head(head, body);
	gather_strays(root, body);
}

/* Runs one attempt into try; returns the prose bytes of its text. */
static long attempt(struct ext_doc *d, int flags, struct crier_strbuf *try)
{
	d->flags = flags;
	crier_strbuf_reset(try);
	ext_find_article(d, try);
	return try->len ? ext_prose_bytes(try->buf) : 0;
}

/*
 * When the strictest attempt, which leaves runs of remarks out, found no
 * prose beside them, the remarks are the page's text (letters to the
 * editor): forgets they were remarks.  Returns 1 when there were some.
 */
static int forget_remarks(struct ext_doc *d)
{
	if (!d->remarks)
		return 0;
	for (size_t i = 0; i < d->n_nodes; i++)
		d->nodes[i].kind &= (unsigned short)~K_REMARK;
	d->remarks = 0;
	return 1;
}

/*
 * Runs the attempts, strictest first, until one finds enough text.  A
 * later attempt's text replaces an earlier one's only when it holds more
 * prose, not merely more text: a short story is not traded for the
 * story and a list of other stories' headlines.
 */
static void extract_body(struct ext_doc *d, struct crier_strbuf *body)
{
	static const int attempts[] = {
		EXT_STRIP_UNLIKELY | EXT_WEIGHT_CLASSES |
			EXT_CLEAN_CONDITIONALLY,
		EXT_WEIGHT_CLASSES | EXT_CLEAN_CONDITIONALLY,
		EXT_CLEAN_CONDITIONALLY,
		0
	};
	struct crier_strbuf try = CRIER_STRBUF_INIT;
	long best = 0, prose;

	for (size_t i = 0; i < sizeof(attempts) / sizeof(attempts[0]); i++) {
		prose = attempt(d, attempts[i], &try);
		if (i == 0 && prose <= 0 && forget_remarks(d))
			prose = attempt(d, attempts[i], &try);
		if (try.len && (!body->len || prose > best)) {
			best = prose;
			crier_strbuf_reset(body);
			crier_strbuf_add(body, try.buf, try.len);
		}
		if (body->len >= 500)
			break;
	}
	crier_strbuf_release(&try);
}

/* FNV-1a of word w of s, lower-cased (ASCII), never 0. */
static uint64_t word_hash(const char *s, const struct crier_span *w)
{
	uint64_t h = 1469598103934665603ULL;

	for (size_t i = 0; i < w->len; i++) {
		unsigned char c = (unsigned char)s[w->start + i];

		h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) *
		    1099511628211ULL;
	}
	return h | 1;
}

/* The share (0..1) of part's words that also occur in whole. */
static double shared_words(const char *part, const char *whole)
{
	size_t len = strlen(whole), pos = 0, cap = 64, found = 0, words = 0;
	uint64_t *set;
	struct crier_span w;

	while (cap < 2 * crier_count_words(whole, len))
		cap *= 2;
	set = xcalloc(cap, sizeof(*set));
	while (crier_next_word(whole, len, &pos, &w)) {
		uint64_t h = word_hash(whole, &w);
		size_t i = h & (cap - 1);

		while (set[i] && set[i] != h)
			i = (i + 1) & (cap - 1);
		set[i] = h;
	}
	for (pos = 0, len = strlen(part);
	     crier_next_word(part, len, &pos, &w); words++) {
		uint64_t h = word_hash(part, &w);
		size_t i = h & (cap - 1);

		while (set[i] && set[i] != h)
			i = (i + 1) & (cap - 1);
		found += set[i] == h;
	}
	free(set);
	return words ? (double)found / words : 1;
}

/*
 * Uses the JSON-LD articleBody (often cut short, so only as a fallback)
 * instead of body when the page's markup gave much less text (pages whose
 * text is put in place by scripts), and only when it tells the same story:
 * most of the words the markup gave are in it.
 */
static void prefer_json_ld(const char *ld, struct crier_strbuf *body)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;

	if (crier_html_to_text(ld, strlen(ld), &text) == 0 &&
	    text.len >= JSON_LD_MIN && body->len * 2 < text.len &&
	    (body->len < JSON_LD_BARE ||
	     shared_words(body->buf, text.buf) >= JSON_LD_AGREE)) {
		crier_strbuf_reset(body);
		crier_strbuf_add(body, text.buf, text.len);
	}
	crier_strbuf_release(&text);
}

static int parse_page(const char *utf8, size_t len, const char *url,
		      struct crier_page *page)
{
	struct ext_meta m = { NULL };
	struct ext_doc d = { NULL };
	struct crier_strbuf body = CRIER_STRBUF_INIT;
	int ret = -1;

	d.doc = htmlReadMemory(utf8, (int)len, url, "UTF-8",
			       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			       HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
			       HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
	if (!d.doc) {
		crier_error("%s: cannot parse the page", url ? url : "HTML");
		goto out;
	}
	normalize_tree(d.doc);
	d.body = find_body(d.doc);
	if (d.body)
		ext_meta_read(&m, xmlDocGetRootElement(d.doc));
	fill_meta(page, &m, url);
	d.title = page->field[CRIER_PAGE_TITLE];
	if (d.body && ext_nodes_attach(&d) == 0)
		extract_body(&d, &body);
	if (m.ld_body)
		prefer_json_ld(m.ld_body, &body);
	page_set(page, CRIER_PAGE_BODY, body.buf);
	ret = 0;
out:
	crier_strbuf_release(&body);
	ext_meta_release(&m);
	free(d.nodes);
	if (d.doc)
		xmlFreeDoc(d.doc);
	return ret;
}

struct crier_page *crier_extract(const char *html, size_t len,
				 const char *url, const char *http_charset)
{
	struct crier_strbuf utf8 = CRIER_STRBUF_INIT;
	struct crier_page *page = NULL;

	if (!html || !len) {
		crier_error("%s: empty page", url ? url : "HTML");
		return NULL;
	}
	if (len > CRIER_EXTRACT_MAX_BYTES) {
		crier_error("%s: page too large (%zu bytes, limit %u)",
			    url ? url : "HTML", len, CRIER_EXTRACT_MAX_BYTES);
		return NULL;
	}
	if (ext_decode(html, len, http_charset, &utf8) < 0)
		goto out;
	page = page_new();
	for (int f = 0; f < CRIER_PAGE_FIELD_COUNT; f++)
		page_set(page, f, NULL);
	if (parse_page(utf8.buf, utf8.len, url, page) < 0) {
		crier_page_free(page);
		page = NULL;
	}
out:
	crier_strbuf_release(&utf8);
	return page;
}

const char *crier_page_get(const struct crier_page *page,
			   enum crier_page_field field)
{
	if ((unsigned)field >= CRIER_PAGE_FIELD_COUNT || !page->field[field])
		return "";
	return page->field[field];
}

int64_t crier_page_published(const struct crier_page *page)
{
	return page->published;
}

void crier_page_free(struct crier_page *page)
{
	if (!page)
		return;
	for (int i = 0; i < CRIER_PAGE_FIELD_COUNT; i++)
		free(page->field[i]);
	free(page);
}
