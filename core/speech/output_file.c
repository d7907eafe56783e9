/*
 * output_file.c - temporary files renamed over the destination, so that a
 * failed or killed briefing never leaves half a file.
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
static int direct(const char *dest)
{
	struct stat st;

	return !strcmp(dest, "-") || (!stat(dest, &st) && !S_ISREG(st.st_mode));
}

/* "DIR/.NAME.crier-PID-N": hidden, beside dest, on the same file system. */
static char *temp_name(const char *dest, unsigned n)
{
	struct crier_strbuf b = CRIER_STRBUF_INIT;
	const char *slash = strrchr(dest, '/');

	if (slash)
		crier_strbuf_addf(&b, "%.*s", (int)(slash + 1 - dest), dest);
	crier_strbuf_addf(&b, ".%s.crier-%ld-%u", slash ? slash + 1 : dest,
			  (long)getpid(), n);
	return crier_strbuf_detach(&b);
}

int output_file_create(struct output_file *f, const char *dest)
{
	int fd = -1;

	memset(f, 0, sizeof(*f));
	f->dest = xstrdup(dest);
	if (direct(dest)) {
		f->path = xstrdup(dest);
		return 0;
	}
	for (unsigned n = 0; fd < 0 && n < 100; n++) {
		free(f->path);
		f->path = temp_name(dest, n);
		fd = open(f->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0) {
		const char *why = output_file_problem(dest);

		return crier_error("%s: cannot open the file (%s)", dest,
				   why ? why : strerror(errno));
	}
	close(fd);
	f->temporary = 1;
	return 0;
}

int output_file_commit(struct output_file *f)
{
	int fd, err = 0;

	if (!f->temporary)
		return 0;
	fd = open(f->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fsync(fd))
		err = errno;
	if (fd >= 0)
		close(fd);
	if (!err && rename(f->path, f->dest))
		err = errno;
	if (err)
		return crier_error("%s: cannot finish the file (%s)", f->dest,
				   strerror(err));
	f->temporary = 0;
	return 0;
}

void output_file_release(struct output_file *f)
{
	if (f->temporary)
		unlink(f->path);
	free(f->path);
	free(f->dest);
	memset(f, 0, sizeof(*f));
}
