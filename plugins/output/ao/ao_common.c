/*
 * ao_common.c - libao set-up, formats and errors for the ao and wav
 * output plugins.
 */
#include <stdlib.h>
#include <string.h>

#include <crier/plugin.h>

#include "ao_common.h"

static int started;

void crier_ao_start(void)
{
	if (started)
		return;
	ao_initialize();
	atexit(ao_shutdown);
	started = 1;
}

void crier_ao_format(ao_sample_format *fmt, int rate)
{
	memset(fmt, 0, sizeof(*fmt));
	fmt->bits = 16;
	fmt->rate = rate;
	fmt->channels = 1;
	fmt->byte_format = AO_FMT_NATIVE;
}

const char *crier_ao_strerror(int err)
{
	switch (err) {
	case AO_ENODRIVER:
		return "no such driver";
	case AO_ENOTLIVE:
		return "not a live output driver";
	case AO_EBADOPTION:
		return "bad driver option";
	case AO_EOPENDEVICE:
		return "cannot open the device (is a sound server or card available?)";
	case AO_EOPENFILE:
		return "cannot open the file";
	case AO_EFILEEXISTS:
		return "the file exists";
	default:
		return "unknown libao error";
	}
}

int crier_ao_play(ao_device *dev, const char *driver, const int16_t *samples,
		  size_t n)
{
	size_t bytes = n * sizeof(*samples);

	if (bytes > UINT32_MAX)
		return crier_error("audio chunk too large");
	if (!ao_play(dev, (char *)samples, (uint_32)bytes))
		return crier_error("audio driver '%s': write failed (device gone or disk full?)",
				   driver);
	return 0;
}
