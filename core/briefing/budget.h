/*
 * budget.h - fitting a briefing into a time budget (briefing.minutes),
 * measured on the audio that will be played, not estimated.
 */
#ifndef CRIER_BUDGET_H
#define CRIER_BUDGET_H

#include "config/config.h"
#include "script.h"

/*
 * Picks and trims the stories of s (intro, stories, outro) so that the
 * briefing lasts about c->minutes: stories are taken most important first
 * (a source's first story before anyone's second), newest first among
 * equals; a story that does not fit whole
 * loses sentences from its end.  Every candidate is rendered to measure
 * it.  Stores the measured length in *seconds.  Returns 0, 1 when
 * interrupted, -1 with crier_error() when synthesis failed.
 */
int budget_fit(struct script *s, const struct config *c, int rate,
	       double *seconds);

#endif
