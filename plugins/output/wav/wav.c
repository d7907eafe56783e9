/*
 * wav.c - the bundled WAV file output plugin: libao's "wav" driver, which
 * writes a RIFF header with the lengths filled in when it closes.  It
 * needs a seekable file for that; on a pipe or a terminal the lengths
 * stay those of an endless stream, which most readers accept.
 */
#include <errno.h>
#include <stdlib.h>

#include <ao/ao.h>
#include <crier/plugin.h>

#include "ao/ao_common.h"

static const char *const wav_extensions[] = { "wav", NULL };

static int wav_open(const struct crier_settings *settings,
		    const struct crier_output_info *info, void **state)
{
	ao_sample_format fmt;
	ao_device *dev;
	int id;

	(void)settings;
	if (!info->path)
		return crier_error("the wav output writes files; it does not play live");
	crier_ao_start();
	id = ao_driver_id("wav");
	if (id < 0)
		return crier_error("libao has no wav driver");
	crier_ao_format(&fmt, info->sample_rate);
	dev = ao_open_file(id, info->path, 1, &fmt, NULL);
	if (!dev)
		return crier_error("%s", crier_ao_strerror(errno));
	*state = dev;
	return 0;
}

static int wav_write(void *state, const int16_t *samples, size_t n)
{
	return crier_ao_play(state, "wav", samples, n);
}

static int wav_close(void *state, const struct crier_chapter *chapters,
		     size_t n)
{
	(void)chapters;
	(void)n;
	return ao_close(state) ? 0 : crier_error("cannot finish the WAV file");
}

static void wav_abort(void *state)
{
	ao_close(state);
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
