/*
 * extract_render.c - the cleaned text of the article's blocks.
 *
 * Walks the chosen elements iteratively and writes their text, one
 * paragraph per block element, leaving out what readability's cleanup
 * leaves out (the headline, headings that repeat the title, share bars,
 * blocks whose links, images or form controls outweigh their prose) and
 * what class names mark as bylines, datelines, captions, ads, author
 * boxes or navigation, and the runs of teasers (lists of other stories)
 * that extract_teaser.c marks.  Paragraphs that are mostly link text
 * (lists of other stories) or a bare URL are dropped, and so is a short
 * label just before such a dropped block ("Related:") or at the very end.
 * A card shown on hover inside a sentence (a photo and links) is left
 * out and the sentence goes on.  A block named for the readers' comments
 * ("comments", "comment-12", "disqus") ends the article, as the first of
 * a run of remarks that extract_teaser.c marks and a "Comments" heading
 * after some text do; a label of other stories ("Related stories", "Also
 * in World News") ends it when no more of the story follows.
 * ext_prose_bytes() measures how much of a text reads as prose, for the
 * choice between candidates and between attempts.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <crier/plugin.h>
#include <crier/text.h>
#include "extract_int.h"
#include "text/utf8.h"

/* A paragraph of this many words is prose even without a full stop. */
#define PROSE_WORDS 15
/* Furniture blocks (by class name) shorter than this are left out. */
#define FURNITURE_CHARS 300
/* A paragraph of at most this many words without a full stop is a label. */
#define LABEL_WORDS 6
/* and at most this many bytes (words are long in some scripts). */
#define LABEL_BYTES 80
/* A paragraph with more than this many tenths of link text is dropped. */
#define LINK_PARA_TENTHS 7
/* A "Comments" heading after this many bytes of text ends the article. */
#define COMMENTS_AFTER 400
/* A block named for comments with this much text ends it after any text, */
#define COMMENTS_BLOCK 200
/* and so does one with this much that is not mostly links. */
#define COMMENT_TEXT 60

/* A bogus comment left as text ends within this many bytes. */
#define BOGUS_MAX 200
/* An inline element with an image and this much text, all but less than
 * this much in links, is a card. */
#define CARD_TEXT 30

/* ---- text helpers ---- */

/* The next letter or digit of s at or after *pos, lower-cased; 0 at end. */
static uint32_t next_alnum(const char *s, size_t len, size_t *pos)
{
	while (*pos < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + *pos, len - *pos, &cp);

		*pos += n ? n : 1;
		if (n && utf8_is_alnum(cp))
			return utf8_to_lower(cp);
	}
	return 0;
}

int ext_same_text(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), pa = 0, pb = 0;
	uint32_t ca, cb;

	do {
		ca = next_alnum(a, la, &pa);
		cb = next_alnum(b, lb, &pb);
		if (ca != cb)
			return 0;
	} while (ca);
	return pa > 0 || pb > 0 ? 1 : 0;
}

/* 1 when paragraph p[0..len) reads as prose: a sentence's end, or long. */
static int prose_paragraph(const char *p, size_t len)
{
	static const char *const ends[] = { ".", "!", "?", ".\"", "!\"", "?\"",
		".'", ".)", "\xe2\x80\x9d", "\xe3\x80\x82", "\xef\xbc\x81",
		"\xef\xbc\x9f", NULL };	/* ” 。 ！ ？ */

	for (const char *const *e = ends; *e; e++) {
		size_t n = strlen(*e);

		if (len >= n && !memcmp(p + len - n, *e, n))
			return 1;
	}
	return crier_count_words(p, len) >= PROSE_WORDS;
}

long ext_prose_bytes(const char *text)
{
	long total = 0;

	while (*text) {
		const char *end = strstr(text, "\n\n");
		size_t len = end ? (size_t)(end - text) : strlen(text);

		total += prose_paragraph(text, len) ? (long)len : -(long)len;
		text += len;
		while (*text == '\n')
			text++;
	}
	return total;
}

