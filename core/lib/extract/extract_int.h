/*
 * extract_int.h - shared parts of the main-text extractor (libcrier
 * internal): per-element statistics, the scorer and the text renderer.
 *
 * extract.c parses the page; extract_charset.c decodes it first and
 * extract_meta.c reads its metadata; extract_score.c measures every
 * element and picks the article's blocks; extract_render.c turns those
 * blocks into cleaned plain text, without the runs of teasers and of
 * readers' remarks that extract_teaser.c finds; extract_node.c answers
 * what both ask of an element (tag properties, attributes, document
 * order, raw text).
 */
#ifndef CRIER_EXTRACT_INT_H
#define CRIER_EXTRACT_INT_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/tree.h>

#include <crier/strbuf.h>

/* Tag properties (enum ext_tag_flag bits). */
enum {
	TF_BLOCK = 1,		/* breaks a paragraph */
	TF_DROP = 2,		/* never article text */
	TF_PARA = 4,		/* a paragraph to score (p, pre, td) */
	TF_HEADING = 8,		/* h1-h6 */
	TF_LIST = 16,		/* ul, ol, dl */
	TF_CLEAN = 32,		/* checked by the conditional cleaner */
	TF_MEDIA = 64,		/* counts as an image */
	TF_EMBED = 128,		/* iframe, video, object, embed */
	TF_INPUT = 256,		/* form control */
	TF_INLINE_ONLY = 512,	/* a, span, b, ...: never a block */
	TF_LINK = 1024,		/* a */
	TF_P = 2048,		/* p */
	TF_LI = 4096,		/* li */
	TF_H1 = 8192,		/* h1 */
	TF_BR = 16384		/* br: a line break inside a paragraph */
};

/* Node flags. */
enum {
	NF_DROP = 1,		/* left out: tag, hidden, unlikely class */
	NF_BLOCKS = 2,		/* has block descendants */
	NF_SCORED = 4,		/* is a candidate with a score */
	NF_LINK = 8		/* an <a> element */
};

/* What the class, id and other attributes say (kept across attempts). */
enum {
	K_UNLIKELY = 1,		/* class/id of page furniture (menu, sidebar) */
	K_HIDDEN = 2,		/* hidden, display:none, aria-hidden, role */
	K_SHARE = 4,		/* share buttons */
	K_BYLINE = 8,		/* byline, author, dateline */
	K_CAPTION = 16,		/* caption or photo credit */
	K_AD = 32,		/* advertisement slot */
	K_AUTHOR = 64,		/* author box */
	K_FURNITURE = 128,	/* navigation, gallery controls, newsletter */
	K_EMBED = 256,		/* an embedded post (tweet): in the story */
	K_TEASER = 512,		/* one of a run of teasers (extract_teaser.c) */
	K_COMMENTS = 1024,	/* readers' comments ("comments", "disqus") */
	K_REMARK = 2048		/* one of a run of remarks (extract_teaser.c) */
};

/* What the scorer knows about one element. */
struct ext_node {
	double score;		/* content score, when NF_SCORED */
	double points;		/* of which from paragraphs (no prior) */
	unsigned text;		/* characters of kept text in the subtree */
	unsigned link;		/* of which inside links */
	unsigned commas;	/* commas in the subtree */
	unsigned inl;		/* characters not inside block children */
	unsigned inl_commas;
	unsigned paras;		/* p elements inside */
	unsigned imgs;		/* images and figures inside */
	unsigned lis;		/* li elements inside */
	unsigned inputs;	/* form controls inside */
	unsigned embeds;	/* iframes, videos, objects inside */
	unsigned heading;	/* characters inside headings */
	unsigned prose;		/* characters in paragraphs that are prose */
	unsigned pprose;	/* of which in <p> elements */
	int weight;		/* class/id weight (+-25 steps) */
	unsigned short tag;	/* TF_* bits of the tag */
	unsigned short kind;	/* K_* bits */
	unsigned char flags;	/* NF_* bits, reset by each attempt */
};

/* Attempts, strictest first (readability's flags). */
enum {
	EXT_STRIP_UNLIKELY = 1,
	EXT_WEIGHT_CLASSES = 2,
	EXT_CLEAN_CONDITIONALLY = 4
};

