/*
 * audio.c - audio output through libao.
 *
 * A WAV file is written to PATH.part beside its destination and renamed
 * to PATH only once it is complete (every sample written, header
 * finished, synced): at the destination there is the whole file or none,
 * never one a kill or a full disk cut short.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
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
	char *path;		/* a WAV file's destination, or NULL (live) */
	char *part;		/* what is written until it is complete */
	int write_failed;
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

/* The device buffer asked of live drivers (audio_live_buffer()). */
static char live_buffer_ms[16] = "500";

void audio_live_buffer(int ms)
{
	snprintf(live_buffer_ms, sizeof(live_buffer_ms), "%d", ms);
}

static ao_device *open_id(int id, ao_sample_format *fmt, int quiet)
{
	int saved = quiet ? silence_stderr() : -1;
	ao_option buffer = { "buffer_time", live_buffer_ms, NULL };
	ao_device *dev = ao_open_live(id, fmt, &buffer);
	int err = errno;

	if (!dev && err == AO_EBADOPTION) {	/* a driver without the option */
		dev = ao_open_live(id, fmt, NULL);
		err = errno;
	}

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

/*
 * Why a file cannot be made at path (a strerror() text), or NULL when
 * nothing stands in the way that can be seen without creating it.
 */
static const char *file_problem(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	struct stat st;
	int err = 0;

	if (slash)
		slash[slash == dir] = '\0';	/* "/x.wav": the directory is "/" */
	if (!stat(path, &st) && S_ISDIR(st.st_mode))
		err = EISDIR;
	else if (access(slash ? dir : ".", W_OK))
		err = errno;
	else if (!access(path, F_OK) && access(path, W_OK))
		err = errno;
	free(dir);
	return err ? strerror(err) : NULL;
}

int audio_check(const char *output, const char *driver)
{
	const char *why;

	if (output) {
		why = file_problem(output);
		return why ? crier_error("%s: cannot open the file (%s)", output, why) : 0;
	}
	if (!driver)
		return 0;
	ensure_ao();
	if (ao_driver_id(driver) >= 0)
		return 0;
	return crier_error("audio driver '%s': libao has no such driver "
			   "(try pulse, alsa, null, or --output FILE.wav)", driver);
}

struct audio *audio_open_file(const char *path, int rate)
{
	struct crier_strbuf part = CRIER_STRBUF_INIT;
	ao_sample_format fmt;
	struct audio *a = NULL;
	ao_device *dev;
	int id;

	ensure_ao();
	id = ao_driver_id("wav");
	set_format(&fmt, rate);
	crier_strbuf_addf(&part, "%s.part", path);
	errno = 0;
	dev = ao_open_file(id, part.buf, 1, &fmt, NULL);
	if (!dev) {
		const char *why = errno == AO_EOPENFILE ? file_problem(path) : NULL;

		if (why)
			crier_error("%s: %s (%s)", path, open_error(errno), why);
		else
			crier_error("%s: %s", path, open_error(errno));
		goto out;
	}
	a = wrap(dev, id, rate);
	a->path = xstrdup(path);
	a->part = crier_strbuf_detach(&part);
out:
	crier_strbuf_release(&part);
	return a;
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
	errno = 0;
	if (!ao_play(a->dev, (char *)samples, (uint_32)bytes)) {
		a->write_failed = 1;
		if (a->path)
			return crier_error("%s: cannot write the file (%s)", a->path,
					   strerror(errno ? errno : EIO));
		return crier_error("audio driver '%s': write failed (device gone or disk full?)",
				   a->driver);
	}
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

/*
 * Checks that the closed file a->part holds every sample, syncs it and
 * renames it to a->path; else removes it.  0, or -1 with crier_error().
 */
static int finish_file(struct audio *a)
{
	struct stat st;
	int fd = open(a->part, O_RDONLY | O_CLOEXEC), err = 0;

	if (fd < 0 || fstat(fd, &st) || fsync(fd))
		err = errno;
	else if ((uint64_t)st.st_size < a->samples * sizeof(int16_t))
		err = ENOSPC;	/* stdio lost the end: the disk filled up */
	if (fd >= 0)
		close(fd);
	if (!err && a->write_failed)
		err = EIO;
	if (!err && rename(a->part, a->path))
		err = errno;
	if (!err)
		return 0;
	unlink(a->part);
	return crier_error("%s: the file could not be finished (%s); "
			   "nothing was left there", a->path, strerror(err));
}

int audio_close(struct audio *a)
{
	int ret = 0;

	if (!a)
		return 0;
	errno = 0;
	if (!ao_close(a->dev))
		ret = a->path ? crier_error("%s: the file could not be finished "
					    "(%s); nothing was left there", a->path,
					    strerror(errno ? errno : EIO)) :
				crier_error("audio: closing the device failed");
	if (a->path && ret)
		unlink(a->part);
	else if (a->path)
		ret = finish_file(a);
	free(a->path);
	free(a->part);
	free(a->driver);
	free(a);
	return ret;
}
