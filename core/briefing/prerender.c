/*
 * prerender.c - one script item rendered in a thread of its own.
 */
#include <stdio.h>
#include <string.h>

#include <crier/plugin.h>

#include "prerender.h"

void prerender_init(struct prerender *pr)
{
	memset(pr, 0, sizeof(*pr));
	crier_pcm_init(&pr->pcm);
	crier_pcm_init(&pr->spare);
}

/* Empties p, keeping what it has allocated. */
static void pcm_clear(struct crier_pcm *p)
{
	p->n = 0;
	p->n_sentences = 0;
	p->start = 0;
}

static void *run(void *data)
{
	struct prerender *pr = data;

	pr->ret = render_item(&pr->item, pr->lex, pr->rate, &pr->pcm, NULL);
	if (pr->ret < 0)
		snprintf(pr->error, sizeof(pr->error), "%s", crier_last_error());
	return NULL;
}

int prerender_start(struct prerender *pr, size_t index,
		    const struct script_item *item,
		    const struct crier_lexicon *lex, int rate)
{
	prerender_drop(pr);
	pr->pcm = pr->spare;
	crier_pcm_init(&pr->spare);
	pcm_clear(&pr->pcm);
	pr->index = index;
	pr->item = *item;
	pr->lex = lex;
	pr->rate = rate;
	pr->ret = 0;
	pr->error[0] = '\0';
	if (pthread_create(&pr->thread, NULL, run, pr))
		return -1;
	pr->busy = 1;
	return 0;
}

int prerender_has(const struct prerender *pr, size_t index)
{
	return pr->busy && pr->index == index;
}

/* Waits for the thread; the audio stays in pr->pcm. */
static void finish(struct prerender *pr)
{
	if (!pr->busy)
		return;
	pthread_join(pr->thread, NULL);
	pr->busy = 0;
}

int prerender_take(struct prerender *pr, struct crier_pcm *p)
{
	int ret;

	finish(pr);
	ret = pr->ret;
	if (ret < 0)
		crier_error("%s", pr->error);
	crier_pcm_release(p);
	*p = pr->pcm;
	crier_pcm_init(&pr->pcm);
	return ret;
}

void prerender_drop(struct prerender *pr)
{
	finish(pr);
	crier_pcm_release(&pr->pcm);
	crier_pcm_init(&pr->pcm);
}

void prerender_give(struct prerender *pr, struct crier_pcm *p)
{
	if (p->alloc < pr->spare.alloc) {
		crier_pcm_release(p);
		return;
	}
	crier_pcm_release(&pr->spare);
	pr->spare = *p;
	crier_pcm_init(p);
}

void prerender_release(struct prerender *pr)
{
	prerender_drop(pr);
	crier_pcm_release(&pr->spare);
}
