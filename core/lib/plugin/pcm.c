/*
 * pcm.c - the host's buffer of synthesized speech, which speech plugins
 * fill (crier/speech.h): samples, and the offsets where sentences start.
 */
#include <stdlib.h>
#include <string.h>

#include "libcrier.h"
#include "base/xalloc.h"

void crier_pcm_init(struct crier_pcm *p)
{
	memset(p, 0, sizeof(*p));
}

void crier_pcm_release(struct crier_pcm *p)
{
	free(p->samples);
	free(p->sentences);
	crier_pcm_init(p);
}

int crier_pcm_append(struct crier_pcm *p, const int16_t *s, size_t n)
{
	if (!p)
		return -1;
	p->samples = xgrow(p->samples, &p->alloc, p->n + n, sizeof(*p->samples));
	if (s)
		memcpy(p->samples + p->n, s, n * sizeof(*s));
	else
		memset(p->samples + p->n, 0, n * sizeof(*s));
	p->n += n;
	return 0;
}

void crier_pcm_silence(struct crier_pcm *p, int ms, int rate)
{
	crier_pcm_append(p, NULL, (size_t)rate * (size_t)ms / 1000);
}

/* Notes a sentence at the absolute offset at, unless it goes backwards. */
static void mark(struct crier_pcm *p, size_t at)
{
	if (p->n_sentences && p->sentences[p->n_sentences - 1] >= at)
		return;
	p->sentences = xgrow(p->sentences, &p->alloc_sentences,
			     p->n_sentences + 1, sizeof(*p->sentences));
	p->sentences[p->n_sentences++] = at;
}

int crier_pcm_mark(struct crier_pcm *p, size_t at)
{
	if (!p)
		return -1;
	mark(p, p->start + at);
	return 0;
}

void crier_pcm_begin(struct crier_pcm *p)
{
	p->start = p->n;
	mark(p, p->n);
}
