/*
 * wav.c - the bundled WAV file output plugin: libao's "wav" driver, which
 * writes a RIFF header with the lengths filled in when it closes.  It
 * needs a seekable file for that; on a pipe or a terminal the lengths
 * stay those of an endless stream, which most readers accept.
 *
 * libao writes through stdio, which may find a full disk only when it
 * flushes at the end: close() checks that the file holds every byte.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <ao/ao.h>
#include <crier/plugin.h>

#include "ao/ao_common.h"

static const char *const wav_extensions[] = { "wav", NULL };

struct wav {
	ao_device *dev;
	const char *path;	/* crier's info->path: valid until close() */
	unsigned long long bytes;	/* of samples written */
};

/* "disk full" reads better than strerror(ENOSPC) to a listener. */
static const char *reason(int err)
{
	if (err == ENOSPC || err == EDQUOT)
		return "disk full";
	return strerror(err ? err : EIO);
}

static int wav_open(const struct crier_settings *settings,
		    const struct crier_output_info *info, void **state)
{
	ao_sample_format fmt;
	struct wav *w;
	int id;

	(void)settings;
	if (!info->path)
		return crier_error("the wav output writes files; it does not play live");
	crier_ao_start();
	id = ao_driver_id("wav");
	if (id < 0)
		return crier_error("libao has no wav driver");
	crier_ao_format(&fmt, info->sample_rate);
	w = calloc(1, sizeof(*w));
	if (!w)
		return crier_error("out of memory");
	w->path = info->path;
	w->dev = ao_open_file(id, info->path, 1, &fmt, NULL);
	if (!w->dev) {
		crier_error("%s", crier_ao_strerror(errno));
		free(w);
		return -1;
	}
	*state = w;
	return 0;
}

static int wav_write(void *state, const int16_t *samples, size_t n)
{
	struct wav *w = state;

	errno = 0;
	if (crier_ao_play(w->dev, "wav", samples, n))
		return crier_error("cannot write the WAV file (%s)",
				   reason(errno));
	w->bytes += n * sizeof(*samples);
	return 0;
}

/* Whether a regular file at path holds fewer bytes than were written. */
static int short_file(const struct wav *w)
{
	struct stat st;

	return strcmp(w->path, "-") && !stat(w->path, &st) &&
	       S_ISREG(st.st_mode) &&
	       (unsigned long long)st.st_size < w->bytes;
}

static int wav_close(void *state, const struct crier_chapter *chapters,
		     size_t n)
{
	struct wav *w = state;
	int ret = 0;

	(void)chapters;
	(void)n;
	errno = 0;
	if (!ao_close(w->dev))
		ret = crier_error("cannot finish the WAV file (%s)", reason(errno));
	else if (short_file(w))
		ret = crier_error("cannot finish the WAV file (disk full: it "
				  "holds less than the %llu bytes written)",
				  w->bytes);
	free(w);
	return ret;
}

static void wav_abort(void *state)
{
	struct wav *w = state;

	ao_close(w->dev);
	free(w);
}

static const struct crier_output_ops wav_ops = {
	.extensions = wav_extensions,
	.open = wav_open,
	.write = wav_write,
	.close = wav_close,
	.abort = wav_abort,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "wav",
	.description = "WAV files through libao's wav driver",
	.version = "1.0",
	.kind = CRIER_PLUGIN_OUTPUT,
	.output = &wav_ops,
};