/* ---- cleanup decisions ---- */

static double density(unsigned part, unsigned whole)
{
	return whole ? (double)part / whole : 0;
}

/* readability's _cleanConditionally, on the measured statistics. */
static int fishy(const struct ext_doc *d, const struct ext_node *nd)
{
	int weight = (d->flags & EXT_WEIGHT_CLASSES) ? nd->weight : 0;
	double score = (nd->flags & NF_SCORED) ? nd->score : 0;
	int list = (nd->tag & TF_LIST) != 0;
	double links = density(nd->link, nd->text);
	double p = nd->paras;
	double li = (double)nd->lis - 100;

	if (weight + score < 0)
		return 1;
	if (nd->commas >= 10)
		return 0;
	if (nd->imgs > 1 && p / nd->imgs < 0.5)
		return 1;
	if (!list && li > p)
		return 1;
	if (nd->inputs > nd->paras / 3)
		return 1;
	if (!list && density(nd->heading, nd->text) < 0.9 && nd->text < 25 &&
	    (nd->imgs == 0 || nd->imgs > 2) && links > 0)
		return 1;
	if (!list && weight < 25 && links > 0.2)
		return 1;
	if (weight >= 25 && links > 0.5)
		return 1;
	return (nd->embeds == 1 && nd->text < 75) || nd->embeds > 1;
}

static int repeats_title(const struct ext_doc *d, const xmlNode *node)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	int same;

	if (!d->title[0])
		return 0;
	ext_node_text(node, &sb);
	same = ext_same_text(sb.buf, d->title);
	crier_strbuf_release(&sb);
	return same;
}

/*
 * A card inside a line of text: an inline element with an image and
 * links to other pages and hardly any other text, which the page shows on
 * hover (a person's photo and their latest stories), is not part of the
 * sentence around it.
 */
static int is_card(const struct ext_node *nd)
{
	unsigned link = (nd->flags & NF_LINK) ? nd->text : nd->link;

	return !(nd->tag & TF_BLOCK) && nd->imgs && nd->text >= CARD_TEXT &&
	       nd->text - link < CARD_TEXT;
}

/* The innermost card: a card none of whose children is one. */
static int is_card_node(const xmlNode *node)
{
	if (!is_card(ext_node(node)))
		return 0;
	for (const xmlNode *c = node->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && c->_private &&
		    !(ext_node(c)->flags & NF_DROP) && is_card(ext_node(c)))
			return 0;
	return 1;
}

/* Is element node (inside the article) left out of the text? */
static int skip(const struct ext_doc *d, const xmlNode *node)
{
	const struct ext_node *nd = ext_node(node);

	if (nd->flags & NF_DROP)
		return 1;
	if (nd->kind & K_TEASER)
		return 1;
	if (nd->tag & TF_H1)
		return 1;
	if (nd->tag & TF_HEADING)
		return ((d->flags & EXT_WEIGHT_CLASSES) && nd->weight < 0) ||
		       repeats_title(d, node);
	if ((nd->kind & K_SHARE) && nd->text < 500)
		return 1;
	if ((nd->kind & K_BYLINE) && nd->text < 200)
		return 1;
	if ((nd->kind & K_AD) && nd->text < 300)
		return 1;
	if ((nd->kind & K_AUTHOR) && nd->text < 800)
		return 1;
	if ((nd->kind & K_FURNITURE) && nd->text < FURNITURE_CHARS)
		return 1;
	if ((nd->kind & K_CAPTION) && nd->text < 400)
		return 1;
	if ((d->flags & EXT_CLEAN_CONDITIONALLY) && (nd->tag & TF_CLEAN) &&
	    !(nd->kind & K_EMBED))
		return fishy(d, nd);
	return 0;
}

/* ---- writing ---- */

