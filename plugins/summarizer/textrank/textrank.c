/*
 * textrank.c - the TextRank summarizer (Mihalcea and Tarau, 2004).
 *
 * Sentences are the nodes of a graph; two sentences are joined by an edge
 * weighted by their similarity,
 *
 *	sim(Si, Sj) = |{w : w in Si and w in Sj}| / (log |Si| + log |Sj|)
 *
 * where words are the stems of the non-stopword tokens and |S| counts them.
 * Sentences with fewer than two such words get no edges (their
 * denominator would be 0).  Weighted PageRank with damping d = 0.85,
 *
 *	WS(Vi) = (1 - d) + d * sum_j w_ji / (sum_k w_jk) * WS(Vj),
 *
 * is iterated until no score moves by more than 1e-4 (at most 100 times).
 * The best-scored sentences that fit the limits are returned in article
 * order.  Settings: "damping" (float, default 0.85).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <crier/plugin.h>
#include <crier/stem.h>

#define TEXTRANK_DAMPING 0.85
#define TEXTRANK_EPSILON 1e-4
#define TEXTRANK_MAX_ITER 100
/* Only this many sentences of a very long text are ranked (n^2 graph). */
#define TEXTRANK_MAX_SENTENCES 512
/* Length used when the request sets no limit. */
#define TEXTRANK_DEFAULT_SENTENCES 3

struct textrank {
	double damping;
	struct crier_stemmer *stemmer;	/* for the last language seen */
	struct crier_vocab *vocab;
};

/* One sentence of the article being summarized. */
struct sentence {
	struct crier_span span;
	size_t words;		/* all words, for the word limit */
	size_t terms;		/* offset of its sorted, unique terms */
	size_t nterms;		/* how many */
	size_t ntokens;		/* content words with repeats: |S| */
	double score;
};

static int textrank_open(const struct crier_settings *settings, void **state)
{
	struct textrank *tr = calloc(1, sizeof(*tr));

	if (!tr)
		return crier_error("out of memory");
	tr->damping = crier_settings_float(settings, "damping",
					   TEXTRANK_DAMPING);
	if (tr->damping <= 0 || tr->damping >= 1) {
		crier_warn("%s: damping must be between 0 and 1; using %.2f",
			   crier_settings_where(settings, "damping"),
			   TEXTRANK_DAMPING);
		tr->damping = TEXTRANK_DAMPING;
	}
	tr->vocab = crier_vocab_new();
	*state = tr;
	return 0;
}

static void textrank_close(void *state)
{
	struct textrank *tr = state;

	if (!tr)
		return;
	crier_stemmer_free(tr->stemmer);
	crier_vocab_free(tr->vocab);
	free(tr);
}

/* The request's language, else a guess from the text, else English. */
static const char *language_of(const struct crier_summary_request *req)
{
	const char *lang;

	if (req->language && *req->language)
		return req->language;
	lang = crier_guess_language(req->text, req->len);
	return lang ? lang : "en";
}

/* Makes tr->stemmer one for lang; -1 when it cannot be created. */
static int use_language(struct textrank *tr, const char *lang)
{
	struct crier_stemmer *st;

	if (tr->stemmer && !strncasecmp(crier_stemmer_language(tr->stemmer),
					lang, 2))
		return 0;
	st = crier_stemmer_new(lang);
	if (!st)
		return -1;
	crier_stemmer_free(tr->stemmer);
	tr->stemmer = st;
	return 0;
}

static int compare_unsigned(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return (x > y) - (x < y);
}

/* Sorts t[0..n) and drops repeats; returns the new count. */
static size_t sort_unique(unsigned *t, size_t n)
{
	size_t m = 0;

	if (n < 2)
		return n;
	qsort(t, n, sizeof(*t), compare_unsigned);
	for (size_t i = 0; i < n; i++)
		if (!m || t[m - 1] != t[i])
			t[m++] = t[i];
	return m;
}

/*
 * Splits req's text into sentences, fills s (allocated, *n entries) and
 * terms with each sentence's sorted unique term ids.
 */
static struct sentence *read_sentences(struct textrank *tr,
				       const struct crier_summary_request *req,
				       struct crier_terms *terms, size_t *n)
{
	struct crier_spans spans = CRIER_SPANS_INIT;
	struct sentence *s;

	crier_split_sentences(req->text, req->len,
			      crier_stemmer_language(tr->stemmer), &spans);
	if (spans.n > TEXTRANK_MAX_SENTENCES)
		spans.n = TEXTRANK_MAX_SENTENCES;
	s = calloc(spans.n ? spans.n : 1, sizeof(*s));
	if (!s) {
		crier_spans_release(&spans);
		return NULL;
	}
	crier_vocab_clear(tr->vocab);
	for (size_t i = 0; i < spans.n; i++) {
		size_t first = terms->n;

		s[i].span = spans.v[i];
		s[i].terms = first;
		s[i].words = crier_stemmer_terms(tr->stemmer, tr->vocab,
						 req->text + spans.v[i].start,
						 spans.v[i].len, terms);
		s[i].ntokens = terms->n - first;
		s[i].nterms = s[i].ntokens ?
			      sort_unique(terms->v + first, s[i].ntokens) : 0;
		terms->n = first + s[i].nterms;
	}
	*n = spans.n;
	crier_spans_release(&spans);
	return s;
}

