/*
 * news_score.c - how much each sentence of an article deserves a place in
 * its summary (the formula is in news.c's header comment).
 *
 * Two kinds of centrality share one matrix of cosine similarities between
 * the sentences' term sets: LexRank (PageRank on the similarity graph,
 * Erkan and Radev 2004) and PacSum's position-aware centrality (Zheng and
 * Lapata 2019), which counts a sentence's similarity to the sentences
 * after it and against its similarity to those before it: news states a
 * fact, then elaborates it.  Each is computed only when the summary's
 * length gives it weight (news_length): LexRank, iterated over the whole
 * matrix, is most of the cost and counts for nothing in a short summary.
 */
#include <math.h>
#include <stdlib.h>

#include <crier/plugin.h>
#include "news.h"

#define NEWS_DAMPING 0.85
#define NEWS_EPSILON 1e-4
#define NEWS_MAX_ITER 50
/* Sentences of this many words get the full length score. */
#define NEWS_FULL_LENGTH 15.0

/*
 * Cosine similarity of sentences i and j's term sets, where mark[t] is 1
 * for the terms of sentence i and 0 for the others.
 */
static double cosine(const struct news_article *a, const unsigned char *mark,
		     size_t i, size_t j)
{
	const struct news_sentence *x = &a->s[i], *y = &a->s[j];
	const unsigned *t = a->terms.v + y->terms;
	double d = sqrt((double)x->nterms * (double)y->nterms);
	size_t common = 0;

	if (d <= 0)
		return 0;
	for (size_t k = 0; k < y->nterms; k++)
		common += mark[t[k]];
	return (double)common / d;
}

/* Sets mark[t] to on for the terms of sentence i. */
static void mark_terms(const struct news_article *a, unsigned char *mark,
		       size_t i, unsigned char on)
{
	const unsigned *t = a->terms.v + a->s[i].terms;

	for (size_t k = 0; k < a->s[i].nterms; k++)
		mark[t[k]] = on;
}

/*
 * Fills a->sim; returns the smallest and largest cosine off the diagonal.
 * mark has room for every term id, all 0; it is left so.
 */
static void similarities(struct news_article *a, unsigned char *mark,
			 double *lo, double *hi)
{
	size_t n = a->n;

	*lo = n > 1 ? 1 : 0;
	*hi = 0;
	for (size_t i = 0; i < n; i++) {
		a->sim[i * n + i] = 0;
		mark_terms(a, mark, i, 1);
		for (size_t j = i + 1; j < n; j++) {
			double v = cosine(a, mark, i, j);

			a->sim[i * n + j] = a->sim[j * n + i] = v;
			*lo = fmin(*lo, v);
			*hi = fmax(*hi, v);
		}
		mark_terms(a, mark, i, 0);
	}
}

/*
 * PacSum: forward = sum over later sentences of the cosine above the
 * threshold, minus backward times the same sum over earlier ones; scaled
 * so that the largest magnitude is 1.
 */
static void pacsum(const struct news_weights *w, struct news_article *a,
		   double lo, double hi)
{
	double cut = lo + w->threshold * (hi - lo), top = 0;
	size_t n = a->n;

	for (size_t i = 0; i < n; i++) {
		double later = 0, earlier = 0;

		for (size_t j = 0; j < n; j++) {
			double e = fmax(a->sim[i * n + j] - cut, 0);

			if (j > i)
				later += e;
			else
				earlier += e;
		}
		a->s[i].forward = later - w->backward * earlier;
		top = fmax(top, fabs(a->s[i].forward));
	}
	for (size_t i = 0; i < n && top > 0; i++)
		a->s[i].forward /= top;
}