struct render {
	const struct ext_doc *d;
	const xmlNode *top;		/* the chosen element: never skipped */
	struct crier_strbuf para;	/* the paragraph being gathered */
	size_t link;			/* bytes of para inside links */
	unsigned in_link;		/* depth of <a> elements */
	size_t label;			/* out's length before a short label */
	int has_label;			/* the last paragraph is a label */
	int ended;			/* the readers' comments began */
	int others;			/* a label of other stories began */
	size_t others_at;		/* out's length before that label */
	struct crier_strbuf *out;
};

/* Non-space bytes of s. */
static size_t solid(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += !strchr(" \t\n\r", s[i]);
	return n;
}

/* A paragraph that is mostly link text is a list of other articles. */
static int link_paragraph(const struct render *r)
{
	size_t all = solid(r->para.buf, r->para.len);

	return all && r->link * 10 > all * LINK_PARA_TENTHS;
}

/* A bare web address is a share or permalink, not prose. */
static int is_url(const char *s)
{
	return (!strncmp(s, "http://", 7) || !strncmp(s, "https://", 8)) &&
	       !strchr(s, ' ');
}

/*
 * A few words without a full stop, or ending in a colon or an ellipsis:
 * a heading or the label of a block ("Related:", "You may also like...").
 */
static int is_label(const char *s, size_t len)
{
	size_t words = crier_count_words(s, len);
	static const char *const stops[] = { "\xe3\x80\x82", "\xef\xbc\x81",
		"\xef\xbc\x9f", "\xef\xbc\x8e", NULL };	/* 。！？． */

	if (len > LABEL_BYTES)
		return 0;
	for (const char *const *stop = stops; *stop; stop++)
		if (len >= 3 && !memcmp(s + len - 3, *stop, 3))
			return 0;
	if (s[len - 1] == ':' || (len >= 3 && !strcmp(s + len - 3, "...")) ||
	    (len >= 3 && !strcmp(s + len - 3, "\xe2\x80\xa6")))
		return words <= 2 * LABEL_WORDS;
	return !strchr(".!?\"", s[len - 1]) && words <= LABEL_WORDS;
}

/* The words that mark an ad slot, in a few languages. */
static const char *const ad_labels[] = {
	"advertisement", "advertisements", "advert", "advertising", "ad",
	"sponsored", "sponsored content", "anzeige", "werbung",
	"publicit\xc3\xa9", "publicidad", "pubblicit\xc3\xa0", "iklan",
	"reklama", "reklame",
	"continue reading below", "story continues below",
	"article continues below", "scroll to continue", NULL
};

/* A paragraph that only says "Advertisement". */
static int is_ad_label(const char *s)
{
	for (const char *const *w = ad_labels; *w; w++)
		if (ext_same_text(s, *w))
			return 1;
	return 0;
}

/* "By Ann Smith and Tom Reed, 3 May": a byline, not a sentence. */
static int is_byline(const char *s, size_t len)
{
	return len > 4 && !strncmp(s, "By ", 3) && s[3] >= 'A' && s[3] <= 'Z' &&
	       crier_count_words(s, len) <= 16;
}

/* Months, and the words that introduce a time stamp. */
static const char *const month_words[] = {
	"jan", "january", "feb", "february", "mar", "march", "apr", "april",
	"may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
	"september", "oct", "october", "nov", "november", "dec", "december",
	"updated", "posted", "published", NULL
};

/*
 * The other words of a date or time ("11:11am GMT", "Wed", "on", "3
 * days ago").
 */
static const char *const date_words[] = {
	"mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu",
	"thur", "thurs", "thursday", "fri", "friday", "sat", "saturday",
	"sun", "sunday", "am", "pm", "gmt", "utc", "est", "edt", "cst", "cdt",
	"pst", "pdt", "bst", "cet", "cest", "last", "on", "at", "by", "ago",
	"min", "mins", "minute", "minutes", "hour", "hours", "day", "days",
	"week", "weeks", NULL
};

static int in_list(const char *low, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(low, *list))
			return 1;
	return 0;
}