/* Fills the n x n similarity matrix w (zero diagonal). */
static void similarities(const struct sentence *s, size_t n,
			 const unsigned *terms, double *w)
{
	for (size_t i = 0; i < n; i++) {
		w[i * n + i] = 0;
		for (size_t j = i + 1; j < n; j++) {
			double sim = 0;

			if (s[i].ntokens > 1 && s[j].ntokens > 1)
				sim = crier_terms_overlap(terms + s[i].terms, s[i].nterms,
					      terms + s[j].terms, s[j].nterms) /
				      (log((double)s[i].ntokens) +
				       log((double)s[j].ntokens));
			w[i * n + j] = w[j * n + i] = sim;
		}
	}
}

/* Weighted PageRank over w; leaves the scores in s[].score. */
static void pagerank(struct sentence *s, size_t n, const double *w,
		     double d, double *out_weight)
{
	for (size_t i = 0; i < n; i++) {
		out_weight[i] = 0;
		for (size_t j = 0; j < n; j++)
			out_weight[i] += w[i * n + j];
		s[i].score = 1;
	}
	for (int iter = 0; iter < TEXTRANK_MAX_ITER; iter++) {
		double moved = 0;

		for (size_t i = 0; i < n; i++) {
			double sum = 0, next;

			for (size_t j = 0; j < n; j++)
				if (w[j * n + i] > 0)
					sum += w[j * n + i] / out_weight[j] *
					       s[j].score;
			next = (1 - d) + d * sum;
			moved = fmax(moved, fabs(next - s[i].score));
			s[i].score = next;
		}
		if (moved < TEXTRANK_EPSILON)
			break;
	}
}

/* Higher score first; earlier sentence first among equals. */
static int compare_score(const void *a, const void *b, void *sentences)
{
	const struct sentence *s = sentences;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	double x = s[i].score, y = s[j].score;

	if (x != y)
		return x < y ? 1 : -1;
	return (i > j) - (i < j);
}

/*
 * Marks in chosen[] the best sentences that fit req's limits: whole
 * sentences, at least one, skipping those that would pass the word limit.
 */
static void choose(const struct sentence *s, size_t n,
		   const struct crier_summary_request *req, size_t *order,
		   char *chosen)
{
	unsigned max_sentences = req->sentences, taken = 0;
	size_t words = 0;

	if (!req->sentences && !req->words)
		max_sentences = TEXTRANK_DEFAULT_SENTENCES;
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	qsort_r(order, n, sizeof(*order), compare_score, (void *)s);
	for (size_t k = 0; k < n; k++) {
		const struct sentence *c = &s[order[k]];

		if (max_sentences && taken >= max_sentences)
			break;
		if (req->words && taken && words + c->words > req->words)
			continue;
		chosen[order[k]] = 1;
		words += c->words;
		taken++;
	}
}

static int textrank_summarize(void *state,
			      const struct crier_summary_request *req,
			      struct crier_summary *out)
{
	struct textrank *tr = state;
	struct crier_terms terms = CRIER_TERMS_INIT;
	struct sentence *s = NULL;
	double *w = NULL, *weight = NULL;
	size_t n = 0, *order = NULL;
	char *chosen = NULL;
	int ret = -1;

	if (use_language(tr, language_of(req)))
		return -1;
	s = read_sentences(tr, req, &terms, &n);
	if (!s || !n) {
		ret = s ? 0 : crier_error("out of memory");
		goto out;
	}
	w = malloc(n * n * sizeof(*w));
	weight = malloc(n * sizeof(*weight));
	order = malloc(n * sizeof(*order));
	chosen = calloc(n, 1);
	if (!w || !weight || !order || !chosen) {
		crier_error("out of memory for %zu sentences", n);
		goto out;
	}
	similarities(s, n, terms.v, w);
	pagerank(s, n, w, tr->damping, weight);
	choose(s, n, req, order, chosen);
	for (size_t i = 0; i < n; i++)
		if (chosen[i])
			crier_summary_add(out, req->text + s[i].span.start,
					  s[i].span.len);
	ret = 0;
out:
	crier_terms_release(&terms);
	free(s);
	free(w);
	free(weight);
	free(order);
	free(chosen);
	return ret;
}

static const struct crier_summarizer_ops textrank_ops = {
	.open = textrank_open,
	.summarize = textrank_summarize,
	.close = textrank_close,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "textrank",
	.description = "sentence centrality on a similarity graph (TextRank)",
	.version = "1.0",
	.kind = CRIER_PLUGIN_SUMMARIZER,
	.summarizer = &textrank_ops,
};
