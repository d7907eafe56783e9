/*
 * news.c - the news summarizer, crier's default.
 *
 * Scores sentence i of an article (0 is the first) as
 *
 *	lead * (position * exp(-i / decay) + first * [i = 0]
 *		+ headline * the share of the title's content words it has)
 *	+ centrality * its LexRank score (PageRank on cosine similarities),
 *		scaled so that the most central sentence has 1
 *	+ length * min(words, 15) / 15		(fragments say little)
 *	+ lede * [i = 0]			(0 by default: see below)
 *
 * where the names are weights from the settings ("lede" keeps the first
 * sentence in summaries of any length; the BBC references do not favour
 * it, so it is off unless a config asks) and lead fades from 1 to
 * 0 as the summary grows from nothing to a third of the article: the lead
 * and the headline say what a short summary must say, while a long one
 * should cover the article.  Sentences are then picked greedily by score
 * minus a redundancy penalty (maximal marginal relevance: "redundancy"
 * times the highest cosine similarity to a sentence already picked).
 * Words are the stems of the non-stopwords of the article's language
 * (crier/stem.h); the language is the request's, or guessed.
 *
 * Before scoring, sentences that are page furniture rather than news are
 * set aside (news_furniture.c): captions, photo credits, bylines, links
 * and calls to action ("Click here", "Share this", "Read more"), and short
 * text without sentence punctuation.  A dateline that starts a sentence
 * ("LONDON (Reuters) - ") is cut off.  The chosen sentences are returned
 * in article order.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <crier/plugin.h>
#include <crier/stem.h>
#include "news.h"

#define NEWS_DAMPING 0.85
#define NEWS_EPSILON 1e-4
#define NEWS_MAX_ITER 50
/* Only this many sentences of a very long text are read (n^2 graph). */
#define NEWS_MAX_SENTENCES 512
/* Length used when the request sets no limit. */
#define NEWS_DEFAULT_SENTENCES 3
/* Sentences of this many words get the full length score. */
#define NEWS_FULL_LENGTH 15.0

/*
 * The weights, read from the settings.  The defaults were chosen on one
 * half of the BBC dev set, with position kept strong because three-sentence
 * highlights of news favour the lead far more than those references do.
 */
struct news_weights {
	double position;	/* weight of exp(-i / decay) */
	double decay;		/* in sentences */
	double first;		/* bonus of the first sentence */
	double lede;		/* its bonus that does not fade with length */
	double centrality;
	double headline;
	double length;
	double redundancy;	/* MMR penalty per unit of cosine */
};

struct news {
	struct news_weights w;
	struct crier_stemmer *stemmer;	/* for the last language seen */
	struct crier_vocab *vocab;
};

/* One sentence of the article being summarized. */
struct sentence {
	struct crier_span span;	/* without a leading dateline */
	size_t words;		/* all words, for the word limit */
	size_t terms;		/* offset of its sorted, unique terms */
	size_t nterms;		/* how many */
	int furniture;		/* not news: never chosen */
	double centrality;
	double score;
};

/* Everything about one request; lives during summarize(). */
struct article {
	const struct crier_summary_request *req;
	struct sentence *s;
	size_t n;
	struct crier_terms terms;	/* the sentences', then the title's */
	size_t title_terms, title_nterms;
};

static double setting(const struct crier_settings *settings, const char *key,
		      double def)
{
	double v = crier_settings_float(settings, key, def);

	if (v < 0 || !isfinite(v)) {
		crier_warn("%s: %s must not be negative; using %g",
			   crier_settings_where(settings, key), key, def);
		return def;
	}
	return v;
}

static int news_open(const struct crier_settings *settings, void **state)
{
	struct news *nw = calloc(1, sizeof(*nw));

	if (!nw)
		return crier_error("out of memory");
	nw->w.position = setting(settings, "position", 2.0);
	nw->w.decay = setting(settings, "decay", 3.0);
	nw->w.first = setting(settings, "first", 1.0);
	nw->w.lede = setting(settings, "lede", 0.0);
	nw->w.centrality = setting(settings, "centrality", 1.0);
	nw->w.headline = setting(settings, "headline", 0.5);
	nw->w.length = setting(settings, "length", 0.2);
	nw->w.redundancy = setting(settings, "redundancy", 0.2);
	if (nw->w.decay <= 0)
		nw->w.decay = 3.0;
	nw->vocab = crier_vocab_new();
	*state = nw;
	return 0;
}

static void news_close(void *state)
{
	struct news *nw = state;

	if (!nw)
		return;
	crier_stemmer_free(nw->stemmer);
	crier_vocab_free(nw->vocab);
	free(nw);
}

/* Makes nw->stemmer one for req's language, or the guessed one. */
static int use_language(struct news *nw,
			const struct crier_summary_request *req)
{
	const char *lang = req->language;
	struct crier_stemmer *st;

	if (!lang || !*lang)
		lang = crier_guess_language(req->text, req->len);
	if (!lang)
		lang = "en";
	if (nw->stemmer &&
	    !strncasecmp(crier_stemmer_language(nw->stemmer), lang, 2))
		return 0;
	st = crier_stemmer_new(lang);
	if (!st)
		return -1;
	crier_stemmer_free(nw->stemmer);
	nw->stemmer = st;
	return 0;
}

