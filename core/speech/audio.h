/*
 * audio.h - the output-plugin host: live sound or a file, through the
 * output plugins (see <crier/output.h> for the plugin's side).
 *
 * Live output is the "ao" plugin (libao: the default driver, or the
 * driver --driver or audio.driver names).  A file is written by the
 * plugin that lists its extension (case does not matter; audio.format in
 * the config names one for files whose extension no plugin lists, and
 * files without an extension are WAV).  crier creates a temporary file
 * beside the destination (output_file.h), the plugin writes it, and
 * after the plugin's close() crier flushes it to disk and renames it
 * over the destination: the destination is complete or as it was.  A
 * destination that is not a regular file ("-" for standard output, a
 * pipe, a device) is passed as it is and written directly.
 *
 * Samples are 16-bit signed, native endian, mono.  Every write is checked.
 * Errors name the plugin and the file or driver.
 */
#ifndef CRIER_AUDIO_H
#define CRIER_AUDIO_H

#include <stddef.h>
#include <stdint.h>

struct audio;
struct loader;
struct config;

/* The plugin that plays live. */
#define AUDIO_LIVE_PLUGIN "ao"

/*
 * The device buffer live drivers are asked for, in milliseconds: what the
 * player keeps queued (player.h), so that a write finds room even when
 * the sound server is slow to ask for more, and a key is heard within it
 * (a sound server plays what it holds; libao cannot drop it).  libao's
 * pulse driver keeps 20 ms of its own, which a busy machine lets run dry
 * many times a briefing, and cannot be asked for more than about 97 ms:
 * the ao plugin asks libpulse instead (plugins/output/ao/ao.c).
 */
#define AUDIO_LIVE_BUFFER_MS 200

/*
 * Remembers where output plugins come from (l) and the config's audio
 * group and audio.format (c).  Both must outlive the outputs opened
 * after.  Loads nothing.
 */
void audio_setup(struct loader *l, const struct config *c);
/*
 * Opens driver (a libao driver name; NULL: libao's default live driver)
 * for live output at rate samples per second.  NULL with crier_error()
 * set, naming the driver and what to try instead.
 */
struct audio *audio_open_live(const char *driver, int rate);

/* Opens the file path (see the top), replacing what it held. */
struct audio *audio_open_file(const char *path, int rate);
/*
 * Opens the output a command asks for: the file output when not NULL,
 * else driver (NULL: libao's default); when the default device cannot be
 * opened, says so on stderr and writes fallback_wav instead.
 */
struct audio *audio_open_for(const char *output, const char *driver,
			     const char *fallback_wav, int rate);
/*
 * Checks, before a briefing starts, what audio_open_for() will need:
 * that a file can be made at output (its directory writable; creates
 * nothing), or that the live plugin opens driver when one is named (it
 * is opened and closed at once; the default device is not tried).
 * Returns 0, or -1 with crier_error() naming the file or driver and why.
 */
int audio_check(const char *output, const char *driver);
/* Plays n samples; -1 with crier_error() when the plugin fails. */
int audio_write(struct audio *a, const int16_t *samples, size_t n);
/*
 * Starts a chapter at the current sample, ending the one before: title
 * (never NULL), source and link (may be NULL) are copied.  The chapters
 * go to the plugin's close(), and their "source: title" lines to its
 * info->comment.
 */
void audio_chapter(struct audio *a, const char *title, const char *source,
		   const char *link);
/* Samples per second. */
int audio_rate(const struct audio *a);
/* When the first sample was written (CLOCK_MONOTONIC seconds), or 0. */
double audio_first_write(const struct audio *a);
/* Samples written so far. */
uint64_t audio_samples(const struct audio *a);
/* 1 when a writes a file, 0 when it plays live. */
int audio_is_file(const struct audio *a);
/*
 * 1 when a is a live device that plays as time passes: not a file, and
 * not libao's "null" driver, which takes any amount at once.
 */
int audio_plays_in_time(const struct audio *a);
/*
 * 1 when a writes a temporary file that audio_close() renames over the
 * destination (so nothing is at the destination before), 0 when it
 * plays live or writes a pipe, device or standard output directly.
 */
int audio_renames(const struct audio *a);
/*
 * Finishes: the plugin's close() with the chapters, then for a file
 * fsync and the rename over the destination.  Frees a (may be NULL).
 * Returns 0, or -1 with crier_error() (the temporary file is then
 * removed and the destination left as it was).
 */
int audio_close(struct audio *a);
/*
 * Gives up: the plugin's abort(); a temporary file is removed (the
 * destination is left as it was; what went to a pipe or device stays).
 * Frees a (may be NULL).
 */
void audio_abort(struct audio *a);

#endif
