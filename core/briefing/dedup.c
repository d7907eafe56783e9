/*
 * dedup.c - near-duplicate stories across sources (see dedup.h).
 *
 * The measure: A and B are the sets of term ids (stemmed content words,
 * crier_stemmer_terms()) of two stories' headline plus first sentence,
 * H and K those of their headlines alone.  Two numbers are combined:
 *
 *	J = |A n B| / |A u B|		the Jaccard index of the leads
 *	C = max(|H n B| / |H|, |K n A| / |K|)
 *					how much of one headline the other
 *					story's lead repeats
 *
 * and the similarity is sqrt(J * C).  A story duplicates the most similar
 * earlier one when that reaches SIM_MIN.  Rewordings of one event share
 * its names, numbers and key words (high J), and the event that one
 * headline names is told in the other's lead (high C).  Different events
 * on one topic may share many topic and template words ("the government
 * announced on Monday ... from next year"), so J alone can be high, but
 * the subject of either headline is missing from the other (low C).
 * SIM_MIN was set between the scores of the pairs written for
 * tests/unit/test_dedup.c (same events 0.53 and up, different ones 0.42
 * and below); pairs written after it scored 0.46 and up, 0.25 and below.
 *
 * Finding the most similar earlier story without comparing with all of
 * them: sqrt(J * C) >= SIM_MIN needs J >= SIM_MIN^2 (C is at most 1), so
 * a match shares at least m = SIM_MIN^2 * |A| terms with a new story A.
 * An inverted index lists the stories of each term; the candidates are
 * the stories listed under A's terms, leaving out A's m - 1 most common
 * terms (a story sharing m terms with A shares one of the others), and
 * leaving out too the terms listed under more than COMMON_TERM_STORIES
 * stories, except A's RAREST_TERMS rarest terms, which are always used.
 * A second index lists each story under its own RAREST_TERMS rarest
 * terms (as they were when it was added): the stories listed there under
 * any term of A are candidates too, so that a short story inside a long
 * one is found from either side.  Each candidate is scored exactly
 * (after a one-merge check that its Jaccard index alone can reach
 * SIM_MIN^2).
 *
 * The common-term cut is what makes the work grow with the stories, not
 * with their square: with real words, the threshold is low enough that
 * the common content words ("government", "police", "year") made nearly
 * every earlier story a candidate (tests/bench/dedup.sh: 10,000 stories
 * took 14.7 s of CPU, 30,000 162 s; now 1.2 s and 4.2 s, and 100,000
 * about 15 s).  It is not exact in general: a pair whose shared terms
 * are each found in more than COMMON_TERM_STORIES earlier stories, none
 * of them among the RAREST_TERMS rarest of either story, is not
 * compared.  Such a pair shares only a topic's common words, the kind of
 * overlap the measure is built to reject; retellings share names and
 * numbers.  Until a term is that common, nothing is cut: a briefing of
 * up to COMMON_TERM_STORIES + 1 stories is compared exactly as before,
 * and the benchmark gives the same answers (its digest) as before the
 * cut at 1,000, 10,000 and 30,000 stories (100,000 were not run before).
 *
 * One page at two addresses (a feed listing it twice, http and https, a
 * tracking parameter) is not a second report: a briefing's story with
 * the same normalized link as an earlier one, or the same headline and
 * body, repeats it whatever its source (dedup_add_story()).  Two hash
 * tables keep the first story of each link and of each page hash, so
 * that finding it takes one look-up, not a scan of every story.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <crier/stem.h>
#include "dedup.h"
#include "libcrier.h"
#include "fetch/story.h"
#include "ledger.h"
#include "base/xalloc.h"

#define SIM_MIN 0.44
/* Candidates come from terms listed under at most this many stories...
 * (both may be set with -D, to try others in tests/bench/dedup.sh) */
#ifndef COMMON_TERM_STORIES
#define COMMON_TERM_STORIES 16
#endif
/* ...and from a story's this many rarest terms whatever their lists. */
#ifndef RAREST_TERMS
#define RAREST_TERMS 3
#endif
#define MAX_STEMMERS 8

/* A sorted set of term ids. */
struct termset {
	unsigned *v;
	size_t n;
};

struct dedup_story {
	struct termset all, head;
	char *source;
	char *link;		/* normalized; "" when unknown */
	uint64_t text_hash;	/* of headline and body; 0 when no body */
	long root;		/* the story this duplicates, or -1 */
	char **also;		/* other sources that reported it */
	size_t n_also, alloc_also;
	size_t *copies;		/* its duplicates whose article d keeps */
	size_t n_copies, alloc_copies;
	struct crier_article *article;	/* a duplicate's, taken over */
};