static int compare_unsigned(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return (x > y) - (x < y);
}

/*
 * Appends the sorted, unique terms of text[0..len) to a->terms, sets
 * *first and *count to where they are, and returns the number of words.
 */
static size_t add_terms(struct news *nw, struct article *a, const char *text,
			size_t len, size_t *first, size_t *count)
{
	size_t words, tokens, m = 0;
	unsigned *t;

	*first = a->terms.n;
	words = crier_stemmer_terms(nw->stemmer, nw->vocab, text, len,
				    &a->terms);
	tokens = a->terms.n - *first;
	if (!tokens) {
		*count = 0;
		return words;
	}
	t = a->terms.v + *first;
	qsort(t, tokens, sizeof(*t), compare_unsigned);
	for (size_t i = 0; i < tokens; i++)
		if (!m || t[m - 1] != t[i])
			t[m++] = t[i];
	*count = m;
	a->terms.n = *first + m;
	return words;
}

/* Splits the text and fills a->s; returns 0 or -1 when out of memory. */
static int read_article(struct news *nw, struct article *a)
{
	const struct crier_summary_request *req = a->req;
	struct crier_spans spans = CRIER_SPANS_INIT;

	crier_split_sentences(req->text, req->len,
			      crier_stemmer_language(nw->stemmer), &spans);
	if (spans.n > NEWS_MAX_SENTENCES)
		spans.n = NEWS_MAX_SENTENCES;
	a->n = spans.n;
	a->s = calloc(spans.n ? spans.n : 1, sizeof(*a->s));
	if (!a->s) {
		crier_spans_release(&spans);
		return crier_error("out of memory for %zu sentences", spans.n);
	}
	crier_vocab_clear(nw->vocab);
	for (size_t i = 0; i < spans.n; i++) {
		struct sentence *s = &a->s[i];
		const char *text = req->text + spans.v[i].start;

		s->span = spans.v[i];
		s->furniture = news_is_furniture(text, s->span.len);
		news_cut_dateline(text, &s->span);
		s->words = add_terms(nw, a, req->text + s->span.start,
				     s->span.len, &s->terms, &s->nterms);
	}
	if (req->title)
		add_terms(nw, a, req->title, strlen(req->title),
			  &a->title_terms, &a->title_nterms);
	crier_spans_release(&spans);
	return 0;
}

static size_t shared_terms(const struct article *a, size_t i, size_t j)
{
	const unsigned *t = a->terms.v;

	return crier_terms_overlap(t + a->s[i].terms, a->s[i].nterms,
		       t + a->s[j].terms, a->s[j].nterms);
}

/* Cosine similarity of two sentences' term sets. */
static double cosine(const struct article *a, size_t i, size_t j)
{
	double d = sqrt((double)a->s[i].nterms * (double)a->s[j].nterms);

	return d > 0 ? shared_terms(a, i, j) / d : 0;
}

/* Fills sim (n x n) with cosines and sets out[i] to the sum of row i. */
static void similarities(const struct article *a, double *sim, double *out)
{
	size_t n = a->n;

	for (size_t i = 0; i < n; i++)
		out[i] = sim[i * n + i] = 0;
	for (size_t i = 0; i < n; i++) {
		for (size_t j = i + 1; j < n; j++) {
			double v = cosine(a, i, j);

			sim[i * n + j] = sim[j * n + i] = v;
			out[i] += v;
			out[j] += v;
		}
	}
}

/*
 * Centrality: weighted PageRank on the graph of cosine similarities
 * (continuous LexRank, Erkan and Radev 2004), scaled so that the most
 * central sentence has 1.
 */
static int centrality(struct article *a)
{
	size_t n = a->n;
	double *sim = malloc(n * n * sizeof(*sim));
	double *out = malloc(n * sizeof(*out)), top = 0;

	if (!sim || !out) {
		free(sim);
		free(out);
		return crier_error("out of memory for %zu sentences", n);
	}
	similarities(a, sim, out);
	/* sim[i][j] becomes the share of j's weight that goes to i */
	for (size_t i = 0; i < n; i++) {
		a->s[i].centrality = 1;
		for (size_t j = 0; j < n; j++)
			sim[i * n + j] = out[j] > 0 ?
					 sim[i * n + j] / out[j] : 0;
	}
	for (int iter = 0; iter < NEWS_MAX_ITER; iter++) {
		double moved = 0;

		for (size_t i = 0; i < n; i++) {
			const double *row = sim + i * n;
			double sum = 0, next;

			for (size_t j = 0; j < n; j++)
				sum += row[j] * a->s[j].centrality;
			next = (1 - NEWS_DAMPING) + NEWS_DAMPING * sum;
			moved = fmax(moved, fabs(next - a->s[i].centrality));
			a->s[i].centrality = next;
		}
		if (moved < NEWS_EPSILON)
			break;
	}
	for (size_t i = 0; i < n; i++)
		top = fmax(top, a->s[i].centrality);
	for (size_t i = 0; i < n; i++)
		a->s[i].centrality /= top;
	free(sim);
	free(out);
	return 0;
}

