/*
 * mpris.h - crier on the desktop's session bus as an MPRIS 2 media player
 * (org.mpris.MediaPlayer2 and .Player), so that media keys, headset
 * buttons, the desktop's media panel and playerctl control a live
 * briefing.
 *
 * One player per process.  Calls from the bus become the same controls as
 * the terminal's keys (see keys.h): mpris_take() hands them to the
 * player, which tells mpris_status(), mpris_track() and mpris_position()
 * what it did, so that both agree.  Without a session bus (a systemd
 * timer, ssh, CI) or without libsystemd, mpris_start() says nothing and
 * everything else does nothing.
 */
#ifndef CRIER_MPRIS_H
#define CRIER_MPRIS_H

#include "keys.h"

/* What is playing: a story, or the intro or outro. */
struct mpris_track {
	unsigned number;	/* the item's place in the script: the track id */
	const char *title;	/* the headline, or "Introduction"/"Closing" */
	const char *artist;	/* the source's name, or "crier" */
	double seconds;		/* its length */
	int can_next;		/* a later story exists or may still come */
	int can_prev;		/* an earlier story exists */
};

/*
 * Takes the name org.mpris.MediaPlayer2.crier (or .crier.instancePID when
 * another crier has it) on the session bus.  Returns 1 when crier is on
 * the bus, 0 when there is no bus to be on.
 */
int mpris_start(void);
/* Says "Stopped" and leaves the bus; the player disappears.  Idempotent. */
void mpris_stop(void);
/* The descriptor to poll, with the events it waits for; -1 when off. */
int mpris_fd(short *events);
/* Handles what came from the bus; returns the next control asked for. */
enum key mpris_take(void);
/* The item now playing; its position starts at 0. */
void mpris_track(const struct mpris_track *t);
/* The current item's length, once it is known better than estimated. */
void mpris_length(double seconds);
/* Playing or paused, as the player now is. */
void mpris_status(int paused);
/* Where playback is within the item, in seconds (not signalled). */
void mpris_position(double seconds);
/* The position jumped (a repeated sentence): the Seeked signal. */
void mpris_seeked(double seconds);

#endif
