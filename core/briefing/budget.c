/*
 * budget.c - choosing and trimming stories to fill a time budget.
 *
 * Greedy: candidates in priority order, each rendered piece by piece
 * (render.c) so that the length of its lead and of each sentence is known
 * exactly; a candidate is kept whole if it fits, else with as many
 * sentences as fit (at least one), else dropped.
 */
#include <stdlib.h>
#include <string.h>

#include "budget.h"
#include "render.h"
#include "base/xalloc.h"

/* A story shorter than this cannot fit in what is left: stop looking. */
#define MIN_STORY_S 2.0

struct candidate {
	size_t item;		/* index in the script */
	size_t rank;		/* its place within its source */
	int64_t published;
};

static int by_priority(const void *pa, const void *pb)
{
	const struct candidate *a = pa, *b = pb;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	if (a->published != b->published)
		return a->published > b->published ? -1 : 1;
	return a->item < b->item ? -1 : a->item > b->item;
}

/* The candidates, most important first; *n gets their count. */
static struct candidate *candidates(const struct script *s,
				    const struct config *c, size_t *n)
{
	struct candidate *v = xcalloc(s->n + 1, sizeof(*v));
	size_t *seen = xcalloc(c->n_sources + 1, sizeof(*seen));

	*n = 0;
	for (size_t i = 0; i < s->n; i++) {
		const struct script_item *item = &s->items[i];
		size_t rank;

		if (item->kind != SCRIPT_STORY)
			continue;
		rank = seen[item->source]++;
		v[*n].item = i;
		v[*n].rank = rank;
		v[*n].published = crier_article_published(item->article);
		(*n)++;
	}
	free(seen);
	qsort(v, *n, sizeof(*v), by_priority);
	return v;
}

static int measure(const struct script_item *item,
		   const struct crier_lexicon *lex, int rate, double *seconds)
{
	struct crier_pcm p;
	int ret;

	crier_pcm_init(&p);
	ret = render_item(item, lex, rate, &p, NULL);
	*seconds = (double)p.n / rate;
	crier_pcm_release(&p);
	return ret;
}

/*
 * How many summary sentences of item fit in left seconds: all, some (at
 * least one), or -1 for none; *used gets their length, pause included.
 */
static long fit(const struct script_item *item,
		const struct crier_lexicon *lex, int rate, double left,
		double *used, int *err)
{
	size_t *starts = xcalloc(item->summary.n + 1, sizeof(*starts));
	double pause = item->speech.pause_ms / 1000.0;
	long k = (long)item->summary.n;
	struct crier_pcm p;

	crier_pcm_init(&p);
	*err = render_item(item, lex, rate, &p, starts);
	*used = (double)p.n / rate;
	/* Keeping k sentences ends where sentence k + 1 starts. */
	while (!*err && *used > left && --k >= 1)
		*used = (double)starts[k + 1] / rate + pause;
	crier_pcm_release(&p);
	free(starts);
	return *err || *used > left ? -1 : k;
}

/*
 * Drops the stories marked -1 in keep and trims the others to keep[i]
 * sentences; their durations become the measured ones in len.
 */
static void apply(struct script *s, const long *keep, const double *len)
{
	size_t out = 0, number = 0;

	for (size_t i = 0; i < s->n; i++) {
		struct script_item *item = &s->items[i];

		if (item->kind == SCRIPT_STORY && keep[i] < 0) {
			script_item_release(item);
			continue;
		}
		while (item->kind == SCRIPT_STORY && item->summary.n > (size_t)keep[i])
			free(item->summary.sentences[--item->summary.n]);
		if (item->kind == SCRIPT_STORY)
			item->number = ++number;
		item->seconds = len[i] - item->speech.pause_ms / 1000.0;
		s->items[out++] = *item;
	}
	s->n = out;
	s->stories = number;
}

/* Measures the items that are not stories (intro, outro) into len. */
static int frame(const struct script *s, const struct crier_lexicon *lex,
		 int rate, double *len, double *seconds)
{
	*seconds = 0;
	for (size_t i = 0; i < s->n; i++) {
		int ret;

		if (s->items[i].kind == SCRIPT_STORY)
			continue;
		ret = measure(&s->items[i], lex, rate, &len[i]);
		if (ret)
			return ret;
		*seconds += len[i];
	}
	return 0;
}

/* Takes candidates, whole or trimmed, while the total stays under limit. */
static int fill(const struct script *s, const struct config *c,
		const struct candidate *v, size_t n, int rate, double limit,
		long *keep, double *len, double *seconds)
{
	int ret = 0;

	for (size_t i = 0; !ret && i < n && limit - *seconds >= MIN_STORY_S; i++) {
		size_t item = v[i].item;
		long k;

		if (keep[item] >= 0)
			continue;
		k = fit(&s->items[item], c->lexicon, rate, limit - *seconds,
			&len[item], &ret);
		if (k < 0)
			continue;
		keep[item] = k;
		*seconds += len[item];
	}
	return ret;
}

int budget_fit(struct script *s, const struct config *c, int rate,
	       double *seconds)
{
	double budget = c->minutes * 60;
	long *keep = xcalloc(s->n + 1, sizeof(*keep));
	double *len = xcalloc(s->n + 1, sizeof(*len));
	size_t n = 0;
	struct candidate *v = NULL;
	int ret = frame(s, c->lexicon, rate, len, seconds);

	for (size_t i = 0; i < s->n; i++)
		keep[i] = -1;
	if (!ret) {
		v = candidates(s, c, &n);
		ret = fill(s, c, v, n, rate, budget, keep, len, seconds);
	}
	/* Short of the budget's 90%: let one more story end up to 10% past it. */
	if (!ret && *seconds < budget * 0.9)
		ret = fill(s, c, v, n, rate, budget * 1.1, keep, len, seconds);
	if (!ret)
		apply(s, keep, len);
	free(v);
	free(len);
	free(keep);
	return ret;
}
