/*
 * budget.c - choosing and trimming stories to fill a time budget.
 *
 * Greedy: candidates in priority order, each rendered piece by piece
 * (render.c) so that the length of its lead and of each sentence is known
 * exactly; a candidate is kept whole if it fits, else with as many
 * sentences as fit (at least one), else dropped.  A story is rendered
 * only as far as what is left of the budget could hold (a piece that
 * surely cannot fit, foreseen from the length of its text, is not
 * rendered at all: render.h), and each piece
 * at most once: the audio is cached while the budget is filled (a story
 * dropped in the first pass may fit, or fit further, in the second), and
 * what is kept is cut to the sentences kept, given its pause and handed
 * to the briefing to play.
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

/* One item's audio, each piece rendered once. */
struct rendered {
	struct crier_pcm pcm;	/* the pieces rendered, without the pause */
	size_t *starts;		/* where the lead and each sentence start */
	size_t next;		/* the first piece not rendered yet */
	int whole;		/* pcm is the whole item, pause included */
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

/* Renders the whole of item (intro, outro) into r, once. */
static int render_whole(const struct script_item *item,
			const struct crier_lexicon *lex, int rate,
			struct rendered *r)
{
	int ret;

	if (r->whole)
		return 0;
	crier_pcm_init(&r->pcm);
	ret = render_item(item, lex, rate, &r->pcm, NULL);
	r->whole = !ret;
	return ret;
}

/*
 * Renders more of item into r, unless what is there already passes
 * limit samples or is all of it; 0, 1 or -1 (render_pieces()).
 */
static int render_more(const struct script_item *item,
		       const struct crier_lexicon *lex, size_t limit,
		       struct rendered *r)
{
	if (!r->starts) {
		r->starts = xcalloc(item->summary.n + 1, sizeof(*r->starts));
		crier_pcm_init(&r->pcm);
	}
	if (r->next > item->summary.n || r->pcm.n > limit)
		return 0;
	return render_pieces(item, lex, limit, &r->pcm, r->starts, &r->next);
}

/* Where the lead and k sentences of r end (k + 1 < r->next pieces). */
static size_t end_of(const struct rendered *r, size_t k)
{
	return k + 1 < r->next ? r->starts[k + 1] : r->pcm.n;
}

/*
 * How many summary sentences of item fit in left seconds: all, some (at
 * least one), or -1 for none; *used gets their length, pause included.
 * Renders what is needed to know, once.
 */
static long fit(const struct script_item *item,
		const struct crier_lexicon *lex, int rate, double left,
		struct rendered *r, double *used, int *err)
{
	double pause = item->speech.pause_ms / 1000.0;
	double room = (left - pause) * rate;
	long k;

	*err = render_more(item, lex, room > 0 ? (size_t)room : 0, r);
	if (*err || !r->next)
		return -1;
	/* Sentences 1 .. next - 1 are rendered; the lead alone is no story. */
	k = (long)r->next - 1;
	if (r->next <= item->summary.n && k < 1)
		return -1;
	for (; k >= 0; k--) {
		*used = (double)end_of(r, (size_t)k) / rate + pause;
		if (*used <= left && (k >= 1 || !item->summary.n))
			return k;
	}
	return -1;
}

/*
 * Cuts r's audio to the lead and k sentences of item and adds the item's
 * pause: what rendering the trimmed item gives.
 */
static void trim(const struct script_item *item, struct rendered *r, long k,
		 int rate)
{
	struct crier_pcm *p = &r->pcm;

	p->n = end_of(r, (size_t)k);
	while (p->n_sentences && p->sentences[p->n_sentences - 1] >= p->n)
		p->n_sentences--;
	crier_pcm_silence(p, item->speech.pause_ms, rate);
}

static void rendered_release(struct rendered *r)
{
	crier_pcm_release(&r->pcm);
	free(r->starts);
	memset(r, 0, sizeof(*r));
}

/*
 * Drops the stories marked -1 in keep and trims the others to keep[i]
 * sentences; their durations become the measured ones in len, and their
 * audio moves from r to the start of r, in the new order.
 */
static void apply(struct script *s, const long *keep, const double *len,
		  struct rendered *r, int rate)
{
	size_t out = 0, number = 0;

