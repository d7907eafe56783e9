/*
 * extract_score.c - finds the article's blocks in a parsed page.
 *
 * A readability-style scorer.  One iterative pass measures every element
 * (text, link text, commas, paragraphs, images, form controls) leaving out
 * hidden elements and page furniture; every paragraph then gives points
 * (one, plus its commas, plus one per 100 characters up to three) to its
 * five nearest ancestors, scaled down with distance; an element's score is
 * cut by its link density; the best element, moved up when its parent
 * scores better or holds most other good candidates, or when an ancestor
 * adds much more prose in <p> elements than other text (an article cut
 * into sections; a caption or comment set in other elements is not), is
 * merged with the siblings that score well or read like prose.  When
 * that choice gives no prose once cleaned, the runners-up are tried in
 * score order.  No recursion anywhere: the DOM may be as deep as the
 * parser allows.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <crier/plugin.h>
#include "extract_int.h"
#include "base/xalloc.h"

/*
 * widen(): how many levels above the chosen element to look, how much
 * more prose an ancestor must add (a share of what the element has), and
 * how many times more prose than other text it must add.
 */
#define WIDEN_LEVELS 6
#define WIDEN_MORE 0.25
#define WIDEN_JUNK 4

/* ---- what classes and ids say ---- */

static const char *const positive[] = {
	"article", "body", "content", "entry", "hentry", "h-entry", "main",
	"page", "pagination", "post", "text", "blog", "story", NULL
};

static const char *const negative[] = {
	"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
	"foot", "footer", "footnote", "gdpr", "masthead", "media", "meta",
	"outbrain", "promo", "related", "scroll", "share", "shoutbox",
	"sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
	"widget", NULL
};

static const char *const unlikely[] = {
	"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
	"community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
	"header", "legends", "menu", "related", "remark", "replies", "rss",
	"shoutbox", "sidebar", "skyscraper", "social", "sponsor",
	"supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
	"yom-remote", NULL
};

static const char *const maybe[] = {
	"and", "article", "body", "column", "content", "main", "shadow", NULL
};

static const char *const hidden_roles[] = {
	"menu", "menubar", "complementary", "navigation", "alert",
	"alertdialog", "dialog", NULL
};

/* Whole words of class names that mark page furniture, not prose. */
static const char *const furniture[] = {
	"nav", "navigation", "breadcrumb", "breadcrumbs", "gallery",
	"slideshow", "carousel", "slide", "newsletter", "subscribe",
	"signup", "related", "recommended", "popular", "trending", "tags",
	"toolbar", "pagination", "promo", "sponsored", "disclaimer", NULL
};

/* Whole words of class names of readers' comments, all of them, */
static const char *const comment_lists[] = {
	"comments", "commentlist", "comment-list", "kommentare",
	"commentaires", "comentarios", NULL
};

/* and one of them. */
static const char *const comment_one[] = {
	"comment", "kommentar", "commentaire", "comentario", NULL
};

/* Whole words of class names of datelines and bylines. */
static const char *const stamps[] = {
	"dateline", "timestamp", "date", "time", "pubdate", "published",
	"posted", NULL
};

static int contains_any(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (strstr(s, *words))
			return 1;
	return 0;
}

static int is_word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* word occurs in s not inside a longer word ('-', '_', ' ' separate). */
static int has_word(const char *s, const char *word)
{
	size_t n = strlen(word);

	for (const char *p = strstr(s, word); p; p = strstr(p + 1, word))
		if ((p == s || !is_word_char(p[-1])) && !is_word_char(p[n]))
			return 1;
	return 0;
}

/* Appends the lower-cased value of attribute name to buf (size 256). */
static void add_lower(char *buf, size_t *len, const char *value)
{
	if (!value)
		return;
	if (*len && *len < 255)
		buf[(*len)++] = ' ';
	for (; *value && *len < 255; value++)
		buf[(*len)++] = (char)((*value >= 'A' && *value <= 'Z') ?
				       *value + 32 : *value);
	buf[*len] = '\0';
}