/* 2 for a month or "posted", 1 for another word of a date, else 0. */
static int date_word(const char *w, size_t len)
{
	char low[16];

	if (len >= sizeof(low))
		return 0;
	if (w[0] >= '0' && w[0] <= '9')
		return 1;
	for (size_t i = 0; i < len; i++)
		low[i] = (char)((w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i]);
	low[len] = '\0';
	if (len > 2 && (!strcmp(low + len - 2, "am") ||
			!strcmp(low + len - 2, "pm")) &&
	    low[0] >= '0' && low[0] <= '9')
		return 1;
	if (in_list(low, month_words))
		return 2;
	return in_list(low, date_words);
}

/*
 * A time stamp: a short line without a full stop at its end whose words
 * are mostly dates, times and the words around them ("Last Updated:
 * 11:11am GMT 10/01/2008", "Posted by Ann on Jan 9, 2008 5:58 PM").
 */
int ext_is_stamp(const char *s, size_t len)
{
	struct crier_span w;
	size_t pos = 0, words = 0, dates = 0, digits = 0, months = 0;

	if (strchr(".!?", s[len - 1]))
		return 0;
	while (crier_next_word(s, len, &pos, &w)) {
		int kind = date_word(s + w.start, w.len);

		words++;
		dates += kind != 0;
		months += kind == 2;
		digits += s[w.start] >= '0' && s[w.start] <= '9';
	}
	return words <= 14 && digits && months && dates * 3 >= words * 2;
}

/* Phrases of a copyright notice (the text lower-cased). */
static const char *const notices[] = {
	"all rights reserved", "may not be published", "may not be reproduced",
	"may not be copied", "without permission is prohibited",
	"without prior written permission", "no part may be reproduced",
	"is subject to copyright", NULL
};

/* A short copyright notice ("(c) 2008 ... All rights reserved."). */
static int is_notice(const char *s, size_t len)
{
	struct crier_strbuf low = CRIER_STRBUF_INIT;
	int yes = 0;

	if (crier_count_words(s, len) > 60)
		return 0;
	crier_lowercase(s, len, &low);
	if (!strncmp(low.buf, "\xc2\xa9", 2) || !strncmp(low.buf, "(c) ", 4) ||
	    !strncmp(low.buf, "copyright ", 10))
		yes = 1;
	for (const char *const *n = notices; *n && !yes; n++)
		yes = strstr(low.buf, *n) != NULL;
	crier_strbuf_release(&low);
	return yes;
}

/* Headings that open the readers' comments under a story. */
static const char *const comment_heads[] = {
	"comments", "comment", "reader comments", "readers comments",
	"user comments", "your comments", "post a comment", "leave a comment",
	"add a comment", "add your comment", "add your comments",
	"have your say", "join the discussion", "join the conversation",
	"discuss this article", "reader reactions", "responses",
	"what do you think", "comments are closed", "your views",
	"readers views", "reader views", "your say", "leave a reply",
	"leave a response", "post your comment", "add your view",
	"talkback", "join the debate", NULL
};

/* What follows the count in "2 thoughts on “Title”" (WordPress). */
static const char *const comment_counts[] = {
	"thoughts on ", "thought on ", "responses to ", "response to ",
	"replies to ", "reply to ", "comments on ", "comment on ",
	"comments to ", "comment to ", NULL
};

/* "2 thoughts on “Title”", "One response to ...": a count of comments. */
static int is_comment_count(const char *s, size_t len)
{
	char low[32];
	size_t i = 0, n = 0;

	if (len > 2 * LABEL_BYTES)
		return 0;
	if (len >= 4 && !strncasecmp(s, "one ", 4))
		i = 4;
	else
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	if (!i)
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	for (; i < len && n < sizeof(low) - 1; i++)
		low[n++] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
	low[n] = '\0';
	for (const char *const *c = comment_counts; *c; c++)
		if (!strncmp(low, *c, strlen(*c)))
			return 1;
	return 0;
}

/*
 * "Comments", "12 comments", "Comments (3)", "2 thoughts on “Title”":
 * the comments start here.
 */
