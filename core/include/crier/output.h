/*
 * crier/output.h - audio output plugins: PCM and chapter marks in, sound
 * or a file out.  Included by <crier/plugin.h>; an output plugin sets
 * .kind to CRIER_PLUGIN_OUTPUT and .output to its ops.
 *
 * A briefing has one output, opened after speech has started:
 *
 *	open(settings, info, &state)	once, first
 *	write(state, samples, n)	any number of times, in order
 *	close(state, chapters, n)	once, when all went well (and when the
 *					listener stopped early: what was
 *					written so far is the briefing)
 *   or	abort(state)			once, instead of close(), when the
 *					briefing failed
 *
 * Calls never overlap (crier makes them from one thread at a time).
 * After close() or abort() the plugin gets no more calls for state.
 *
 * Files: crier picks the output plugin for "--output NAME.EXT" by EXT
 * among the extensions plugins list (audio.format in the config may name
 * one instead).  A file at the destination is complete or absent: when
 * the destination is a regular file (or does not exist yet), info->path
 * is NOT the destination but a temporary file crier created beside it
 * (".NAME.EXT.part-PID" in the same directory, empty).  Write it as
 * you like (forward or seeking, as the briefing goes or all at close());
 * do not rename, remove or re-create it, and do not take anything from
 * its name (the format is already chosen).  Once close() returned 0,
 * crier flushes it to disk (fsync) and renames it over the destination;
 * when close() fails, abort() was called instead, or crier dies, it is
 * removed and the destination keeps what it held.  Errors may name
 * info->path; crier adds the destination.  When the destination is not
 * a regular file (standard output as "-", a pipe, a device) crier
 * passes it as it is, nothing is renamed, and it may not be seekable: a
 * plugin that must seek (to fill in a length at the end) checks with
 * lseek() and, if it cannot, either buffers or says so from open() with
 * crier_error().
 *
 * Live: info->path is NULL; write() blocks as a sound card does, and
 * crier paces its writes so that little is queued (its controls act
 * within a tenth of a second).
 *
 * Memory: crier owns info, the samples and the chapters (valid during the
 * call only); the plugin owns state.  Errors: -1 with crier_error() naming
 * what failed ("disk full", the device, the file with strerror(errno));
 * crier adds the plugin's name and the destination.
 */
#ifndef CRIER_OUTPUT_H
#define CRIER_OUTPUT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct crier_settings;

/* What is to be written; owned by crier, valid until close()/abort(). */
struct crier_output_info {
	/*
	 * The file to write: a temporary file crier created beside the
	 * destination (empty; mode 0666 less umask, or that of the file it
	 * will replace) and renames over it after close(); or, as given, a
	 * pipe or device, or "-" for standard output.  Open it with O_TRUNC
	 * or "wb".  NULL for live output.
	 */
	const char *path;
	/* Live: the device or driver the user named (--driver, audio.driver),
	 * or NULL for the default.  NULL for files. */
	const char *device;
	int sample_rate;	/* samples per second; 16-bit signed native-endian mono */
	const char *title;	/* "Briefing for Wednesday, 2 December"; never NULL */
	const char *date;	/* ISO 8601 local date and time: "2026-12-02T07:00:00"; never NULL */
	const char *artist;	/* "crier"; never NULL */
	/*
	 * The stories, one "Source: headline" a line; may be "".  At open()
	 * it holds those known so far; by close() every story written (a
	 * file's tags are best written then).
	 */
	const char *comment;
	/*
	 * Live: the device buffer to ask for, in milliseconds (crier keeps
	 * about this much queued, and a key is heard within it: 200 ms); 0
	 * for the driver's own.  A
	 * driver without such an option ignores it.  0 for files.  Added
	 * in API 2 after the members above: read it only from a host of
	 * API 2 or later (every host that loads output plugins is).
	 */
	int buffer_ms;
};

/* A stretch of the briefing: one story, or the introduction or closing. */
struct crier_chapter {
	uint64_t start, end;	/* in samples from the first sample written */
	const char *title;	/* the headline, or "Introduction" / "Closing" */
	const char *source;	/* the source's name, or NULL */
	const char *link;	/* the article's URL, or NULL */
};

struct crier_output_ops {
	/*
	 * The file extensions this plugin writes, lower case without the dot
	 * ("wav"), ending with NULL; NULL for a live-only output.  crier
	 * matches "--output x.WAV" without regard to case.
	 */
	const char *const *extensions;
	/*
	 * Opens the device or file info describes and sets *state.  settings
	 * is the config's audio group: read your own keys from it (bitrate,
	 * say), with defaults.  -1 with crier_error() when the device or file
	 * cannot be opened; the reason should come from errno or the library
	 * ("cannot open the device (is a sound server running?)").  Required.
	 */
	int (*open)(const struct crier_settings *settings,
		    const struct crier_output_info *info, void **state);
	/*
	 * Plays or writes n samples (n may be 0).  Blocks until the device
	 * took them.  -1 with crier_error() on failure (device gone, disk
	 * full); crier then calls abort().  Required.
	 */
	int (*write)(void *state, const int16_t *samples, size_t n);
	/*
	 * Finishes: drains a device; for a file writes what is left (length
	 * fields, chapters, tags) and flushes it to the kernel (crier then
	 * fsyncs it and renames it over the destination).  chapters are in time order and do not overlap (n may
	 * be 0; they may be ignored).  Frees state either way.  Returns 0, or
	 * -1 with crier_error() when the file is not complete.  Required.
	 */
	int (*close)(void *state, const struct crier_chapter *chapters,
		     size_t n);
	/*
	 * Gives up: frees state and writes nothing more (crier removes the
	 * temporary file).  Must not fail.  Required.
	 */
	void (*abort)(void *state);
};

#ifdef __cplusplus
}
#endif

#endif
