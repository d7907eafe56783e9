/*
 * outfile.c - forward-only writes to crier's output path; see outfile.h.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <crier/plugin.h>

#include "outfile.h"

/* "disk full" reads better than strerror(ENOSPC) to a listener. */
static const char *reason(int err)
{
	if (err == ENOSPC || err == EDQUOT)
		return "disk full";
	return strerror(err);
}

int outfile_open(struct outfile *f, const char *path)
{
	f->path = path;
	f->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (f->fd < 0)
		return crier_error("%s: %s", path, strerror(errno));
	return 0;
}

int outfile_write(struct outfile *f, const void *data, size_t len)
{
	const char *p = data;

	while (len) {
		ssize_t n = write(f->fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return crier_error("%s: %s", f->path, reason(errno));
		if (n == 0)
			return crier_error("%s: disk full", f->path);
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int outfile_close(struct outfile *f)
{
	int fd = f->fd;

	f->fd = -1;
	if (fd >= 0 && close(fd) && errno != EINTR)
		return crier_error("%s: %s", f->path, reason(errno));
	return 0;
}

void outfile_discard(struct outfile *f)
{
	if (f->fd >= 0)
		close(f->fd);
	f->fd = -1;
}
