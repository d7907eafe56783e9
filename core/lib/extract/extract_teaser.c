/*
 * extract_teaser.c - finds runs of teasers, the lists of other stories
 * ("Related", "More stories", "Don't miss") whatever their class names
 * say: three or more consecutive siblings of one tag and class, each a
 * short text of which a fair share is link text (a headline that links
 * to another page, perhaps with an image and a line of blurb) in a
 * heading or beside an image.  A link followed by a full stop is a
 * sentence, not a headline: a roundup of linked sentences is the story.
 * The renderer leaves marked teasers out of the text; the scorer still
 * counts them, so marking them never moves the choice of the article.
 *
 * It also finds runs of readers' remarks under a story whatever their
 * class names say: two or more consecutive siblings of one tag and class
 * (not table rows or cells), each mostly text that is not a link, without
 * headings, and each signed by a short element of one template: a date
 * with the time of day, the time since ("3 hours ago"), "Ann wrote:", or
 * a link that answers or reports it ("Reply", "Report abuse").  Marked
 * remarks are left out of the scoring in the strictest attempt, and the
 * first of them ends the article's text (extract.c takes them as text
 * when nothing else has prose: a page of letters).
 */
#include <string.h>
#include <strings.h>

#include <crier/plugin.h>
#include <crier/text.h>
#include "extract_int.h"

/* A teaser has at most this many characters of text, */
#define TEASER_TEXT 300
/* at least this many of link text, */
#define TEASER_LINK 15
/* and at least this share (in quarters) of its text in links. */
#define TEASER_QUARTERS 1
/* A run of teasers has at least this many. */
#define TEASER_RUN 3
/* A remark has this many characters of text not in links, at least, */
#define REMARK_TEXT 60
/* and at most this many characters in all. */
#define REMARK_MAX 4000
/* The short element that signs a remark has at most this many. */
#define SIGN_MAX 100
/* A run of remarks has at least this many. */
#define REMARK_RUN 2

/* The first link at or below node with text, or NULL. */
static const xmlNode *first_link(const xmlNode *node)
{
	for (const xmlNode *n = node; n; n = ext_next((xmlNode *)n, node, 1))
		if (n->type == XML_ELEMENT_NODE && n->_private &&
		    (ext_node(n)->flags & NF_LINK) && ext_node(n)->text)
			return n;
	return NULL;
}

/*
 * A headline: the first link's text does not end a sentence, and no full
 * stop follows it (a roundup's linked first sentences do, or are).
 */
static int headline_link(const xmlNode *node)
{
	const xmlNode *a = first_link(node);
	struct crier_strbuf link = CRIER_STRBUF_INIT, all = CRIER_STRBUF_INIT;
	const char *at;
	int yes = 0;

	if (!a)
		return 0;
	ext_node_text(a, &link);
	ext_node_text(node, &all);
	at = link.len ? strstr(all.buf, link.buf) : NULL;
	if (at && !strchr(".!?", link.buf[link.len - 1]))
		yes = !at[link.len] || !strchr(".!?", at[link.len]);
	crier_strbuf_release(&link);
	crier_strbuf_release(&all);
	return yes;
}

static int is_teaser(const xmlNode *node)
{
	const struct ext_node *nd = ext_node(node);
	unsigned link = (nd->flags & NF_LINK) ? nd->text : nd->link;

	return !(nd->flags & NF_DROP) && nd->text && nd->text <= TEASER_TEXT &&
	       link >= TEASER_LINK && link * 4 >= nd->text * TEASER_QUARTERS &&
	       (nd->heading || nd->imgs) && headline_link(node);
}

static int same_kind(const xmlNode *a, const xmlNode *b)
{
	const char *ca = ext_attr(a, "class"), *cb = ext_attr(b, "class");

	if (strcmp((const char *)a->name, (const char *)b->name))
		return 0;
	return ca && cb ? !strcmp(ca, cb) : ca == cb;
}