static int is_hidden(const xmlNode *node)
{
	const char *style = ext_attr(node, "style");
	const char *aria = ext_attr(node, "aria-hidden");
	const char *role = ext_attr(node, "role");

	if (ext_attr(node, "hidden"))
		return 1;
	if (aria && !strcmp(aria, "true"))
		return 1;
	if (role) {
		for (const char *const *r = hidden_roles; *r; r++)
			if (!strcasecmp(role, *r))
				return 1;
	}
	if (!style)
		return 0;
	return strstr(style, "display:none") ||
	       strstr(style, "display: none") ||
	       strstr(style, "visibility:hidden") ||
	       strstr(style, "visibility: hidden");
}

/* Private bits of describe(): the value has an unlikely or maybe word. */
enum { CK_UNLIKELY = 0x10000, CK_MAYBE = 0x20000 };

/* K_* (and CK_*) bits of a lower-cased class or id value. */
static unsigned class_kind(const char *buf)
{
	unsigned kind = 0;

	if (has_word(buf, "embed") || strstr(buf, "tweet"))
		return K_EMBED;
	if (contains_any(buf, unlikely))
		kind |= CK_UNLIKELY;
	if (contains_any(buf, maybe))
		kind |= CK_MAYBE;
	if (has_word(buf, "share") || has_word(buf, "sharedaddy") ||
	    strstr(buf, "social"))
		kind |= K_SHARE;
	for (const char *const *w = stamps; *w; w++)
		if (has_word(buf, *w))
			kind |= K_BYLINE;
	if (strstr(buf, "byline"))
		kind |= K_BYLINE;
	for (const char *const *w = furniture; *w; w++)
		if (has_word(buf, *w))
			kind |= K_FURNITURE;
	for (const char *const *w = comment_lists; *w; w++)
		if (has_word(buf, *w))
			kind |= K_COMMENTS;
	/* One comment, unless the name also says article or content, as
	 * readability's unlikely and maybe words have it. */
	for (const char *const *w = comment_one; *w; w++)
		if (has_word(buf, *w) && !(kind & CK_MAYBE))
			kind |= K_COMMENTS;
	if (strstr(buf, "disqus"))
		kind |= K_COMMENTS;
	if (has_word(buf, "author") || has_word(buf, "bio"))
		kind |= K_AUTHOR;
	if (has_word(buf, "ad") || has_word(buf, "ads") ||
	    has_word(buf, "advert") || has_word(buf, "advertisement") ||
	    has_word(buf, "dfp") || has_word(buf, "adsense"))
		kind |= K_AD;
	if (strstr(buf, "caption") || has_word(buf, "credit"))
		kind |= K_CAPTION;
	return kind;
}

/*
 * What a class or id value says, remembered: pages repeat the same class
 * names on many elements.  A small direct-mapped table per document.
 */
#define MEMO_SLOTS 512

struct class_memo {
	char *key;		/* the attribute value, or NULL */
	int weight;		/* readability's -25/0/+25 */
	unsigned kind;		/* class_kind() */
};

static void describe(const char *value, struct class_memo *memo, int *weight,
		     unsigned *kind)
{
	struct class_memo *slot;
	unsigned long h = 5381;
	char buf[256];
	size_t len = 0;

	*weight = 0;
	*kind = 0;
	if (!value || !*value)
		return;
	for (const char *p = value; *p; p++)
		h = h * 33 + (unsigned char)*p;
	slot = &memo[h % MEMO_SLOTS];
	if (!slot->key || strcmp(slot->key, value)) {
		buf[0] = '\0';
		add_lower(buf, &len, value);
		free(slot->key);
		slot->key = xstrdup(value);
		slot->weight = 0;
		if (contains_any(buf, negative) || has_word(buf, "hid"))
			slot->weight -= 25;
		if (contains_any(buf, positive))
			slot->weight += 25;
		slot->kind = class_kind(buf);
	}
	*weight = slot->weight;
	*kind = slot->kind;
}

/* Sets nd->weight and nd->kind from node's class, id and visibility. */
static void classify(const xmlNode *node, struct ext_node *nd,
		     struct class_memo *memo)
{
	int wc, wi;
	unsigned kc, ki, kind;

	describe(ext_attr(node, "class"), memo, &wc, &kc);
	describe(ext_attr(node, "id"), memo, &wi, &ki);
	kind = kc | ki;
	nd->weight = wc + wi;
	if (kind & K_EMBED) {
		kind = K_EMBED;
		nd->weight = 0;
	}
	if ((kind & CK_UNLIKELY) && !(kind & CK_MAYBE) &&
	    !(nd->tag & TF_LINK) && strcmp((const char *)node->name, "body"))
		kind |= K_UNLIKELY;
	if (is_hidden(node))
		kind |= K_HIDDEN;
	nd->kind = (unsigned short)(kind & 0xffff);
}