static int is_comment_head(const char *s, size_t len)
{
	char buf[64];
	size_t n = 0;

	if (is_comment_count(s, len))
		return 1;
	if (len >= sizeof(buf))
		return 0;
	for (size_t i = 0; i < len; i++)	/* digits and brackets out */
		if (!(s[i] >= '0' && s[i] <= '9') && !strchr("()[]:", s[i]))
			buf[n++] = s[i];
	buf[n] = '\0';
	for (const char *const *c = comment_heads; *c; c++)
		if (ext_same_text(buf, *c))
			return 1;
	return 0;
}

/* Labels of a list of other stories (the whole label). */
static const char *const others_heads[] = {
	"related", "related stories", "related articles", "related news",
	"related links", "related content", "related coverage",
	"related posts", "related reading", "more stories", "more news",
	"more headlines", "other stories", "other news", "see also",
	"read more", "read also", "also read", "you may also like",
	"you might also like", "you may be interested in", "recommended",
	"recommended for you", "recommended stories", "most popular",
	"most read", "most viewed", "most emailed", "top stories",
	"latest news", "latest stories", "popular stories", "in other news",
	"don't miss", "around the web", "from around the web",
	"elsewhere on the web", "what to read next", "trending now", NULL
};

/* Labels of a list of other stories that name where from ("Also in"). */
static const char *const others_starts[] = {
	"also in ", "also on ", "more from ", "more on ", "more in ",
	"more stories on ", "more stories from ", "more news from ",
	"latest from ", NULL
};

/*
 * A label that announces a list of other stories: "Related stories",
 * "Most read", "Also in World News".
 */
static int is_others_head(const char *s, size_t len)
{
	if (len > LABEL_BYTES || strchr(".!?", s[len - 1]))
		return 0;
	for (const char *const *h = others_starts; *h; h++)
		if (!strncasecmp(s, *h, strlen(*h)))
			return 1;
	for (const char *const *h = others_heads; *h; h++)
		if (ext_same_text(s, *h))
			return 1;
	return 0;
}

/*
 * A paragraph that shows the story goes on: a long sentence that is not
 * cut short ("..." ends a teaser's blurb).
 */
static int goes_on(const char *s, size_t len)
{
	if (crier_count_words(s, len) < PROSE_WORDS || !strchr(".!?\"", s[len - 1]))
		return 0;
	return !(len >= 3 && !strcmp(s + len - 3, "..."));
}

/* Removes the label paragraph just written: what it announced is gone. */
static void drop_label(struct render *r)
{
	if (r->has_label)
		crier_strbuf_setlen(r->out, r->label);
	r->has_label = 0;
}

static void flush(struct render *r)
{
	struct crier_strbuf *out = r->out;
	struct crier_strbuf line = CRIER_STRBUF_INIT;

	crier_collapse_space(r->para.buf, r->para.len, &line);
	if (!line.len || r->ended)
		goto out;
	if (is_comment_head(line.buf, line.len)) {
		r->ended = out->len >= COMMENTS_AFTER;
		drop_label(r);
		goto out;
	}
	if (link_paragraph(r) || is_url(line.buf) || is_ad_label(line.buf) ||
	    is_byline(line.buf, line.len) || ext_is_stamp(line.buf, line.len) ||
	    is_notice(line.buf, line.len) ||
	    (r->d->title[0] && ext_same_text(line.buf, r->d->title))) {
		drop_label(r);
		goto out;
	}
	if (!r->others && out->len >= COMMENTS_AFTER &&
	    is_others_head(line.buf, line.len)) {
		r->others = 1;
		r->others_at = out->len;
	} else if (r->others && goes_on(line.buf, line.len)) {
		r->others = 0;
	}
	r->has_label = is_label(line.buf, line.len);
	r->label = out->len;
	if (out->len)
		crier_strbuf_adds(out, "\n\n");
	crier_strbuf_add(out, line.buf, line.len);
out:
	crier_strbuf_release(&line);
	crier_strbuf_reset(&r->para);
	r->link = 0;
}

