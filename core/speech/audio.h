/*
 * audio.h - the audio output: a live libao driver or a WAV file.
 *
 * Samples are 16-bit signed, native endian, mono.  Every write is checked.
 */
#ifndef CRIER_AUDIO_H
#define CRIER_AUDIO_H

#include <stddef.h>
#include <stdint.h>

struct audio;

/*
 * Opens driver (a libao driver name; NULL: libao's default live driver)
 * for live output at rate samples per second.  NULL with crier_error()
 * set, naming the driver and what to try instead.
 */
struct audio *audio_open_live(const char *driver, int rate);

/*
 * Sets the device buffer that live drivers are asked for, in milliseconds
 * (default 500), for the devices opened after it.  libao's pulse driver
 * keeps 20 ms of its own, which a busy machine lets run dry many times a
 * briefing.  A sound server waits for a full buffer before it starts
 * playing, so with live controls it should be no more than the player
 * keeps queued (PLAYER_AHEAD_MS): what waits is heard after a key.
 */
void audio_live_buffer(int ms);
/*
 * Opens a WAV file (libao's "wav" driver) for path: it is written to
 * "path.part" and replaces path only when audio_close() finds it
 * complete.  NULL with crier_error() on error.
 */
struct audio *audio_open_file(const char *path, int rate);
/*
 * Opens the output a command asks for: the WAV file output when not NULL,
 * else driver (NULL: libao's default); when the default device cannot be
 * opened, says so on stderr and writes fallback_wav instead.
 */
struct audio *audio_open_for(const char *output, const char *driver,
			     const char *fallback_wav, int rate);
/*
 * Checks, before a briefing starts, what audio_open_for() will need:
 * that a WAV file can be made at output (its directory writable), or that
 * libao knows driver (may be NULL).  Opens and creates nothing.  Returns
 * 0, or -1 with crier_error() naming the file or driver and why.
 */
int audio_check(const char *output, const char *driver);
/* Plays n samples; -1 with crier_error() when the driver fails. */
int audio_write(struct audio *a, const int16_t *samples, size_t n);
/* Samples per second. */
int audio_rate(const struct audio *a);
/* When the first sample was written (CLOCK_MONOTONIC seconds), or 0. */
double audio_first_write(const struct audio *a);
/* Samples written so far. */
uint64_t audio_samples(const struct audio *a);
/*
 * Closes the device.  A WAV file's header is finished, the file checked
 * to hold every sample written, synced and renamed to its path; when any
 * of that fails, or a write failed, the file is removed (the path keeps
 * what it held before) and -1 returned with crier_error() saying why.
 * a may be NULL (0).
 */
int audio_close(struct audio *a);
/* The driver's short name ("pulse", "wav"). */
const char *audio_driver(const struct audio *a);
/* Shuts libao down at exit. */
void audio_shutdown(void);

#endif
