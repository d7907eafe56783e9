/*
 * ao.c - the bundled live output plugin: libao's default driver, or the
 * driver the user named (--driver, audio.driver: "pulse", "alsa",
 * "null"...).  Live only: it lists no file extension.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ao/ao.h>
#include <crier/plugin.h>

#include "ao_common.h"

struct live {
	ao_device *dev;
	char driver[32];	/* its short name, for messages */
};

/*
 * Probing for the default device makes ALSA print a page of complaints
 * on machines without a sound card; crier says what matters itself, so
 * standard error is silenced during the probe.  Returns the saved fd.
 */
static int silence_stderr(void)
{
	int saved = dup(STDERR_FILENO);
	int null = open("/dev/null", O_WRONLY);

	if (saved >= 0 && null >= 0)
		dup2(null, STDERR_FILENO);
	if (null >= 0)
		close(null);
	return saved;
}

static void restore_stderr(int saved)
{
	if (saved < 0)
		return;
	dup2(saved, STDERR_FILENO);
	close(saved);
}

/*
 * libao 1.2's pulse driver works out the stream's buffer from buffer_time
 * as a signed 32-bit product of microseconds and rate, which overflows
 * above about 97 ms at 22,050 Hz: asked for 200 ms the stream got 5 ms,
 * for 500 ms 13 ms, and a busy machine ran it dry many times a briefing.
 * So for pulse the buffer is asked of libpulse itself, through its
 * PULSE_LATENCY_MSEC (the whole latency, the sink's included), unless the
 * user set that; libao's option is then left out (returns 0).
 *
 * The variable is added once per process (crier asks for the same buffer
 * every time) and never changed, though crier's fetcher thread may be
 * running: glibc's setenv() leaves the environment it did not allocate
 * in place, so a getenv() there reads the old list or the new one.
 */
static int pulse_buffer(int id, int buffer_ms)
{
	ao_info *info = ao_driver_info(id);
	char ms[16];

	if (buffer_ms <= 0 || !info || strcmp(info->short_name, "pulse") != 0)
		return buffer_ms;
	snprintf(ms, sizeof(ms), "%d", buffer_ms);
	setenv("PULSE_LATENCY_MSEC", ms, 0);
	return 0;
}

/*
 * Opens driver id asking for a device buffer of buffer_ms (libao's
 * buffer_time, or libpulse's latency for pulse; 0: the driver's own), and
 * without it for a driver that has no such option.
 */
static ao_device *open_id(int id, ao_sample_format *fmt, int buffer_ms,
			  int quiet)
{
	int saved = quiet ? silence_stderr() : -1;
	char ms[16];
	ao_option buffer = { "buffer_time", ms, NULL };
	ao_device *dev;
	int err;

	buffer_ms = pulse_buffer(id, buffer_ms);
	snprintf(ms, sizeof(ms), "%d", buffer_ms);
	dev = ao_open_live(id, fmt, buffer_ms > 0 ? &buffer : NULL);
	err = errno;
	if (!dev && err == AO_EBADOPTION) {
		dev = ao_open_live(id, fmt, NULL);
		err = errno;
	}
	restore_stderr(saved);
	errno = err;
	return dev;
}

/* The driver id for name (NULL: libao's default), or -1 with the error set. */
static int driver_id(const char *name)
{
	int saved = name ? -1 : silence_stderr();
	int id = name ? ao_driver_id(name) : ao_default_driver_id();

	restore_stderr(saved);
	if (id >= 0)
		return id;
	if (name)
		return crier_error("audio driver '%s': libao has no such driver "
				   "(try pulse, alsa, null, or --output FILE.wav)",
				   name);
	return crier_error("no audio device found (use --output FILE.wav "
			   "or --driver NAME)");
}

static int live_open(const struct crier_settings *settings,
		     const struct crier_output_info *info, void **state)
{
	ao_sample_format fmt;
	struct live *lv;
	int id;

	(void)settings;
	if (info->path)
		return crier_error("the ao output plays live; it writes no file");
	crier_ao_start();
	id = driver_id(info->device);
	if (id < 0)
		return -1;
	crier_ao_format(&fmt, info->sample_rate);
	lv = calloc(1, sizeof(*lv));
	if (!lv)
		return crier_error("out of memory");
	lv->dev = open_id(id, &fmt, info->buffer_ms, info->device == NULL);
	snprintf(lv->driver, sizeof(lv->driver), "%s",
		 ao_driver_info(id) ? ao_driver_info(id)->short_name : "?");
	if (!lv->dev) {
		crier_error("audio driver '%s': %s; try --driver NAME or --output FILE.wav",
			    lv->driver, crier_ao_strerror(errno));
		free(lv);
		return -1;
	}
	*state = lv;
	return 0;
}

static int live_write(void *state, const int16_t *samples, size_t n)
{
	struct live *lv = state;

	return crier_ao_play(lv->dev, lv->driver, samples, n);
}

static int live_close(void *state, const struct crier_chapter *chapters,
		      size_t n)
{
	struct live *lv = state;
	int ok = ao_close(lv->dev);

	(void)chapters;
	(void)n;
	free(lv);
	return ok ? 0 : crier_error("audio: closing the device failed");
}

static void live_abort(void *state)
{
	struct live *lv = state;

	ao_close(lv->dev);
	free(lv);
}

static const struct crier_output_ops live_ops = {
	.extensions = NULL,
	.open = live_open,
	.write = live_write,
	.close = live_close,
	.abort = live_abort,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "ao",
	.description = "live audio through libao (PulseAudio, ALSA, null...)",
	.version = "1.0",
	.kind = CRIER_PLUGIN_OUTPUT,
	.output = &live_ops,
	.init = NULL,
};
