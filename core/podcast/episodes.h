/*
 * episodes.h - the podcast's episodes, kept in crier's own state file in
 * the folder (.crier-episodes.json), newest last.
 *
 * crier never reads feed.xml back: the feed is written from this list
 * each run, so a feed edited by hand cannot confuse it (cmd_podcast.c
 * keeps such a feed aside).  The file also remembers fingerprints of the
 * last two feeds crier wrote, to tell a hand edit from its own.
 *
 * The JSON: { "version": 1, "feeds": [ HASH, ... ], "episodes": [ {
 * "id", "title", "description", "date" (Unix time), "audio",
 * "transcript", "chapters" (file names in the folder; the last two may
 * be absent), "bytes", "seconds", "type" }, ... ] }.
 */
#ifndef CRIER_EPISODES_H
#define CRIER_EPISODES_H

#include <stddef.h>
#include <stdint.h>

struct episode {
	char *id;		/* "2026-12-03-0700", unique in the list */
	char *title;
	char *description;	/* the stories, a line each; may be "" */
	int64_t date;		/* when it was made (Unix time) */
	char *audio;		/* file name in the folder */
	char *transcript;	/* the .vtt's name, or NULL */
	char *chapters;		/* the chapters JSON's name, or NULL */
	char *type;		/* the audio's MIME type */
	int64_t bytes;		/* the audio's size */
	double seconds;		/* its duration */
};

struct episodes {
	struct episode *e;	/* oldest first; owned */
	size_t n;
	uint64_t feeds[2];	/* fingerprints of the last feeds written */
};

/*
 * Reads path into eps (zeroed first).  A missing file is an empty list.
 * Returns 0, or -1 with crier_error() naming the file and what is wrong
 * (the file is then left as it is).  Release eps either way.
 */
int episodes_load(struct episodes *eps, const char *path);
/* Writes eps to path through replace_file().  -1 with crier_error(). */
int episodes_save(const struct episodes *eps, const char *path);
/* Appends e, taking its strings. */
void episodes_add(struct episodes *eps, struct episode *e);
/* Whether id is taken. */
int episodes_has(const struct episodes *eps, const char *id);
/*
 * Drops the oldest episodes beyond keep, moving them to *old (which the
 * caller releases with episodes_release()).
 */
void episodes_prune(struct episodes *eps, size_t keep, struct episodes *old);
/* Remembers fingerprint as the latest feed written. */
void episodes_feed_written(struct episodes *eps, uint64_t fingerprint);
void episode_release(struct episode *e);
void episodes_release(struct episodes *eps);
/* FNV-1a of len bytes: a feed's fingerprint. */
uint64_t episodes_fingerprint(const void *data, size_t len);

#endif