/* LexRank on a copy of a->sim in m, scaled so that the top is 1. */
static void lexrank(struct news_article *a, double *m)
{
	size_t n = a->n;
	double top = 0;

	for (size_t j = 0; j < n; j++) {
		double out = 0;

		for (size_t i = 0; i < n; i++)
			out += a->sim[i * n + j];
		/* m[i][j]: the share of j's weight that goes to i */
		for (size_t i = 0; i < n; i++)
			m[i * n + j] = out > 0 ? a->sim[i * n + j] / out : 0;
		a->s[j].centrality = 1;
	}
	for (int iter = 0; iter < NEWS_MAX_ITER; iter++) {
		double moved = 0;

		for (size_t i = 0; i < n; i++) {
			const double *row = m + i * n;
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
}

/* One more than the largest term id of the sentences. */
static size_t term_ids(const struct news_article *a)
{
	size_t top = 0;

	for (size_t i = 0; i < a->n; i++) {
		const unsigned *t = a->terms.v + a->s[i].terms;

		/* the terms are sorted: the last is the largest */
		if (a->s[i].nterms && t[a->s[i].nterms - 1] >= top)
			top = (size_t)t[a->s[i].nterms - 1] + 1;
	}
	return top;
}

int news_centrality(const struct news_weights *w, struct news_article *a)
{
	size_t n = a->n;
	int ranked = a->gist < 1 && w->centrality > 0;
	unsigned char *mark = NULL;
	double lo, hi, *m = NULL;
	int ret = -1;

	if (!n)
		return 0;
	a->sim = malloc(n * n * sizeof(*a->sim));
	mark = calloc(term_ids(a) + 1, 1);
	if (ranked)
		m = malloc(n * n * sizeof(*m));
	if (!a->sim || !mark || (ranked && !m)) {
		crier_error("out of memory for %zu sentences", n);
		goto out;
	}
	similarities(a, mark, &lo, &hi);
	if (a->gist > 0 && w->forward > 0)
		pacsum(w, a, lo, hi);
	if (m)
		lexrank(a, m);
	ret = 0;
out:
	free(mark);
	free(m);
	return ret;
}

/* The share of the title's terms that sentence i contains. */
static double headline_overlap(const struct news_article *a, size_t i)
{
	const unsigned *t = a->terms.v;

	if (!a->title_nterms)
		return 0;
	return (double)crier_terms_overlap(t + a->s[i].terms, a->s[i].nterms,
			       t + a->title_terms, a->title_nterms) /
	       (double)a->title_nterms;
}

/*
 * The share of the article the summary keeps, by sentences or words,
 * whichever is larger.
 */
static double share(const struct news_article *a, unsigned sentences,
		    unsigned words)
{
	double v = 0, total = 0;

	if (!a->n)
		return 1;
	if (sentences)
		v = (double)sentences / (double)a->n;
	if (words) {
		for (size_t i = 0; i < a->n; i++)
			total += (double)a->s[i].words;
		v = fmax(v, total > 0 ? words / total : 1);
	}
	return v;
}

/* The penalty of a sentence longer than long_words. */
static double long_penalty(const struct news_weights *w, size_t words)
{
	return w->longer * fmax(0, (double)words - w->long_words) /
	       w->long_words;
}

void news_length(struct news_article *a, unsigned sentences, unsigned words)
{
	double kept = share(a, sentences, words);

	/*
	 * lead: 1 for a summary of nothing, 0 for one that keeps a third of
	 * the article: a short summary should say what the lead says, a long
	 * one should cover the whole article.  gist: 1 up to a summary of
	 * 15%, 0 from 35%: what makes a short summary the gist (no quotes,
	 * no long sentences, what later sentences elaborate: PacSum) would
	 * leave holes in a long one, which is better chosen by LexRank.
	 */
	a->lead = fmax(0, 1 - 3 * kept);
	a->gist = fmin(1, fmax(0, (0.35 - kept) / 0.2));
}

void news_score(const struct news_weights *w, struct news_article *a)
{
	double lead = a->lead, gist = a->gist;

	for (size_t i = 0; i < a->n; i++) {
		struct news_sentence *s = &a->s[i];
		double position = w->position * exp(-(double)i / w->decay);

		if (i == 0)
			position += w->first;
		s->score = lead * (position +
				   w->headline * headline_overlap(a, i)) +
			   (i == 0 ? w->lede : 0) +
			   (1 - gist) * w->centrality * s->centrality +
			   w->length * fmin((double)s->words,
					    NEWS_FULL_LENGTH) / NEWS_FULL_LENGTH +
			   gist * (w->forward * s->forward -
				   long_penalty(w, s->words) -
				   w->quote * s->quote -
				   w->caption * s->caption);
	}
}