/* The stories whose lead has a term, in the order they were added. */
struct posting {
	size_t *v;
	size_t n, alloc;
};

/*
 * The first story of each key (an open-addressing hash table with linear
 * probing; key 0 marks an empty slot).
 */
struct page_index {
	uint64_t *keys;
	size_t *story;
	size_t n, size;		/* used slots; slots, a power of two */
};

struct dedup {
	struct crier_vocab *vocab;
	struct page_index by_link;	/* key: FNV-1a of the normalized link */
	struct page_index by_text;	/* key: the page hash */
	struct posting *index;	/* by term id */
	size_t n_index;
	struct posting *rare;	/* by term id: the stories it is rarest in */
	size_t n_rare;
	size_t *seen;		/* by story: 1 + the story that last scored it */
	size_t seen_alloc;
	struct crier_stemmer *stemmers[MAX_STEMMERS];
	size_t n_stemmers;
	struct dedup_story *v;
	size_t n, alloc;
};

struct dedup *dedup_new(void)
{
	struct dedup *d = xcalloc(1, sizeof(*d));

	d->vocab = crier_vocab_new();
	if (!d->vocab)
		xdie("dedup vocabulary");
	return d;
}

void dedup_free(struct dedup *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n; i++) {
		struct dedup_story *s = &d->v[i];

		free(s->all.v);
		free(s->head.v);
		free(s->source);
		free(s->link);
		for (size_t k = 0; k < s->n_also; k++)
			free(s->also[k]);
		free(s->also);
		free(s->copies);
		crier_article_free(s->article);
	}
	free(d->by_link.keys);
	free(d->by_link.story);
	free(d->by_text.keys);
	free(d->by_text.story);
	for (size_t i = 0; i < d->n_index; i++)
		free(d->index[i].v);
	free(d->index);
	for (size_t i = 0; i < d->n_rare; i++)
		free(d->rare[i].v);
	free(d->rare);
	free(d->seen);
	for (size_t i = 0; i < d->n_stemmers; i++)
		crier_stemmer_free(d->stemmers[i]);
	crier_vocab_free(d->vocab);
	free(d->v);
	free(d);
}

/* The stemmer for lang, made on first use; NULL if it can't be made. */
static struct crier_stemmer *stemmer_for(struct dedup *d, const char *lang)
{
	struct crier_stemmer *st = crier_stemmer_new(lang);
	const char *code;

	if (!st)
		return d->n_stemmers ? d->stemmers[0] : NULL;
	code = crier_stemmer_language(st);
	for (size_t i = 0; i < d->n_stemmers; i++) {
		if (!strcmp(crier_stemmer_language(d->stemmers[i]), code)) {
			crier_stemmer_free(st);
			return d->stemmers[i];
		}
	}
	if (d->n_stemmers == MAX_STEMMERS) {
		crier_stemmer_free(st);
		return d->stemmers[0];
	}
	d->stemmers[d->n_stemmers++] = st;
	return st;
}

static int compare_unsigned(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return x < y ? -1 : x > y;
}

/* Turns the term list t into a sorted set (taking over its array). */
static void make_set(struct crier_terms *t, struct termset *out)
{
	size_t n = 0;

	if (t->n)
		qsort(t->v, t->n, sizeof(*t->v), compare_unsigned);
	for (size_t i = 0; i < t->n; i++)
		if (!n || t->v[n - 1] != t->v[i])
			t->v[n++] = t->v[i];
	out->v = t->v;
	out->n = n;
	t->v = NULL;
	t->n = t->alloc = 0;
}

/* The first sentence of text, as a span. */
static struct crier_span first_sentence(const char *text, const char *lang)
{
	struct crier_spans spans = CRIER_SPANS_INIT;
	struct crier_span s = { 0, 0 };

	crier_split_sentences(text, strlen(text), lang, &spans);
	if (spans.n)
		s = spans.v[0];
	crier_spans_release(&spans);
	return s;
}

/* Sets the term sets of s from its headline and text. */
static void story_terms(struct dedup *d, struct dedup_story *s,
			const char *title, const char *text, const char *lang)
{
	struct crier_stemmer *st = stemmer_for(d, lang);
	struct crier_terms t = CRIER_TERMS_INIT;
	struct crier_span first = first_sentence(text, lang);

	if (!st)
		return;
	crier_stemmer_terms(st, d->vocab, title, strlen(title), &t);
	make_set(&t, &s->head);
	crier_stemmer_terms(st, d->vocab, title, strlen(title), &t);
	crier_stemmer_terms(st, d->vocab, text + first.start, first.len, &t);
	make_set(&t, &s->all);
}

