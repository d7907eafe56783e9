/*
 * output_file.c - creating the destination file before the output
 * plugin writes it, and flushing it to disk after.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "libcrier.h"
#include "output_file.h"
#include "base/xalloc.h"

const char *output_file_problem(const char *path)
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

/* 1 when dest is "-" or exists as something other than a regular file. */
static int special(const char *dest)
{
	struct stat st;

	return !strcmp(dest, "-") || (!stat(dest, &st) && !S_ISREG(st.st_mode));
}

int output_file_create(struct output_file *f, const char *dest)
{
	int fd;

	memset(f, 0, sizeof(*f));
	f->path = xstrdup(dest);
	if (special(dest))
		return 0;
	fd = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0) {
		const char *why = output_file_problem(dest);

		return crier_error("%s: cannot open the file (%s)", dest,
				   why ? why : strerror(errno));
	}
	close(fd);
	f->regular = 1;
	return 0;
}

int output_file_sync(struct output_file *f)
{
	int fd, err = 0;

	if (!f->regular)
		return 0;
	fd = open(f->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fsync(fd))
		err = errno;
	if (fd >= 0)
		close(fd);
	return err ? crier_error("%s: cannot flush the file to disk (%s)",
				 f->path, strerror(err)) : 0;
}

void output_file_remove(struct output_file *f)
{
	if (f->regular)
		unlink(f->path);
	f->regular = 0;
}

void output_file_release(struct output_file *f)
{
	free(f->path);
	memset(f, 0, sizeof(*f));
}
