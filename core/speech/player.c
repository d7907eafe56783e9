/*
 * player.c - chunked playback with live controls.
 *
 * A chunk is 50 ms of audio.  On a live device the player keeps at most
 * AHEAD_MS of audio queued beyond what has been heard, by the clock: with
 * the controls on it waits for room by waiting for the controls, so that
 * a control acts at once and what is heard changes within AHEAD_MS;
 * without them it sleeps.  The device is asked for a buffer of the same
 * size (AUDIO_LIVE_BUFFER_MS, audio.h), so a write finds room even when
 * the sound server is slow to ask for more.  200 ms is what a busy
 * machine needs (two busy loops per core, tests/bench/live_load.sh).  A
 * file, and libao's null driver without the controls, are written as
 * fast as they take it.
 */
#include <time.h>

#include "controls.h"
#include "player.h"

#define CHUNK_MS 50
#define AHEAD_MS PLAYER_AHEAD_MS

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Milliseconds to wait until the device has at most AHEAD_MS queued, given
 * done: when what was written so far will have been played.
 */
static int wait_ms(double done)
{
	double ahead = done - now() - AHEAD_MS / 1000.0;

	return ahead > 0 ? (int)(ahead * 1000) + 1 : 0;
}

/* Sleeps ms milliseconds (less when a signal comes). */
static void sleep_ms(int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000 };

	if (ms > 0)
		nanosleep(&ts, NULL);
}

/* Counts n more samples written into done. */
static void count(double *done, size_t n, int rate)
{
	double t = now();

	if (*done < t)
		*done = t;
	*done += (double)n / rate;
}

/* The start of the sentence that pos is in. */
static size_t sentence_start(const struct crier_pcm *p, size_t pos)
{
	size_t start = 0;

	for (size_t i = 0; i < p->n_sentences && p->sentences[i] <= pos; i++)
		start = p->sentences[i];
	/* Just after a sentence began, "repeat" means the one before. */
	return start;
}

/* Pauses or resumes, and says so to the desktop. */
static void set_paused(int *paused, int value)
{
	*paused = value;
	controls_paused(value);
}

/* Handles one control; returns 1 when it ends the item, with *end set. */
static int handle(enum key k, const struct crier_pcm *p, size_t *pos, int *paused,
		  enum play_end *end)
{
	switch (k) {
	case KEY_PAUSE:
		set_paused(paused, !*paused);
		return 0;
	case KEY_PLAY:
		set_paused(paused, 0);
		return 0;
	case KEY_HOLD:
		set_paused(paused, 1);
		return 0;
	case KEY_REPEAT:
		*pos = sentence_start(p, *pos);
		set_paused(paused, 0);
		return 0;
	case KEY_NEXT:
		*end = PLAY_NEXT;
		return 1;
	case KEY_PREV:
		*end = PLAY_PREV;
		return 1;
	case KEY_SKIP_SOURCE:
		*end = PLAY_SKIP_SOURCE;
		return 1;
	case KEY_QUIT:
	case KEY_TIMER:
		*end = PLAY_QUIT;
		return 1;
	default:
		return 0;
	}
}

enum play_end player_play(struct audio *a, const struct crier_pcm *p, int controls,
			  void (*status)(void *data, size_t pos, int paused),
			  void *data)
{
	size_t chunk = (size_t)audio_rate(a) * CHUNK_MS / 1000, pos = 0, n;
	enum play_end end = PLAY_DONE;
	int paused = 0, ticks = 0, live = controls || audio_plays_in_time(a);
	double done = 0;

	while (pos < p->n) {
		if (speech_interrupted())
			return PLAY_QUIT;
		if (live && !controls)
			sleep_ms(wait_ms(done));
		if (controls) {
			size_t was = pos;
			/* Wait for room in the device, or for a control. */
			int wait = paused ? 100 : wait_ms(done);

			if (handle(controls_read(wait), p, &pos, &paused, &end))
				return end;
			controls_position((double)pos / audio_rate(a), pos < was);
			if (!paused && wait_ms(done) > 0)
				continue;
		}
		if (status && (paused || ticks++ % 2 == 0))
			status(data, pos, paused);
		if (paused)
			continue;
		n = p->n - pos < chunk ? p->n - pos : chunk;
		if (live)
			count(&done, n, audio_rate(a));
		if (audio_write(a, p->samples + pos, n))
			return PLAY_ERROR;
		pos += n;
	}
	if (status)
		status(data, pos, 0);
	return PLAY_DONE;
}