/* The number of ids in both sorted sets. */
static size_t common(const struct termset *a, const struct termset *b)
{
	return crier_terms_overlap(a->v, a->n, b->v, b->n);
}

/* The share of the headline h's terms found in the lead terms all. */
static double cover(const struct termset *h, const struct termset *all)
{
	return h->n ? (double)common(h, all) / (double)h->n : 0;
}

double dedup_similarity(const struct dedup *d, size_t i, size_t j)
{
	const struct dedup_story *a = &d->v[i], *b = &d->v[j];
	size_t both = common(&a->all, &b->all);
	double jac, c1, c2;

	if (!both)
		return 0;
	jac = (double)both / (double)(a->all.n + b->all.n - both);
	c1 = cover(&a->head, &b->all);
	c2 = cover(&b->head, &a->all);
	return sqrt(jac * (c1 > c2 ? c1 : c2));
}

/* Adds source to story r's list unless it is r's own or already there. */
static void add_also(struct dedup_story *r, const char *source)
{
	if (!strcmp(r->source, source))
		return;
	for (size_t k = 0; k < r->n_also; k++)
		if (!strcmp(r->also[k], source))
			return;
	r->also = xgrow(r->also, &r->alloc_also, r->n_also + 1,
			sizeof(*r->also));
	r->also[r->n_also++] = xstrdup(source);
}

/*
 * True when story i or the story it repeats comes from source: a source's
 * own stories are never merged (a feed's "Forecast for Monday" and
 * "Forecast for Tuesday" differ in one word but are two stories).
 */
static int same_source(const struct dedup *d, size_t i, const char *source)
{
	const struct dedup_story *s = &d->v[i];

	return !strcmp(s->source, source) ||
		(s->root >= 0 && !strcmp(d->v[s->root].source, source));
}

/* Lists story i under term in the index *ix of *n terms (grown as needed). */
static void post(struct posting **ix, size_t *n, unsigned term, size_t i)
{
	struct posting *p;

	if (term >= *n) {
		size_t old = *n;

		*ix = xgrow(*ix, n, (size_t)term + 1, sizeof(**ix));
		memset(*ix + old, 0, (*n - old) * sizeof(**ix));
	}
	p = &(*ix)[term];
	p->v = xgrow(p->v, &p->alloc, p->n + 1, sizeof(*p->v));
	p->v[p->n++] = i;
}

/* Lists story i under each term of its lead. */
static void index_story(struct dedup *d, size_t i)
{
	const struct termset *t = &d->v[i].all;

	for (size_t k = 0; k < t->n; k++)
		post(&d->index, &d->n_index, t->v[k], i);
}

/* The number of stories listed under term (0 for a new term). */
static size_t listed(const struct dedup *d, unsigned term)
{
	return term < d->n_index ? d->index[term].n : 0;
}

/* Term ids with the length of their lists, to sort by it. */
struct by_count {
	unsigned term;
	size_t n;
};

static int more_listed(const void *a, const void *b)
{
	size_t x = ((const struct by_count *)a)->n;
	size_t y = ((const struct by_count *)b)->n;

	return x > y ? -1 : x < y;
}

/*
 * Whether stories i and j cannot reach SIM_MIN for their leads' Jaccard
 * index alone: sqrt(J * C) <= sqrt(J) as C <= 1 (with a margin for
 * rounding, so that only pairs dedup_similarity() would reject are).
 * One merge instead of three for most candidates.
 */
static int too_far(const struct dedup *d, size_t i, size_t j)
{
	const struct termset *a = &d->v[i].all, *b = &d->v[j].all;
	size_t both = common(a, b);

	return (double)both < SIM_MIN * SIM_MIN * (1 - 1e-9) *
			      (double)(a->n + b->n - both);
}

/* Scores story i against the new story n; keeps the best in *best. */
static void consider(struct dedup *d, size_t i, size_t n, double *best,
		     size_t *best_i, long *match)
{
	double sim;

	if (d->seen[i] == n + 1)
		return;
	d->seen[i] = n + 1;
	if (too_far(d, n, i) || same_source(d, i, d->v[n].source))
		return;
	sim = dedup_similarity(d, n, i);
	if (sim >= SIM_MIN && (sim > *best || (sim == *best && i < *best_i))) {
		*best = sim;
		*best_i = i;
		*match = d->v[i].root >= 0 ? d->v[i].root : (long)i;
	}
}

