/*
 * news.c - the news summarizer, crier's default.
 *
 * Scores sentence i of an article (0 is the first) as
 *
 *	lead * (position * exp(-i / decay) + first * [i = 0]
 *		+ headline * the share of the title's content words it has)
 *	+ lede * [i = 0]			(0 by default)
 *	+ (1 - gist) * centrality * its LexRank score (top = 1)
 *	+ length * min(words, 15) / 15		(fragments say little)
 *	+ gist * (forward * its PacSum score	(top magnitude = 1)
 *		  - longer * max(0, words - long_words) / long_words
 *		  - quote * [opens a quote] - caption * [is a caption])
 *
 * where the names are weights from the settings (news_score.c).  lead
 * fades from 1 to 0 as the summary grows from nothing to a third of the
 * article, and gist from 1 at 15% to 0 at 35%: a short summary should say
 * what the lead says, in sentences that state facts which later sentences
 * elaborate (PacSum, Zheng and Lapata 2019: similarity to later sentences
 * counts, to earlier ones counts against), not in quotes, captions or long
 * run-ons; a long summary should cover the article (LexRank).  Sentences
 * are then picked greedily by score minus a redundancy penalty (maximal
 * marginal relevance: "redundancy" times the highest cosine similarity to
 * a sentence already picked), minus gist * dangling when the sentence opens
 * with a word that points back ("He", "However") and the sentence before
 * it is not picked.  Words are the stems of the non-stopwords of the
 * article's language (crier/stem.h); the language is the request's, or
 * guessed.  The defaults were chosen on one half of each dev set (CNN/DM
 * highlights at three sentences, BBC at the reference length) and checked
 * on the other half (tests/bench/summ.sh).
 *
 * Before scoring, sentences that are page furniture rather than news are
 * set aside (news_furniture.c): photo credits, bylines, time stamps, links
 * and calls to action ("Click here", "Scroll down for video", "Read
 * more"), and short text without sentence punctuation.  A dateline that
 * starts a sentence ("LONDON (Reuters) - ", "(CNN) -- ") is cut off.  The
 * chosen sentences are returned in article order.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <crier/plugin.h>
#include <crier/stem.h>
#include "news.h"

/* Only this many sentences of a very long text are read (n^2 graph). */
#define NEWS_MAX_SENTENCES 512
/* Length used when the request sets no limit. */
#define NEWS_DEFAULT_SENTENCES 3

