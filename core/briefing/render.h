/*
 * render.h - turning a script item into audio: its lead (intro,
 * transition or outro) and each summary sentence normalized for speech
 * and synthesized one by one, then the item's pause.
 *
 * Rendering piece by piece makes the sentence starts exact (for the
 * "repeat" key) and lets the time budget measure each sentence.
 */
#ifndef CRIER_RENDER_H
#define CRIER_RENDER_H

#include "script.h"
#include "speech/speech.h"

/*
 * Renders item into p (appending), with the pronunciations of lex (may
 * be NULL).  The voice follows the article's language unless the item's
 * source pins its own.  p->sentences gets the start of the
 * lead and of every sentence.  When starts is not NULL (room for
 * 1 + item->summary.n offsets), it gets where the lead and each summary
 * sentence begin in p.  Returns 0, 1 when interrupted, or -1 with
 * crier_error() set.
 */
int render_item(const struct script_item *item,
		const struct crier_lexicon *lex, int rate, struct crier_pcm *p,
		size_t *starts);
/*
 * Renders the pieces of item from piece *next on (0 is the lead, k the
 * k-th summary sentence) into p, as render_item() does but without the
 * pause, and stops once p holds more than limit samples: a budget needs
 * no more of the item.  Nor does it render a piece foreseen to end past
 * limit even when spoken half again as fast as the pieces it rendered
 * before (in this process, at their words per minute).  starts (room for 1 + item->summary.n) gets where
 * each piece begins; *next the first piece not rendered.  Returns 0, 1
 * when interrupted, or -1 with crier_error() set.
 */
int render_pieces(const struct script_item *item,
		  const struct crier_lexicon *lex, size_t limit,
		  struct crier_pcm *p, size_t *starts, size_t *next);

#endif