static xmlNode *next_element(xmlNode *node)
{
	while (node && node->type != XML_ELEMENT_NODE)
		node = node->next;
	return node;
}

/* Marks the run of n elements from first as of kind; returns n. */
static size_t mark_run(xmlNode *first, size_t n, unsigned kind)
{
	xmlNode *node = first;

	for (size_t i = 0; i < n; i++, node = next_element(node->next))
		ext_node(node)->kind |= kind;
	return n;
}

/* Marks the runs of teasers among parent's children; returns how many. */
static size_t mark_children(xmlNode *parent)
{
	xmlNode *first = NULL, *prev = NULL;
	size_t run = 0, marked = 0;

	for (xmlNode *c = next_element(parent->children); c;
	     c = next_element(c->next)) {
		if (is_teaser(c) && prev && run && same_kind(prev, c)) {
			run++;
		} else {
			if (run >= TEASER_RUN)
				marked += mark_run(first, run, K_TEASER);
			first = c;
			run = is_teaser(c);
		}
		prev = c;
	}
	if (run >= TEASER_RUN)
		marked += mark_run(first, run, K_TEASER);
	return marked;
}

/* ---- remarks ---- */

/* The links that answer or report a remark. */
static const char *const remark_actions[] = {
	"reply", "report", "report abuse", "report this comment",
	"report comment", "reply to this comment", "flag as inappropriate",
	NULL
};

/* The words that end the line naming a remark's writer ("Ann wrote:"). */
static const char *const remark_says[] = {
	"wrote:", "writes:", "says:", "said:", NULL
};

/* The units of a time since ("3 hours ago"). */
static const char *const ago_units[] = {
	"second", "seconds", "sec", "secs", "minute", "minutes", "min",
	"mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks",
	"month", "months", "year", "years", NULL
};