struct news {
	struct news_weights w;
	struct crier_stemmer *stemmer;	/* for the last language seen */
	struct crier_vocab *vocab;
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
	nw->w.forward = setting(settings, "forward", 1.0);
	nw->w.backward = setting(settings, "backward", 0.3);
	nw->w.threshold = setting(settings, "threshold", 0.0);
	nw->w.headline = setting(settings, "headline", 0.5);
	nw->w.length = setting(settings, "length", 0.2);
	nw->w.longer = setting(settings, "longer", 1.0);
	nw->w.long_words = setting(settings, "long_words", 30.0);
	nw->w.quote = setting(settings, "quote", 1.0);
	nw->w.caption = setting(settings, "caption", 1.0);
	nw->w.dangling = setting(settings, "dangling", 0.3);
	nw->w.redundancy = setting(settings, "redundancy", 0.1);
	if (nw->w.decay <= 0)
		nw->w.decay = 3.0;
	if (nw->w.long_words <= 0)
		nw->w.long_words = 30.0;
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
static size_t add_terms(struct news *nw, struct news_article *a, const char *text,
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

/*
 * Notes what sentence s of the article text is: furniture, caption, quote,
 * dangling opener; and cuts its dateline.
 */
static void classify(const char *text, struct news_sentence *s)
{
	s->furniture = news_is_furniture(text + s->span.start, s->span.len);
	news_cut_dateline(text + s->span.start, &s->span);
	text += s->span.start;
	s->caption = news_is_caption(text, s->span.len);
	s->quote = news_is_quote(text, s->span.len);
	s->opener = news_opens_dangling(text, s->span.len);
}

/* Splits the text and fills a->s; returns 0 or -1 when out of memory. */
static int read_article(struct news *nw, struct news_article *a,
			const struct crier_summary_request *req)
{
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
		struct news_sentence *s = &a->s[i];

		s->span = spans.v[i];
		classify(req->text, s);
		s->words = add_terms(nw, a, req->text + s->span.start,
				     s->span.len, &s->terms, &s->nterms);
	}
	if (req->title)
		add_terms(nw, a, req->title, strlen(req->title),
			  &a->title_terms, &a->title_nterms);
	crier_spans_release(&spans);
	return 0;
}

/* Whether sentence i still fits after taken sentences of words words. */
static int fits(const struct news_article *a,
		const struct crier_summary_request *l, size_t i,
		unsigned taken, size_t words)
{
	if (a->s[i].furniture)
		return 0;
	return !l->words || !taken || words + a->s[i].words <= l->words;
}

/*
 * Sentence i's worth given what is chosen: its score, less the redundancy
 * penalty, less the dangling penalty when it opens with a word pointing
 * back and the sentence before it is not in the summary.
 */
static double worth(const struct news_weights *w, const struct news_article *a,
		    const double *penalty, const char *chosen, size_t i)
{
	double v = a->s[i].score - penalty[i];

	if (a->s[i].opener && (i == 0 || !chosen[i - 1]))
		v -= a->gist * w->dangling;
	return v;
}

/*
 * Picks sentences by maximal marginal relevance within the limits and
 * marks them in chosen[].  When every sentence is furniture, the first
 * sentence is used anyway.
 */
static void choose(const struct news_weights *w, const struct news_article *a,
		   const struct crier_summary_request *l, double *penalty,
		   char *chosen)
{
	unsigned taken = 0;
	size_t words = 0, n = a->n;

	for (size_t i = 0; i < n; i++)
		penalty[i] = 0;
	while (!l->sentences || taken < l->sentences) {
		size_t best = n;
		double top = 0;

		for (size_t i = 0; i < n; i++) {
			double v;

			if (chosen[i] || !fits(a, l, i, taken, words))
				continue;
			v = worth(w, a, penalty, chosen, i);
			if (best == n || v > top) {
				best = i;
				top = v;
			}
		}
		if (best == n)
			break;
		chosen[best] = 1;
		words += a->s[best].words;
		taken++;
		for (size_t i = 0; i < n; i++)
			penalty[i] = fmax(penalty[i], w->redundancy *
						      a->sim[i * n + best]);
	}
	if (!taken && n)
		chosen[0] = 1;
}

static int news_summarize(void *state, const struct crier_summary_request *req,
			  struct crier_summary *out)
{
	struct news *nw = state;
	struct crier_summary_request limits = *req;
	struct news_article a = { .text = req->text,
				  .terms = CRIER_TERMS_INIT };
	double *penalty = NULL;
	char *chosen = NULL;
	int ret = -1;

	if (!limits.sentences && !limits.words)
		limits.sentences = NEWS_DEFAULT_SENTENCES;
	if (use_language(nw, req) || read_article(nw, &a, req))
		goto out;
	penalty = malloc((a.n ? a.n : 1) * sizeof(*penalty));
	chosen = calloc(a.n ? a.n : 1, 1);
	if (!penalty || !chosen) {
		crier_error("out of memory for %zu sentences", a.n);
		goto out;
	}
	news_length(&a, limits.sentences, limits.words);
	if (news_centrality(&nw->w, &a))
		goto out;
	news_score(&nw->w, &a);
	choose(&nw->w, &a, &limits, penalty, chosen);
	for (size_t i = 0; i < a.n; i++)
		if (chosen[i])
			crier_summary_add(out, req->text + a.s[i].span.start,
					  a.s[i].span.len);
	ret = 0;
out:
	crier_terms_release(&a.terms);
	free(a.sim);
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
