/*
 * budget.h - fitting a briefing into a time budget (briefing.minutes),
 * measured on the audio that will be played, not estimated, and kept to
 * be played.
 */
#ifndef CRIER_BUDGET_H
#define CRIER_BUDGET_H

#include "config/config.h"
#include "script.h"

/*
 * Picks and trims the stories of s (intro, stories, outro) so that the
 * briefing lasts about c->minutes: stories are taken most important first
 * (a source's first story before anyone's second), newest first among
 * equals; a story that does not fit whole loses sentences from its end.
 * Every candidate is rendered once to measure it, and the audio of what
 * is kept is handed back: *audio (set on success) gets an array of s->n
 * buffers, in the final script's order, each the item's whole audio
 * (trimmed with it, the pause included) ready to play; free it with
 * budget_audio_free(*audio, s->n).  Stores the measured length in
 * *seconds.  Returns 0, 1 when interrupted, -1 with crier_error() when
 * synthesis failed.
 */
int budget_fit(struct script *s, const struct config *c, int rate,
	       double *seconds, struct crier_pcm **audio);
/* Frees the n buffers budget_fit() handed back (audio may be NULL). */
void budget_audio_free(struct crier_pcm *audio, size_t n);

#endif
