/*
 * audio.c - audio output through libao.
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include <ao/ao.h>

#include "audio.h"
#include "libcrier.h"
#include "base/xalloc.h"

struct audio {
	ao_device *dev;
	char *driver;
	uint64_t samples;
	int rate;
	double first_write;
};

static int ao_ready;

int audio_rate(const struct audio *a)
{
	return a->rate;
}

static void ensure_ao(void)
{
	if (!ao_ready) {
		ao_initialize();
		ao_ready = 1;
	}
}

void audio_shutdown(void)
{
	if (ao_ready)
		ao_shutdown();
	ao_ready = 0;
}

static void set_format(ao_sample_format *fmt, int rate)
{
	memset(fmt, 0, sizeof(*fmt));
	fmt->bits = 16;
	fmt->rate = rate;
	fmt->channels = 1;
	fmt->byte_format = AO_FMT_NATIVE;
}

static struct audio *wrap(ao_device *dev, int id, int rate)
{
	struct audio *a = xcalloc(1, sizeof(*a));
	ao_info *info = ao_driver_info(id);

	a->dev = dev;
	a->rate = rate;
	a->driver = xstrdup(info && info->short_name ? info->short_name : "?");
	return a;
}

static const char *open_error(int err)
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

static ao_device *open_id(int id, ao_sample_format *fmt, int quiet)
{
	int saved = quiet ? silence_stderr() : -1;
	ao_device *dev = ao_open_live(id, fmt, NULL);
	int err = errno;

	restore_stderr(saved);
	errno = err;
	return dev;
}

struct audio *audio_open_live(const char *driver, int rate)
{
	ao_sample_format fmt;
	ao_device *dev;
	int id, saved;

	ensure_ao();
	saved = driver ? -1 : silence_stderr();
	id = driver ? ao_driver_id(driver) : ao_default_driver_id();
	restore_stderr(saved);
	if (id < 0) {
		if (driver)
			crier_error("audio driver '%s': libao has no such driver "
				    "(try pulse, alsa, null, or --output FILE.wav)",
				    driver);
		else
			crier_error("no audio device found (use --output FILE.wav "
				    "or --driver NAME)");
		return NULL;
	}
	set_format(&fmt, rate);
	dev = open_id(id, &fmt, driver == NULL);
	if (!dev) {
		crier_error("audio driver '%s': %s; try --driver NAME or --output FILE.wav",
			    ao_driver_info(id)->short_name, open_error(errno));
		return NULL;
	}
	return wrap(dev, id, rate);
}

struct audio *audio_open_file(const char *path, int rate)
{
	ao_sample_format fmt;
	ao_device *dev;
	int id;

	ensure_ao();
	id = ao_driver_id("wav");
	set_format(&fmt, rate);
	dev = ao_open_file(id, path, 1, &fmt, NULL);
	if (!dev) {
		crier_error("%s: %s", path, open_error(errno));
		return NULL;
	}
	return wrap(dev, id, rate);
}

struct audio *audio_open_for(const char *output, const char *driver,
			     const char *fallback_wav, int rate)
{
	struct audio *a;

	if (output)
		return audio_open_file(output, rate);
	a = audio_open_live(driver, rate);
	if (a || driver)
		return a;
	fprintf(stderr, "crier: %s\ncrier: writing to %s instead\n",
		crier_last_error(), fallback_wav);
	return audio_open_file(fallback_wav, rate);
}

int audio_write(struct audio *a, const int16_t *samples, size_t n)
{
	size_t bytes = n * sizeof(*samples);

	if (bytes > UINT32_MAX)
		return crier_error("audio chunk too large");
	if (!a->first_write) {
		struct timespec ts;

		clock_gettime(CLOCK_MONOTONIC, &ts);
		a->first_write = (double)ts.tv_sec + ts.tv_nsec / 1e9;
	}
	if (!ao_play(a->dev, (char *)samples, (uint_32)bytes))
		return crier_error("audio driver '%s': write failed (device gone or disk full?)",
				   a->driver);
	a->samples += n;
	return 0;
}

double audio_first_write(const struct audio *a)
{
	return a->first_write;
}

uint64_t audio_samples(const struct audio *a)
{
	return a->samples;
}

const char *audio_driver(const struct audio *a)
{
	return a->driver;
}

int audio_close(struct audio *a)
{
	int ok;

	if (!a)
		return 0;
	ok = ao_close(a->dev);
	free(a->driver);
	free(a);
	return ok ? 0 : crier_error("audio: closing the device failed");
}
