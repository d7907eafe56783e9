/*
 * pcm_spool.c - PCM in an unlinked temporary file; see pcm_spool.h.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <crier/plugin.h>

#include "pcm_spool.h"

static int spool_error(const char *what)
{
	int err = errno;

	return crier_error("%s the temporary PCM file in %s: %s", what,
			   getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
			   err == ENOSPC ? "disk full" : strerror(err));
}

int pcm_spool_open(struct pcm_spool *s)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	int fd;

	s->n = 0;
	s->fp = NULL;
	snprintf(path, sizeof(path), "%s/crier-pcm.XXXXXX",
		 dir && *dir ? dir : "/tmp");
	fd = mkstemp(path);
	if (fd < 0)
		return spool_error("cannot make");
	unlink(path);
	s->fp = fdopen(fd, "w+b");
	if (!s->fp) {
		close(fd);
		return spool_error("cannot open");
	}
	return 0;
}

int pcm_spool_add(struct pcm_spool *s, const int16_t *samples, size_t n)
{
	if (n && fwrite(samples, sizeof(*samples), n, s->fp) != n)
		return spool_error("cannot write");
	s->n += n;
	return 0;
}

int pcm_spool_rewind(struct pcm_spool *s)
{
	if (fflush(s->fp) || fseek(s->fp, 0, SEEK_SET))
		return spool_error("cannot write");
	return 0;
}

long pcm_spool_read(struct pcm_spool *s, int16_t *buf, size_t max)
{
	size_t got = fread(buf, sizeof(*buf), max, s->fp);

	if (got < max && ferror(s->fp))
		return spool_error("cannot read");
	return (long)got;
}

void pcm_spool_close(struct pcm_spool *s)
{
	if (s->fp)
		fclose(s->fp);
	s->fp = NULL;
}
