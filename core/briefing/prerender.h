/*
 * prerender.h - renders the next script item in a thread of its own while
 * the current one plays, so that a busy machine leaves no silence between
 * items that a WAV file of the same briefing lacks.
 *
 * The buffer of an item that has played can be given back
 * (prerender_give()): the next render writes into it, so that its pages
 * are reused instead of being returned to the kernel and faulted in again
 * for every item.
 *
 * One render at a time.  While one runs, the thread alone uses espeak-ng:
 * the caller must not speak, and must not change or free the item's
 * strings and sentences, until prerender_take() or prerender_drop().
 */
#ifndef CRIER_PRERENDER_H
#define CRIER_PRERENDER_H

#include <pthread.h>

#include "render.h"

struct prerender {
	pthread_t thread;
	int busy;			/* a render was started, not yet taken */
	size_t index;			/* the script index it renders */
	struct script_item item;	/* a shallow copy: the strings are borrowed */
	const struct crier_lexicon *lex;
	int rate;
	struct crier_pcm pcm;			/* the audio, owned until taken */
	struct crier_pcm spare;		/* a played item's buffer, for the next render */
	int ret;			/* render_item()'s result */
	char error[512];		/* crier_last_error() of a failed render */
};

void prerender_init(struct prerender *pr);
/*
 * Starts rendering item (index in its script) with the pronunciations of
 * lex (may be NULL) at rate.  Returns 0, or -1 when no thread could be
 * started (the caller then renders the item itself).
 */
int prerender_start(struct prerender *pr, size_t index,
		    const struct script_item *item,
		    const struct crier_lexicon *lex, int rate);
/* 1 when item index is being or has been rendered. */
int prerender_has(const struct prerender *pr, size_t index);
/*
 * Waits for the render and hands its audio to p (what p held is freed).
 * Returns what
 * render_item() returned (0; 1 interrupted; -1 with crier_error() set).
 */
int prerender_take(struct prerender *pr, struct crier_pcm *p);
/* Waits for a running render, if any, and throws it away. */
void prerender_drop(struct prerender *pr);
/*
 * Takes the buffer of p, an item that has played, for the next render to
 * write into (the larger of it and the spare is kept); p is left empty.
 * Must not be called while p's samples are still in use.
 */
void prerender_give(struct prerender *pr, struct crier_pcm *p);
/* prerender_drop(), and frees the spare buffer: the end of a briefing. */
void prerender_release(struct prerender *pr);

#endif