/* ---- attaching per-element data ---- */

int ext_nodes_attach(struct ext_doc *d)
{
	struct class_memo *memo;
	size_t n = 0, i = 0;
	xmlNode *node;

	for (node = d->body; node; node = ext_next(node, d->body, 1))
		n += node->type == XML_ELEMENT_NODE;
	if (!n)
		return crier_error("page has no elements");
	d->nodes = xcalloc(n, sizeof(*d->nodes));
	d->n_nodes = n;
	memo = xcalloc(MEMO_SLOTS, sizeof(*memo));
	for (node = d->body; node; node = ext_next(node, d->body, 1)) {
		struct ext_node *nd;

		if (node->type != XML_ELEMENT_NODE)
			continue;
		nd = &d->nodes[i++];
		node->_private = nd;
		nd->tag = (unsigned short)ext_tag_flags(
			(const char *)node->name);
		classify(node, nd, memo);
	}
	for (i = 0; i < MEMO_SLOTS; i++)
		free(memo[i].key);
	free(memo);
	return 0;
}

/* ---- measuring ---- */

/* Characters (code points, white space runs as one) and commas of s. */
static void count_text(const char *s, unsigned *chars, unsigned *commas)
{
	int space = 1;

	*chars = 0;
	*commas = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			if (!space)
				(*chars)++;
			space = 1;
			continue;
		}
		space = 0;
		if ((*p & 0xc0) != 0x80)
			(*chars)++;
		if (*p == ',')
			(*commas)++;
		else if (*p == 0xef && p[1] == 0xbc && p[2] == 0x8c)
			(*commas)++;	/* U+FF0C fullwidth comma */
		else if (*p == 0xe3 && p[1] == 0x80 && p[2] == 0x81)
			(*commas)++;	/* U+3001 ideographic comma */
	}
}

static void reset_node(struct ext_node *nd)
{
	unsigned short tag = nd->tag;
	unsigned short kind = nd->kind;
	int weight = nd->weight;

	memset(nd, 0, sizeof(*nd));
	nd->tag = tag;
	nd->kind = kind;
	nd->weight = weight;
}

/* Visits node on the way down; returns 1 to walk its children. */
static int measure_enter(struct ext_doc *d, xmlNode *node)
{
	struct ext_node *nd, *parent;
	unsigned chars, commas;

	if (node->type == XML_TEXT_NODE ||
	    node->type == XML_CDATA_SECTION_NODE) {
		if (!node->content || !node->parent ||
		    node->parent->type != XML_ELEMENT_NODE)
			return 0;
		parent = ext_node(node->parent);
		count_text((const char *)node->content, &chars, &commas);
		parent->text += chars;
		parent->inl += chars;
		parent->commas += commas;
		parent->inl_commas += commas;
		return 0;
	}
	if (node->type != XML_ELEMENT_NODE)
		return 0;
	nd = ext_node(node);
	reset_node(nd);
	if ((nd->tag & TF_DROP) || (nd->kind & K_HIDDEN) ||
	    ((d->flags & EXT_STRIP_UNLIKELY) &&
	     (nd->kind & (K_UNLIKELY | K_REMARK)) && node != d->body)) {
		nd->flags |= NF_DROP;
		return 0;
	}
	if (nd->tag & TF_LINK)
		nd->flags |= NF_LINK;
	return 1;
}

static void add_counts(struct ext_node *p, const struct ext_node *c)
{
	p->text += c->text;
	p->link += (c->flags & NF_LINK) ? c->text : c->link;
	p->commas += c->commas;
	p->paras += c->paras + !!(c->tag & TF_P);
	p->imgs += c->imgs + !!(c->tag & TF_MEDIA);
	p->lis += c->lis + !!(c->tag & TF_LI);
	p->inputs += c->inputs;
	p->embeds += c->embeds;
	p->heading += (c->tag & TF_HEADING) ? c->text : c->heading;
	p->prose += c->prose;
	p->pprose += c->pprose;
	if ((c->tag & TF_PARA) && c->inl >= 25 && c->link * 2 < c->text) {
		p->prose += c->inl;
		if (c->tag & TF_P)
			p->pprose += c->inl;
	}
	if ((!(c->tag & TF_BLOCK) || (c->tag & TF_BR)) &&
	    !(c->flags & NF_BLOCKS)) {
		p->inl += c->text;
		p->inl_commas += c->commas;
	} else {
		/* An inline wrapper (font, span) around blocks: its own text
		 * is still its parent's inline text. */
		if (!(c->tag & TF_BLOCK)) {
			p->inl += c->inl;
			p->inl_commas += c->inl_commas;
		}
		p->flags |= NF_BLOCKS;
	}
}