/* "3 hours ago", "a day ago", "Ann, 2 years ago": the time since. */
static int time_since(const char *s, size_t len)
{
	struct crier_span w, prev = { 0, 0 };
	size_t pos = 0, words = 0;
	char unit[8];

	if (len < 5 || s[len - 4] != ' ' || strncasecmp(s + len - 3, "ago", 3))
		return 0;
	while (crier_next_word(s, len, &pos, &w)) {
		if (w.start + w.len < len - 3)
			prev = w;
		words++;
	}
	if (words > 6 || !prev.len || prev.len >= sizeof(unit))
		return 0;
	for (size_t i = 0; i < prev.len; i++) {
		char c = s[prev.start + i];

		unit[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	unit[prev.len] = '\0';
	for (const char *const *u = ago_units; *u; u++)
		if (!strcmp(unit, *u))
			return 1;
	return 0;
}

/* 1 when s[0..len) gives a time of day ("5:58", "11am", "5 PM"). */
static int has_clock(const char *s, size_t len)
{
	for (size_t i = 1; i + 1 < len; i++)
		if (s[i] == ':' && s[i - 1] >= '0' && s[i - 1] <= '9' &&
		    s[i + 1] >= '0' && s[i + 1] <= '9')
			return 1;
	for (size_t i = 0; i + 1 < len; i++) {
		int after = i + 2 == len || !((s[i + 2] | 32) >= 'a' &&
					      (s[i + 2] | 32) <= 'z');
		int before = i == 0 || s[i - 1] == ' ' ||
			     (s[i - 1] >= '0' && s[i - 1] <= '9');

		if (((s[i] | 32) == 'a' || (s[i] | 32) == 'p') &&
		    (s[i + 1] | 32) == 'm' && before && after)
			return 1;
	}
	return 0;
}

/* 1 when the short text of element node signs a remark. */
static int signs_remark(const xmlNode *node, const char *s, size_t len)
{
	if (!len)
		return 0;
	if (ext_node(node)->flags & NF_LINK) {
		for (const char *const *a = remark_actions; *a; a++)
			if (ext_same_text(s, *a))
				return 1;
		return 0;
	}
	for (const char *const *w = remark_says; *w; w++) {
		size_t n = strlen(*w);

		if (len > n && !memcmp(s + len - n, *w, n) &&
		    crier_count_words(s, len) <= 8)
			return 1;
	}
	/* A date alone heads an entry of a timeline: a remark's says when
	 * in the day it was posted. */
	return (ext_is_stamp(s, len) && has_clock(s, len)) ||
	       time_since(s, len);
}

/* The short element below node (not node itself) that signs it, or NULL. */
static const xmlNode *signature(const xmlNode *node)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	const xmlNode *n = ext_next((xmlNode *)node, node, 1);

	for (; n; n = ext_next((xmlNode *)n, node, 1)) {
		const struct ext_node *nd;

		if (n->type != XML_ELEMENT_NODE || !n->_private)
			continue;
		nd = ext_node(n);
		if ((nd->flags & NF_DROP) || !nd->text || nd->text > SIGN_MAX ||
		    (nd->flags & NF_BLOCKS))
			continue;
		crier_strbuf_reset(&sb);
		ext_node_text(n, &sb);
		if (signs_remark(n, sb.buf, sb.len))
			break;
	}
	crier_strbuf_release(&sb);
	return n;
}

/*
 * The signature of a remark, or NULL when node is none: a block (not a
 * table's row or cell, which lay out whole pages) of mostly text that is
 * not a link, without headings, signed by a short element.
 */
static const xmlNode *remark(const xmlNode *node)
{
	const struct ext_node *nd = ext_node(node);

	if ((nd->flags & (NF_DROP | NF_LINK)) || !(nd->tag & TF_BLOCK) ||
	    nd->text > REMARK_MAX || nd->text < nd->link + REMARK_TEXT ||
	    nd->link * 3 > nd->text || nd->heading ||
	    !strcmp((const char *)node->name, "tr") ||
	    !strcmp((const char *)node->name, "td") ||
	    !strcmp((const char *)node->name, "table"))
		return NULL;
	return signature(node);
}

/*
 * Marks the runs of remarks among parent's children, whose signatures
 * are of one tag and class too (remarks come from one template);
 * returns how many.
 */
static size_t remarks_below(xmlNode *parent)
{
	xmlNode *first = NULL, *prev = NULL;
	const xmlNode *sign, *prev_sign = NULL;
	size_t run = 0, marked = 0;

	for (xmlNode *c = next_element(parent->children); c;
	     c = next_element(c->next)) {
		xmlNode *next = next_element(c->next);

		/* Only a block with a sibling of its kind can be in a run. */
		sign = (prev && same_kind(prev, c)) ||
		       (next && same_kind(c, next)) ? remark(c) : NULL;
		if (sign && run && same_kind(prev, c) &&
		    same_kind(prev_sign, sign)) {
			run++;
		} else {
			if (run >= REMARK_RUN)
				marked += mark_run(first, run, K_REMARK);
			first = c;
			run = sign != NULL;
		}
		prev = c;
		prev_sign = sign;
	}
	if (run >= REMARK_RUN)
		marked += mark_run(first, run, K_REMARK);
	return marked;
}

size_t ext_mark_remarks(struct ext_doc *d)
{
	size_t marked = 0;

	for (xmlNode *node = d->body; node; node = ext_next(node, d->body, 1))
		if (node->type == XML_ELEMENT_NODE && node->children &&
		    !(ext_node(node)->flags & NF_DROP))
			marked += remarks_below(node);
	d->remarks = marked;
	return marked;
}

size_t ext_mark_teasers(struct ext_doc *d)
{
	size_t marked = 0;

	d->teasers_marked = 1;
	for (xmlNode *node = d->body; node; node = ext_next(node, d->body, 1))
		if (node->type == XML_ELEMENT_NODE && node->children &&
		    !(ext_node(node)->flags & NF_DROP))
			marked += mark_children(node);
	return marked;
}
