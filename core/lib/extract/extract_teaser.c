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
 */
#include <string.h>

#include "extract_int.h"

/* A teaser has at most this many characters of text, */
#define TEASER_TEXT 300
/* at least this many of link text, */
#define TEASER_LINK 15
/* and at least this share (in quarters) of its text in links. */
#define TEASER_QUARTERS 1
/* A run of teasers has at least this many. */
#define TEASER_RUN 3

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

/* Marks the run from first (n teasers); returns n. */
static size_t mark_run(xmlNode *first, size_t n)
{
	xmlNode *node = first;

	for (size_t i = 0; i < n; i++, node = next_element(node->next))
		ext_node(node)->kind |= K_TEASER;
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
				marked += mark_run(first, run);
			first = c;
			run = is_teaser(c);
		}
		prev = c;
	}
	if (run >= TEASER_RUN)
		marked += mark_run(first, run);
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