/* Adds element node's totals to its parent on the way up. */
static void measure_leave(struct ext_doc *d, xmlNode *node)
{
	struct ext_node *c, *p;

	if (node == d->body || node->type != XML_ELEMENT_NODE ||
	    !node->parent || node->parent->type != XML_ELEMENT_NODE)
		return;
	c = ext_node(node);
	p = ext_node(node->parent);
	if (c->flags & NF_DROP) {
		p->inputs += !!(c->tag & TF_INPUT);
		p->embeds += !!(c->tag & TF_EMBED);
		p->imgs += !!(c->tag & TF_MEDIA);
		return;
	}
	add_counts(p, c);
}

static void measure(struct ext_doc *d)
{
	xmlNode *root = d->body, *node = root;

	while (node) {
		if (measure_enter(d, node) && node->children) {
			node = node->children;
			continue;
		}
		while (node != root && !node->next) {
			measure_leave(d, node);
			node = node->parent;
		}
		measure_leave(d, node);
		node = node == root ? NULL : node->next;
	}
}

/* ---- scoring ---- */

struct candidates {
	xmlNode **v;
	size_t n, alloc;
};

static double tag_base(const xmlNode *node, const struct ext_node *nd)
{
	const char *name = (const char *)node->name;

	if (!strcmp(name, "div"))
		return 5;
	if (!strcmp(name, "pre") || !strcmp(name, "td") ||
	    !strcmp(name, "blockquote"))
		return 3;
	if ((nd->tag & (TF_LIST | TF_LI)) || !strcmp(name, "address") ||
	    !strcmp(name, "dd") || !strcmp(name, "dt") || !strcmp(name, "form"))
		return -3;
	if ((nd->tag & TF_HEADING) || !strcmp(name, "th"))
		return -5;
	return 0;
}

static void make_candidate(struct ext_doc *d, xmlNode *node,
			   struct candidates *c)
{
	struct ext_node *nd = ext_node(node);

	if (nd->flags & NF_SCORED)
		return;
	nd->flags |= NF_SCORED;
	nd->score = tag_base(node, nd);
	if (d->flags & EXT_WEIGHT_CLASSES)
		nd->score += nd->weight;
	c->v = xgrow(c->v, &c->alloc, c->n + 1, sizeof(*c->v));
	c->v[c->n++] = node;
}

/* Gives the points of paragraph node to its ancestors. */
static void score_paragraph(struct ext_doc *d, xmlNode *node,
			    struct candidates *c)
{
	const struct ext_node *nd = ext_node(node);
	double points = 1 + nd->inl_commas;
	xmlNode *up = node->parent;

	points += nd->inl / 100 < 3 ? nd->inl / 100 : 3;
	for (int level = 0; level < 5 && up; level++, up = up->parent) {
		double share = points / (level == 0 ? 1 : level == 1 ? 2 :
					 level * 3);

		if (up->type != XML_ELEMENT_NODE)
			break;
		make_candidate(d, up, c);
		ext_node(up)->score += share;
		ext_node(up)->points += share;
		if (up == d->body)
			break;
	}
}

static void score_all(struct ext_doc *d, struct candidates *c)
{
	xmlNode *node = d->body;

	while (node) {
		struct ext_node *nd = NULL;

		if (node->type == XML_ELEMENT_NODE) {
			nd = ext_node(node);
			if (!(nd->flags & NF_DROP) && (nd->tag & TF_PARA) &&
			    nd->inl >= 25 && node != d->body)
				score_paragraph(d, node, c);
		}
		node = ext_next(node, d->body, nd && !(nd->flags & NF_DROP));
	}
	for (size_t i = 0; i < c->n; i++) {
		struct ext_node *nd = ext_node(c->v[i]);

		if (nd->text)
			nd->score *= 1.0 - (double)nd->link / nd->text;
	}
}