/*
 * The first term of the sorted terms[0..n) (most listed first) that
 * finding candidates uses: past the need - 1 most common (exact, see the
 * top), and past those listed under more than COMMON_TERM_STORIES
 * stories, but never past the RAREST_TERMS rarest.
 */
static size_t first_used(const struct by_count *terms, size_t n, size_t need)
{
	size_t k = need > 1 ? need - 1 : 0;

	while (k < n && k + RAREST_TERMS < n && terms[k].n > COMMON_TERM_STORIES)
		k++;
	return k;
}

/* The earlier story that story n repeats most, or -1 (see the top). */
static long find_match(struct dedup *d, size_t n)
{
	const struct termset *a = &d->v[n].all;
	size_t need = (size_t)(SIM_MIN * SIM_MIN * (double)a->n);
	size_t best_i = n;
	struct by_count *terms;
	double best = 0;
	long match = -1;

	if (!a->n)
		return -1;
	d->seen = xgrow(d->seen, &d->seen_alloc, n + 1, sizeof(*d->seen));
	d->seen[n] = 0;
	terms = xmalloc(a->n * sizeof(*terms));
	for (size_t k = 0; k < a->n; k++) {
		terms[k].term = a->v[k];
		terms[k].n = listed(d, a->v[k]);
	}
	qsort(terms, a->n, sizeof(*terms), more_listed);
	for (size_t k = first_used(terms, a->n, need); k < a->n; k++)
		for (size_t j = 0; j < terms[k].n; j++)
			consider(d, d->index[terms[k].term].v[j], n, &best,
				 &best_i, &match);
	/* The earlier stories with a rarest term of theirs in story n. */
	for (size_t k = 0; k < a->n; k++)
		for (size_t j = 0; a->v[k] < d->n_rare && j < d->rare[a->v[k]].n; j++)
			consider(d, d->rare[a->v[k]].v[j], n, &best, &best_i,
				 &match);
	for (size_t k = a->n > RAREST_TERMS ? a->n - RAREST_TERMS : 0; k < a->n; k++)
		post(&d->rare, &d->n_rare, terms[k].term, n);
	free(terms);
	return match;
}

/* Puts key in an empty slot of ix (which has room). */
static void page_put(struct page_index *ix, uint64_t key, size_t story)
{
	size_t mask = ix->size - 1, i = (size_t)key & mask;

	while (ix->keys[i])
		i = (i + 1) & mask;
	ix->keys[i] = key;
	ix->story[i] = story;
	ix->n++;
}

/* Doubles ix's slots (64 at first), keeping its entries. */
static void page_grow(struct page_index *ix)
{
	struct page_index old = *ix;

	ix->size = old.size ? old.size * 2 : 64;
	ix->keys = xcalloc(ix->size, sizeof(*ix->keys));
	ix->story = xmalloc(ix->size * sizeof(*ix->story));
	ix->n = 0;
	for (size_t i = 0; i < old.size; i++)
		if (old.keys[i])
			page_put(ix, old.keys[i], old.story[i]);
	free(old.keys);
	free(old.story);
}

/*
 * The first story filed in ix under key (and, when link is not NULL,
 * with that normalized link: 64-bit keys of two links may collide), or
 * -1 after filing story n there.
 */
static long page_first(const struct dedup *d, struct page_index *ix,
		       uint64_t key, const char *link, size_t n)
{
	size_t mask, i;

	if ((ix->n + 1) * 2 > ix->size)
		page_grow(ix);
	mask = ix->size - 1;
	for (i = (size_t)key & mask; ix->keys[i]; i = (i + 1) & mask)
		if (ix->keys[i] == key &&
		    (!link || !strcmp(d->v[ix->story[i]].link, link)))
			return (long)ix->story[i];
	ix->keys[i] = key;
	ix->story[i] = n;
	ix->n++;
	return -1;
}