/* One document being extracted. */
struct ext_doc {
	xmlDoc *doc;
	xmlNode *body;		/* <body>, or the root element */
	struct ext_node *nodes;	/* one per element, reached via _private */
	size_t n_nodes;
	const char *title;	/* the headline chosen by extract.c, or "" */
	int flags;		/* EXT_* of the current attempt */
	int teasers_marked;	/* ext_mark_teasers() has run */
	size_t remarks;		/* elements ext_mark_remarks() marked */
};

static inline struct ext_node *ext_node(const xmlNode *node)
{
	return (struct ext_node *)node->_private;
}

/* ---- extract_node.c ---- */

/* The value of attribute name of node, or NULL (borrowed, no copy). */
const char *ext_attr(const xmlNode *node, const char *name);
/* TF_* bits for an element name. */
unsigned ext_tag_flags(const char *name);
/* The next node in document order below root; children skipped if !down. */
xmlNode *ext_next(xmlNode *node, const xmlNode *root, int down);
/* Appends node's text (all of it, no cleaning) with spaces collapsed. */
void ext_node_text(const xmlNode *node, struct crier_strbuf *out);

/* ---- extract_score.c and extract_render.c ---- */

/* 1 when a and b are the same words (case and punctuation ignored). */
int ext_same_text(const char *a, const char *b);

/*
 * A time stamp: a short line whose words are mostly a date ("Posted on
 * Jan 9, 2008 5:58 PM"), with a month in it and no full stop at its end.
 */
int ext_is_stamp(const char *s, size_t len);

/*
 * How much of text (paragraphs separated by blank lines) reads as prose:
 * its prose paragraphs' bytes (a sentence's end, or long) less the other
 * paragraphs' (headline lists, labels, menus).
 */
long ext_prose_bytes(const char *text);

/* Gives every element an ext_node; returns -1 (with crier_error) if none. */
int ext_nodes_attach(struct ext_doc *d);
/*
 * Measures and scores the document for the attempt in d->flags and
 * appends the article's text to out.  Returns 0.
 */
int ext_find_article(struct ext_doc *d, struct crier_strbuf *out);
/*
 * Appends the cleaned text of the chosen elements (top and the siblings
 * marked for merging) to out.
 */
void ext_render(struct ext_doc *d, xmlNode *const *blocks, size_t n,
		xmlNode *top, struct crier_strbuf *out);

/* ---- extract_teaser.c ---- */

/*
 * Marks K_TEASER the elements of every run of teasers in the measured
 * document: TEASER_RUN or more consecutive siblings of one tag and class,
 * each a short text much of which is a link (a headline and its blurb),
 * with a heading or an image.  Called once per document, after the first
 * measuring.  Returns how many it marked.
 */
size_t ext_mark_teasers(struct ext_doc *d);

/*
 * Marks K_REMARK the elements of every run of readers'
 * remarks in the measured document, whatever their class names:
 * REMARK_RUN or more consecutive siblings of one tag and class, each
 * mostly text that is not a link and signed by a short line of its own:
 * a date, "Ann wrote:", or a "Reply" or "Report abuse" link.  Called
 * once per document, after the first measuring.  Returns how many it
 * marked, and counts them in d->remarks.
 */
size_t ext_mark_remarks(struct ext_doc *d);

/* ---- extract_charset.c ---- */

/*
 * Appends html[0..len), decoded to valid UTF-8 without NUL bytes (each
 * becomes a space), to out.  http_charset may be NULL.  Returns -1 with
 * crier_error() for binary data or an unusable UTF-16 page.
 */
int ext_decode(const char *html, size_t len, const char *http_charset,
	       struct crier_strbuf *out);

/* ---- extract_meta.c ---- */

/* What a page's <head> (and a few body elements) say; strings or NULL. */
struct ext_meta {
	char *doc_title, *og_title, *h1;
	char *ld_body;		/* JSON-LD articleBody, decoded */
	char *lang, *author, *site, *canonical, *date;
};

/* Reads the metadata under root into m, which the caller zeroed. */
void ext_meta_read(struct ext_meta *m, xmlNode *root);
/* Frees m's strings. */
void ext_meta_release(struct ext_meta *m);
/* The headline, newly allocated (never NULL; "" when unknown). */
char *ext_meta_title(const struct ext_meta *m);

#endif