/* ---- choosing ---- */

static int is_ancestor(const xmlNode *anc, const xmlNode *node)
{
	for (; node; node = node->parent)
		if (node == anc)
			return 1;
	return 0;
}

static int scored(const xmlNode *node)
{
	return node && node->type == XML_ELEMENT_NODE && node->_private &&
	       (ext_node(node)->flags & NF_SCORED);
}

/*
 * The candidate with the highest score, and up to 4 runners-up.  Only
 * candidates that earned a fair share of the best paragraph points take
 * part, so that a class name alone ("page", "content") cannot win.
 */
static xmlNode *best(const struct candidates *c, xmlNode **alt, size_t *n_alt)
{
	xmlNode *top[5] = { NULL };
	size_t n = 0;
	double most = 0;

	for (size_t i = 0; i < c->n; i++)
		if (ext_node(c->v[i])->points > most)
			most = ext_node(c->v[i])->points;
	for (size_t i = 0; i < c->n; i++) {
		double s = ext_node(c->v[i])->score;
		size_t k;

		if (ext_node(c->v[i])->points < most * 0.2)
			continue;
		k = n < 5 ? n++ : 5;
		while (k > 0 && ext_node(top[k - 1])->score < s) {
			if (k < 5)
				top[k] = top[k - 1];
			k--;
		}
		if (k < 5)
			top[k] = c->v[i];
	}
	*n_alt = n ? n - 1 : 0;
	for (size_t i = 1; i < n; i++)
		alt[i - 1] = top[i];
	return n ? top[0] : NULL;
}

/* Moves up to a common ancestor of the top candidates when there is one. */
static xmlNode *shared_ancestor(struct ext_doc *d, xmlNode *top,
				xmlNode *const *alt, size_t n_alt)
{
	xmlNode *close[4];
	size_t n = 0;
	double s = ext_node(top)->score;

	for (size_t i = 0; i < n_alt; i++)
		if (s > 0 && ext_node(alt[i])->score / s >= 0.75)
			close[n++] = alt[i];
	if (n < 3 || top == d->body)
		return top;
	for (xmlNode *up = top->parent; up && up != d->body; up = up->parent) {
		size_t count = 0;

		for (size_t i = 0; i < n; i++)
			count += is_ancestor(up, close[i]);
		if (count >= 3)
			return up;
	}
	return top;
}

/* Climbs while the parent scores better (readability's second check). */
static xmlNode *climb(struct ext_doc *d, xmlNode *top)
{
	double last = ext_node(top)->score, threshold = last / 3;
	xmlNode *up = top->parent;

	if (top == d->body)
		return top;
	while (up && up != d->body && up->type == XML_ELEMENT_NODE) {
		double s;

		if (!scored(up)) {
			up = up->parent;
			continue;
		}
		s = ext_node(up)->score;
		if (s < threshold)
			break;
		if (s > last)
			return up;
		last = s;
		up = up->parent;
	}
	return top;
}

/*
 * Widens top to an ancestor (up to WIDEN_LEVELS up) when that adds much
 * more prose in <p> elements than other text to the best choice so far
 * (captions and comments beside a story are seldom <p>): an article split
 * into sections by figures or ads between wrappers that are not siblings.
 */
static xmlNode *widen(struct ext_doc *d, xmlNode *top)
{
	const struct ext_node *t = ext_node(top);
	xmlNode *best = top, *up = top;

	for (int level = 0; level < WIDEN_LEVELS && up != d->body; level++) {
		const struct ext_node *u, *b;
		double more, junk;

		up = up->parent;
		if (!up || !up->_private)
			break;
		u = ext_node(up);
		b = ext_node(best);
		more = (double)u->pprose - b->pprose;
		junk = ((double)u->text - u->pprose) -
		       ((double)b->text - b->pprose);
		if (more >= t->pprose * WIDEN_MORE && junk * WIDEN_JUNK < more &&
		    u->link * 4 < u->text)
			best = up;
	}
	return best;
}

static size_t element_children(const xmlNode *node)
{
	size_t n = 0;

	for (const xmlNode *c = node->children; c; c = c->next)
		n += c->type == XML_ELEMENT_NODE;
	return n;
}

