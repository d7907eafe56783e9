/*
 * publish.h - one run of "crier podcast": get the folder ready, then,
 * once the briefing has written the episode's audio and .vtt, add it to
 * the episode list, prune, and rewrite the feed.
 *
 * Order, so that a kill at any point leaves a feed that points only at
 * complete files: the audio (renamed into place by the output host),
 * the chapters JSON (replace_file), the episode list, feed.xml (both
 * replace_file), and only then the pruned episodes' files are removed.
 * A kill before the feed leaves at worst files the feed does not name.
 *
 * A feed.xml that is not one crier wrote (edited by hand, or another
 * program's) is kept as feed.xml.edited-YYYYMMDD-HHMMSS with a warning,
 * never overwritten unseen.  One run at a time: the folder is locked.
 */
#ifndef CRIER_PUBLISH_H
#define CRIER_PUBLISH_H

#include "episodes.h"
#include "podcast_config.h"

struct publish {
	const struct podcast_config *pc;	/* borrowed */
	struct episodes eps;
	char *id;		/* the new episode's id: "2026-12-03-0700" */
	char *audio;		/* its audio file's path, for --output */
	int64_t date;		/* when the run started */
	double seconds;		/* the audio's duration, set by the briefing */
	int lock_fd;
};

/*
 * Creates the folder if need be, locks it, reads the episode list, keeps
 * a hand-edited feed aside and picks the new episode's id and paths.
 * Returns 0, or -1 with crier_error() naming the folder or file.
 * Release p either way.
 */
int publish_prepare(struct publish *p, const struct podcast_config *pc);
/*
 * Adds the episode whose audio the briefing wrote, prunes, and rewrites
 * the list and the feed.  Returns 0, or -1 with crier_error() (the feed
 * then still names only complete files).
 */
int publish_episode(struct publish *p);
/*
 * Removes what a briefing that failed or was stopped may have left of
 * the new episode (its audio and .vtt); the feed never named them.
 */
void publish_discard(struct publish *p);
void publish_release(struct publish *p);

#endif