	for (size_t i = 0; i < s->n; i++) {
		struct script_item *item = &s->items[i];
		struct rendered kept = r[i];

		if (item->kind == SCRIPT_STORY && keep[i] < 0) {
			script_item_release(item);
			rendered_release(&r[i]);
			continue;
		}
		if (item->kind == SCRIPT_STORY) {
			trim(item, &kept, keep[i], rate);
			while (item->summary.n > (size_t)keep[i])
				free(item->summary.sentences[--item->summary.n]);
			item->number = ++number;
		}
		item->seconds = len[i] - item->speech.pause_ms / 1000.0;
		memset(&r[i], 0, sizeof(r[i]));
		r[out] = kept;
		s->items[out++] = *item;
	}
	s->n = out;
	s->stories = number;
}

/* Measures the items that are not stories (intro, outro) into len. */
static int frame(const struct script *s, const struct crier_lexicon *lex,
		 int rate, struct rendered *r, double *len, double *seconds)
{
	*seconds = 0;
	for (size_t i = 0; i < s->n; i++) {
		int ret;

		if (s->items[i].kind == SCRIPT_STORY)
			continue;
		ret = render_whole(&s->items[i], lex, rate, &r[i]);
		if (ret)
			return ret;
		len[i] = (double)r[i].pcm.n / rate;
		*seconds += len[i];
	}
	return 0;
}

/* Takes candidates, whole or trimmed, while the total stays under limit. */
static int fill(const struct script *s, const struct config *c,
		const struct candidate *v, size_t n, int rate, double limit,
		long *keep, double *len, struct rendered *r, double *seconds)
{
	int ret = 0;

	for (size_t i = 0; !ret && i < n && limit - *seconds >= MIN_STORY_S; i++) {
		size_t item = v[i].item;
		long k;

		if (keep[item] >= 0)
			continue;
		k = fit(&s->items[item], c->lexicon, rate, limit - *seconds,
			&r[item], &len[item], &ret);
		if (k < 0)
			continue;
		keep[item] = k;
		*seconds += len[item];
	}
	return ret;
}

/* The kept audio as plain buffers (the first n of r); frees r. */
static struct crier_pcm *hand_over(struct rendered *r, size_t n, size_t all)
{
	struct crier_pcm *audio = xcalloc(n + 1, sizeof(*audio));

	for (size_t i = 0; i < n; i++) {
		audio[i] = r[i].pcm;
		free(r[i].starts);
	}
	for (size_t i = n; i < all; i++)
		rendered_release(&r[i]);
	free(r);
	return audio;
}

int budget_fit(struct script *s, const struct config *c, int rate,
	       double *seconds, struct crier_pcm **audio)
{
	double budget = c->minutes * 60;
	size_t all = s->n, n = 0;
	long *keep = xcalloc(all + 1, sizeof(*keep));
	double *len = xcalloc(all + 1, sizeof(*len));
	struct rendered *r = xcalloc(all + 1, sizeof(*r));
	struct candidate *v = NULL;
	int ret = frame(s, c->lexicon, rate, r, len, seconds);

	for (size_t i = 0; i < all; i++)
		keep[i] = -1;
	if (!ret) {
		v = candidates(s, c, &n);
		ret = fill(s, c, v, n, rate, budget, keep, len, r, seconds);
	}
	/* Short of the budget's 90%: let one more story end up to 10% past it. */
	if (!ret && *seconds < budget * 0.9)
		ret = fill(s, c, v, n, rate, budget * 1.1, keep, len, r, seconds);
	if (!ret)
		apply(s, keep, len, r, rate);
	*audio = hand_over(r, ret ? 0 : s->n, all);
	if (ret) {
		free(*audio);
		*audio = NULL;
	}
	free(v);
	free(len);
	free(keep);
	return ret;
}

void budget_audio_free(struct crier_pcm *audio, size_t n)
{
	for (size_t i = 0; audio && i < n; i++)
		crier_pcm_release(&audio[i]);
	free(audio);
}