/* The share of the title's terms that sentence i contains. */
static double headline_overlap(const struct article *a, size_t i)
{
	const unsigned *t = a->terms.v;

	if (!a->title_nterms)
		return 0;
	return (double)crier_terms_overlap(t + a->s[i].terms, a->s[i].nterms,
			       t + a->title_terms, a->title_nterms) /
	       (double)a->title_nterms;
}

/*
 * How much the lead counts: 1 for a summary of nothing, falling to 0 for
 * one that keeps a third of the article or more.  A short summary should
 * say what the lead says; a long one should cover the whole article.
 */
static double lead_factor(const struct article *a,
			  const struct crier_summary_request *l)
{
	double share = 0, words = 0;

	if (!a->n)
		return 0;
	if (l->sentences)
		share = (double)l->sentences / (double)a->n;
	if (l->words) {
		for (size_t i = 0; i < a->n; i++)
			words += (double)a->s[i].words;
		share = fmax(share, words > 0 ? l->words / words : 1);
	}
	return fmax(0, 1 - 3 * share);
}

static void score(const struct news_weights *w, struct article *a,
		  const struct crier_summary_request *l)
{
	double lead = lead_factor(a, l);

	for (size_t i = 0; i < a->n; i++) {
		struct sentence *s = &a->s[i];
		double position = w->position * exp(-(double)i / w->decay);

		if (i == 0)
			position += w->first;
		s->score = lead * (position +
				   w->headline * headline_overlap(a, i)) +
			   (i == 0 ? w->lede : 0) +
			   w->centrality * s->centrality +
			   w->length * fmin((double)s->words,
					    NEWS_FULL_LENGTH) /
			   NEWS_FULL_LENGTH;
	}
}

/* Whether sentence i still fits after taken sentences of words words. */
static int fits(const struct article *a, const struct crier_summary_request *l,
		size_t i, unsigned taken, size_t words)
{
	if (a->s[i].furniture)
		return 0;
	return !l->words || !taken || words + a->s[i].words <= l->words;
}

/*
 * Picks sentences by maximal marginal relevance within the limits and
 * marks them in chosen[].  When every sentence is furniture, the first
 * sentence is used anyway.
 */
static void choose(const struct news_weights *w, const struct article *a,
		   const struct crier_summary_request *l, double *penalty,
		   char *chosen)
{
	unsigned taken = 0;
	size_t words = 0;

	for (size_t i = 0; i < a->n; i++)
		penalty[i] = 0;
	while (!l->sentences || taken < l->sentences) {
		size_t best = a->n;

		for (size_t i = 0; i < a->n; i++)
			if (!chosen[i] && fits(a, l, i, taken, words) &&
			    (best == a->n || a->s[i].score - penalty[i] >
					     a->s[best].score - penalty[best]))
				best = i;
		if (best == a->n)
			break;
		chosen[best] = 1;
		words += a->s[best].words;
		taken++;
		for (size_t i = 0; i < a->n; i++)
			penalty[i] = fmax(penalty[i], w->redundancy *
						      cosine(a, i, best));
	}
	if (!taken && a->n)
		chosen[0] = 1;
}

static int news_summarize(void *state, const struct crier_summary_request *req,
			  struct crier_summary *out)
{
	struct news *nw = state;
	struct crier_summary_request limits = *req;
	struct article a = { .req = req, .terms = CRIER_TERMS_INIT };
	double *penalty = NULL;
	char *chosen = NULL;
	int ret = -1;

	if (!limits.sentences && !limits.words)
		limits.sentences = NEWS_DEFAULT_SENTENCES;
	if (use_language(nw, req) || read_article(nw, &a))
		goto out;
	penalty = malloc((a.n ? a.n : 1) * sizeof(*penalty));
	chosen = calloc(a.n ? a.n : 1, 1);
	if (!penalty || !chosen) {
		crier_error("out of memory for %zu sentences", a.n);
		goto out;
	}
	if (a.n && centrality(&a))
		goto out;
	score(&nw->w, &a, &limits);
	choose(&nw->w, &a, &limits, penalty, chosen);
	for (size_t i = 0; i < a.n; i++)
		if (chosen[i])
			crier_summary_add(out, req->text + a.s[i].span.start,
					  a.s[i].span.len);
	ret = 0;
out:
	crier_terms_release(&a.terms);
	free(a.s);
	free(penalty);
	free(chosen);
	return ret;
}

static const struct crier_summarizer_ops news_ops = {
	.open = news_open,
	.summarize = news_summarize,
	.close = news_close,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "news",
	.description = "position, centrality and headline, without repeats "
		       "or page furniture",
	.version = "1.0",
	.kind = CRIER_PLUGIN_SUMMARIZER,
	.summarizer = &news_ops,
};
