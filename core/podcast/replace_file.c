/*
 * replace_file.c - temporary file, fsync, rename; see replace_file.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <crier/plugin.h>
#include <crier/strbuf.h>

#include "replace_file.h"

static const char *reason(int err)
{
	return err == ENOSPC || err == EDQUOT ? "disk full" : strerror(err);
}

static int write_all(int fd, const char *p, size_t len)
{
	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = ENOSPC;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int replace_file(const char *path, const void *data, size_t len)
{
	struct crier_strbuf tmp = CRIER_STRBUF_INIT;
	int fd, err = 0;

	crier_strbuf_addf(&tmp, "%s.tmp-XXXXXX", path);
	fd = mkstemp(tmp.buf);
	if (fd < 0) {
		err = errno;
		goto out;
	}
	fchmod(fd, 0644);
	if (write_all(fd, data, len) || fsync(fd))
		err = errno;
	if (close(fd) && !err)
		err = errno;
	if (!err && rename(tmp.buf, path))
		err = errno;
	if (err)
		unlink(tmp.buf);
out:
	crier_strbuf_release(&tmp);
	if (err)
		return crier_error("%s: %s", path, reason(err));
	return 0;
}