static int ends_sentence_text(const xmlNode *node)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	int yes;

	ext_node_text(node, &sb);
	yes = sb.len && (sb.buf[sb.len - 1] == '.' || strstr(sb.buf, ". "));
	crier_strbuf_release(&sb);
	return yes;
}

static int same_class(const xmlNode *a, const xmlNode *b)
{
	const char *ca = ext_attr(a, "class"), *cb = ext_attr(b, "class");

	return ca && cb && *ca && !strcmp(ca, cb);
}

/* Should sibling sib of top join the article? */
static int merge_sibling(xmlNode *top, xmlNode *sib, double threshold)
{
	const struct ext_node *nd = ext_node(sib);
	double bonus = 0, density;

	if (nd->flags & NF_DROP)
		return 0;
	if (same_class(top, sib))
		bonus = ext_node(top)->score * 0.2;
	if ((nd->flags & NF_SCORED) && nd->score + bonus >= threshold)
		return 1;
	if (!(nd->tag & TF_P) &&
	    !((nd->tag & TF_PARA) && !(nd->flags & NF_BLOCKS)))
		return 0;
	density = nd->text ? (double)nd->link / nd->text : 0;
	if (nd->text > 80 && density < 0.25)
		return 1;
	return (nd->tag & TF_P) && nd->text && nd->text <= 80 &&
	       nd->link == 0 && ends_sentence_text(sib);
}

static void render_choice(struct ext_doc *d, xmlNode *top, int alone,
			  struct crier_strbuf *out)
{
	xmlNode **blocks = NULL;
	size_t n = 0, alloc = 0;
	double threshold = ext_node(top)->score * 0.2;

	if (threshold < 10)
		threshold = 10;
	if (alone || top == d->body || !top->parent ||
	    top->parent->type != XML_ELEMENT_NODE) {
		ext_render(d, &top, 1, top, out);
		return;
	}
	for (xmlNode *sib = top->parent->children; sib; sib = sib->next) {
		if (sib->type != XML_ELEMENT_NODE)
			continue;
		if (sib != top && !merge_sibling(top, sib, threshold))
			continue;
		blocks = xgrow(blocks, &alloc, n + 1, sizeof(*blocks));
		blocks[n++] = sib;
	}
	ext_render(d, blocks, n, top, out);
	free(blocks);
}

/*
 * When the choice gave no prose (its cleanup left nothing, or only
 * labels and links), the runners-up are rendered in their order: the
 * first that gives prose replaces it.  Returns 1 when one did.
 */
static int second_choice(struct ext_doc *d, xmlNode *const *alt,
			 size_t n_alt, struct crier_strbuf *out)
{
	struct crier_strbuf try = CRIER_STRBUF_INIT;
	int found = 0;

	for (size_t i = 0; i < n_alt && !found; i++) {
		crier_strbuf_reset(&try);
		render_choice(d, alt[i], 0, &try);
		if (try.len && ext_prose_bytes(try.buf) > 0) {
			crier_strbuf_reset(out);
			crier_strbuf_add(out, try.buf, try.len);
			found = 1;
		}
	}
	crier_strbuf_release(&try);
	return found;
}

int ext_find_article(struct ext_doc *d, struct crier_strbuf *out)
{
	struct candidates c = { NULL, 0, 0 };
	xmlNode *alt[4], *top, *narrow;
	size_t n_alt;

	measure(d);
	if (!d->teasers_marked) {
		ext_mark_teasers(d);
		/* The strictest attempt leaves remarks out of its
		 * measuring. */
		if (ext_mark_remarks(d) && (d->flags & EXT_STRIP_UNLIKELY))
			measure(d);
	}
	score_all(d, &c);
	top = best(&c, alt, &n_alt);
	if (!top) {
		top = narrow = d->body;
	} else {
		top = shared_ancestor(d, top, alt, n_alt);
		if (!scored(top))
			make_candidate(d, top, &c);
		top = climb(d, top);
		while (top != d->body && top->parent != d->body &&
		       top->parent->type == XML_ELEMENT_NODE &&
		       element_children(top->parent) == 1)
			top = top->parent;
		narrow = top;
		top = widen(d, top);
	}
	/* A widened choice already holds what sibling merging would add. */
	render_choice(d, top, top != narrow, out);
	if (top != d->body && (!out->len || ext_prose_bytes(out->buf) <= 0))
		second_choice(d, alt, n_alt, out);
	free(c.v);
	return 0;
}