/* FNV-1a of a normalized link, never 0. */
static uint64_t link_key(const char *link)
{
	uint64_t h = 14695981039346656037u;

	for (const char *p = link; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211u;
	return h ? h : 1;
}

/*
 * The story (a root) that is the same page as story n, or -1: of the
 * stories with its link or its page hash, the first one's root.
 */
static long same_page(struct dedup *d, size_t n)
{
	const struct dedup_story *s = &d->v[n];
	long by_link = -1, by_text = -1, i;

	if (*s->link)
		by_link = page_first(d, &d->by_link, link_key(s->link),
				     s->link, n);
	if (s->text_hash)
		by_text = page_first(d, &d->by_text, s->text_hash, NULL, n);
	i = by_link < 0 || (by_text >= 0 && by_text < by_link) ?
		by_text : by_link;
	if (i < 0)
		return -1;
	return d->v[i].root >= 0 ? d->v[i].root : i;
}

/* dedup_add(), for a story known by its normalized link and text hash. */
static long add(struct dedup *d, const char *title, const char *text,
		const char *lang, const char *source, const char *link,
		uint64_t text_hash)
{
	struct dedup_story *s;
	long match;

	d->v = xgrow(d->v, &d->alloc, d->n + 1, sizeof(*d->v));
	s = &d->v[d->n];
	memset(s, 0, sizeof(*s));
	s->source = xstrdup(source ? source : "");
	s->link = xstrdup(link);
	s->text_hash = text_hash;
	s->root = -1;
	story_terms(d, s, title ? title : "", text ? text : "", lang);
	match = same_page(d, d->n);
	if (match < 0)
		match = find_match(d, d->n);
	index_story(d, d->n);
	s->root = match;
	if (match >= 0)
		add_also(&d->v[match], s->source);
	d->n++;
	return match;
}

long dedup_add(struct dedup *d, const char *title, const char *text,
	       const char *lang, const char *source)
{
	return add(d, title, text, lang, source, "", 0);
}

/* FNV-1a of title, a NUL and body; 0 when body is empty. */
static uint64_t page_hash(const char *title, const char *body)
{
	uint64_t h = 14695981039346656037u;

	if (!*body)
		return 0;
	for (const char *p = title; ; p++) {
		h = (h ^ (unsigned char)*p) * 1099511628211u;
		if (!*p)
			break;
	}
	for (const char *p = body; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211u;
	return h ? h : 1;
}

long dedup_add_story(struct dedup *d, struct story *st, const char *source)
{
	struct crier_article *a = st->article;
	const char *title = crier_article_get(a, CRIER_FIELD_TITLE);
	const char *body = crier_article_get(a, CRIER_FIELD_BODY);
	const char *text = st->summary.n ? st->summary.sentences[0] : body;
	struct crier_strbuf link = CRIER_STRBUF_INIT;
	struct dedup_story *r;
	long root;

	ledger_normalize_link(crier_article_get(a, CRIER_FIELD_LINK), &link);
	root = add(d, title, text, crier_article_get(a, CRIER_FIELD_LANGUAGE),
		   source, link.buf, page_hash(title, body));
	crier_strbuf_release(&link);
	if (root < 0)
		return root;
	r = &d->v[root];
	r->copies = xgrow(r->copies, &r->alloc_copies, r->n_copies + 1,
			  sizeof(*r->copies));
	r->copies[r->n_copies++] = d->n - 1;
	d->v[d->n - 1].article = a;
	st->article = NULL;
	return root;
}

size_t dedup_n_copies(const struct dedup *d, size_t i)
{
	return i < d->n ? d->v[i].n_copies : 0;
}

const struct crier_article *dedup_copy(const struct dedup *d, size_t i,
				       size_t k, const char **source)
{
	const struct dedup_story *c;

	if (k >= dedup_n_copies(d, i))
		return NULL;
	c = &d->v[d->v[i].copies[k]];
	if (source)
		*source = c->source;
	return c->article;
}

size_t dedup_count(const struct dedup *d)
{
	return d->n;
}

size_t dedup_n_also(const struct dedup *d, size_t i)
{
	return i < d->n ? d->v[i].n_also : 0;
}

const char *dedup_also(const struct dedup *d, size_t i, size_t k)
{
	return k < dedup_n_also(d, i) ? d->v[i].also[k] : NULL;
}

size_t dedup_also_text(const struct dedup *d, size_t i,
		       struct crier_strbuf *out)
{
	size_t n = dedup_n_also(d, i);

	if (!n)
		return 0;
	crier_strbuf_adds(out, "Also reported by ");
	for (size_t k = 0; k < n; k++) {
		if (k)
			crier_strbuf_adds(out, k == n - 1 ? " and " : ", ");
		crier_strbuf_adds(out, d->v[i].also[k]);
	}
	crier_strbuf_addch(out, '.');
	return n;
}