/*
 * The readers' comments: a block named for them, with text in it that is
 * not mostly links (one short comment has little).
 */
static int is_comments(const struct ext_node *nd)
{
	return (nd->kind & K_COMMENTS) && (nd->tag & TF_BLOCK) &&
	       (nd->text >= COMMENTS_BLOCK ||
		(nd->text >= COMMENT_TEXT && nd->link * 2 < nd->text));
}

/*
 * Appends text to para without the bogus comments libxml2 leaves as text
 * ("<!PARA2!>": "<!" that starts no comment or doctype), which a browser
 * reads as comments up to the next ">".
 */
static void add_text(struct crier_strbuf *para, const char *text)
{
	const char *bang, *end;

	while ((bang = strstr(text, "<!")) &&
	       (end = memchr(bang, '>', strnlen(bang, BOGUS_MAX)))) {
		crier_strbuf_add(para, text, (size_t)(bang - text));
		text = end + 1;
	}
	crier_strbuf_adds(para, text);
}

/* Visits node on the way down; returns 1 to walk its children. */
static int enter(struct render *r, const xmlNode *node)
{
	if (r->ended)
		return 0;
	if (node->type == XML_TEXT_NODE ||
	    node->type == XML_CDATA_SECTION_NODE) {
		if (!node->content)
			return 0;
		add_text(&r->para, (const char *)node->content);
		if (r->in_link)
			r->link += solid((const char *)node->content,
					 strlen((const char *)node->content));
		return 0;
	}
	if (node->type != XML_ELEMENT_NODE)
		return 0;
	if (node != r->top && is_comments(ext_node(node)) && r->out->len) {
		flush(r);
		drop_label(r);
		r->ended = 1;
		return 0;
	}
	if (node != r->top && (ext_node(node)->kind & K_REMARK)) {
		/* Readers' remarks: after some text they end it; before any,
		 * they are left out. */
		flush(r);
		drop_label(r);
		r->ended = r->out->len > 0;
		return 0;
	}
	if (node != r->top && is_card_node(node))
		return 0;	/* left out, and the sentence goes on */
	if (node != r->top && skip(r->d, node)) {
		const struct ext_node *nd = ext_node(node);

		if ((nd->text >= 30 && nd->link * 2 > nd->text) ||
		    (nd->kind & (K_UNLIKELY | K_FURNITURE | K_SHARE | K_TEASER))) {
			flush(r);
			drop_label(r);
		}
		return 0;
	}
	if (ext_node(node)->tag & TF_BLOCK)
		flush(r);
	if ((ext_node(node)->tag & TF_LINK) && node->children)
		r->in_link++;
	return 1;
}

static void leave(struct render *r, const xmlNode *node)
{
	if (node->type != XML_ELEMENT_NODE)
		return;
	if ((ext_node(node)->tag & TF_LINK) && r->in_link)
		r->in_link--;
	if (ext_node(node)->tag & TF_BLOCK)
		flush(r);
}

static void render_block(struct render *r, xmlNode *root)
{
	xmlNode *node = root;

	while (node) {
		if (enter(r, node) && node->children) {
			node = node->children;
			continue;
		}
		while (node != root && !node->next) {
			node = node->parent;
			leave(r, node);
		}
		node = node == root ? NULL : node->next;
	}
	flush(r);
}

void ext_render(struct ext_doc *d, xmlNode *const *blocks, size_t n,
		xmlNode *top, struct crier_strbuf *out)
{
	struct render r = { d, top, CRIER_STRBUF_INIT, 0, 0, 0, 0, 0, 0, 0,
			     out };

	for (size_t i = 0; i < n; i++)
		render_block(&r, blocks[i]);
	drop_label(&r);
	/* No more of the story after a label of other stories: it ended
	 * there. */
	if (r.others)
		crier_strbuf_setlen(out, r.others_at);
	crier_strbuf_release(&r.para);
}
