/*
 * player.h - plays rendered speech to the audio output in small chunks,
 * obeying the live-control keys between chunks.
 */
#ifndef CRIER_PLAYER_H
#define CRIER_PLAYER_H

#include "audio.h"
#include "controls.h"
#include "speech.h"

/* On a live device, the audio queued at most (ms): the device's buffer. */
#define PLAYER_AHEAD_MS AUDIO_LIVE_BUFFER_MS

/* Why player_play() returned. */
enum play_end {
	PLAY_DONE,		/* played to the end */
	PLAY_NEXT,		/* the listener asked for the next story */
	PLAY_PREV,		/* ... the previous one */
	PLAY_SKIP_SOURCE,	/* ... to skip the rest of this source */
	PLAY_QUIT,		/* ... to stop (or crier was interrupted) */
	PLAY_ERROR,		/* the audio output failed; crier_error() set */
};

/*
 * Plays p on a.  With controls (controls_start() said yes), pausing,
 * resuming and r (back to the start of the current sentence) act within
 * the item, and the other controls end it early.  status (may be NULL) is called about ten times
 * a second with the position in samples, for the status line.
 */
enum play_end player_play(struct audio *a, const struct crier_pcm *p, int controls,
			  void (*status)(void *data, size_t pos, int paused),
			  void *data);

#endif
