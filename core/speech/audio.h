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

/* Opens a WAV file (libao's "wav" driver), replacing it.  NULL on error. */
struct audio *audio_open_file(const char *path, int rate);
/*
 * Opens the output a command asks for: the WAV file output when not NULL,
 * else driver (NULL: libao's default); when the default device cannot be
 * opened, says so on stderr and writes fallback_wav instead.
 */
struct audio *audio_open_for(const char *output, const char *driver,
			     const char *fallback_wav, int rate);
/* Plays n samples; -1 with crier_error() when the driver fails. */
int audio_write(struct audio *a, const int16_t *samples, size_t n);
/* Samples per second. */
int audio_rate(const struct audio *a);
/* When the first sample was written (CLOCK_MONOTONIC seconds), or 0. */
double audio_first_write(const struct audio *a);
/* Samples written so far. */
uint64_t audio_samples(const struct audio *a);
/* Closes the device (finishing a WAV file's header); -1 on error. */
int audio_close(struct audio *a);
/* The driver's short name ("pulse", "wav"). */
const char *audio_driver(const struct audio *a);
/* Shuts libao down at exit. */
void audio_shutdown(void);

#endif
