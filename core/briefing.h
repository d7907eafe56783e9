/*
 * briefing.h - a whole briefing: fetch every source, summarize every
 * story, compose the script, and speak it (or print it for --dry-run).
 */
#ifndef CRIER_BRIEFING_H
#define CRIER_BRIEFING_H

#include "cli.h"
#include "config.h"
#include "loader.h"
#include "script.h"

/*
 * Fetches and summarizes every source of c into script.  A source that
 * fails is reported on stderr and counted in *failed; the rest go on.
 */
void briefing_compose(const struct config *c, struct loader *l,
		      struct script *script, size_t *failed);
/*
 * Speaks script to the output chosen by cli and c: --output or
 * audio.output (a WAV file), --driver or audio.driver, else libao's default
 * device, else briefing.wav in the current directory.  Returns an exit
 * status (EXIT_OK, EXIT_AUDIO or EXIT_INTERRUPTED).
 */
int briefing_speak(const struct script *script, const struct cli *cli,
		   const struct config *c);

#endif
