/*
 * output_file.c - a destination written under a temporary name and
 * renamed when complete; see output_file.h.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "libcrier.h"
#include "output_file.h"
#include "base/xalloc.h"

/* The temporary files this process has open (the audio, its .vtt). */
#define PENDING_MAX 4
static const char *volatile pending[PENDING_MAX];
static pid_t pending_owner;

void output_file_remove_all(void)
{
	if (getpid() != pending_owner)
		return;	/* a forked child: the files are not its own */
	for (int i = 0; i < PENDING_MAX; i++)
		if (pending[i])
			unlink(pending[i]);
}

static void pending_add(const char *part)
{
	static int at_exit;

	if (!at_exit && !atexit(output_file_remove_all))
		at_exit = 1;
	pending_owner = getpid();
	for (int i = 0; i < PENDING_MAX; i++)
		if (!pending[i]) {
			pending[i] = part;
			return;
		}
}

static void pending_drop(const char *part)
{
	for (int i = 0; i < PENDING_MAX; i++)
		if (pending[i] == part)
			pending[i] = NULL;
}

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

/*
 * The file dest stands for: dest, or the file a symbolic link names
 * (which may not exist yet: one level is followed then).  Allocated.
 */
static char *resolve(const char *dest)
{
	char link[PATH_MAX], *real;
	const char *slash;
	struct stat st;
	ssize_t n;

	if (lstat(dest, &st) || !S_ISLNK(st.st_mode))
		return xstrdup(dest);
	real = realpath(dest, NULL);
	if (real)
		return real;
	n = readlink(dest, link, sizeof(link) - 1);
	if (n <= 0)
		return xstrdup(dest);
	link[n] = '\0';
	slash = strrchr(dest, '/');
	if (link[0] == '/' || !slash)
		return xstrdup(link);
	real = xmalloc((size_t)(slash - dest) + 2 + (size_t)n);
	sprintf(real, "%.*s/%s", (int)(slash - dest), dest, link);
	return real;
}

/* The directory of path ("." when it has none), allocated. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;

	if (!slash)
		return xstrdup(".");
	dir = xstrdup(path);
	dir[slash == path ? 1 : slash - path] = '\0';
	return dir;
}

/*
 * Removes ".BASE.part-PID" files in dir whose process is gone: left by a
 * crier killed with SIGKILL while writing the same destination.
 */
static void remove_stale(const char *dir, const char *base)
{
	DIR *d = opendir(dir);
	size_t n = strlen(base);
	struct dirent *e;

	while (d && (e = readdir(d))) {
		const char *s = e->d_name, *digits = s + 1 + n + 6;
		char *end;
		long pid;

		if (s[0] != '.' || strncmp(s + 1, base, n) ||
		    strncmp(s + 1 + n, ".part-", 6))
			continue;
		errno = 0;
		pid = strtol(digits, &end, 10);
		if (end == digits || *end || pid <= 0 || errno)
			continue;
		if (pid != getpid() && kill((pid_t)pid, 0) && errno == ESRCH)
			unlinkat(dirfd(d), s, 0);
	}
	if (d)
		closedir(d);
}

/* Fails, naming path with the reason it cannot be made (err). */
static int open_error(const char *path, int err)
{
	const char *why = output_file_problem(path);

	return crier_error("%s: cannot open the file (%s)", path,
			   why ? why : strerror(err));
}

/* Makes f->part beside f->target; 0, or -1 with crier_error(). */
static int make_part(struct output_file *f)
{
	struct crier_strbuf part = CRIER_STRBUF_INIT;
	char *dir = dir_of(f->target);
	const char *slash = strrchr(f->target, '/');
	const char *base = slash ? slash + 1 : f->target;
	struct stat st;
	int fd, err;

	remove_stale(dir, base);
	crier_strbuf_addf(&part, "%s/.%s.part-%ld", dir, base, (long)getpid());
	unlink(part.buf);
	fd = open(part.buf, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	err = fd < 0 ? errno : 0;
	if (fd >= 0 && !stat(f->target, &st) && S_ISREG(st.st_mode))
		fchmod(fd, st.st_mode & 07777);
	if (fd >= 0)
		close(fd);
	free(dir);
	if (err) {
		crier_strbuf_release(&part);
		return open_error(f->path, err);
	}
	f->part = crier_strbuf_detach(&part);
	pending_add(f->part);
	return 0;
}

int output_file_create(struct output_file *f, const char *dest)
{
	memset(f, 0, sizeof(*f));
	f->path = xstrdup(dest);
	if (special(dest))
		return 0;
	f->target = resolve(dest);
	return make_part(f);
}

const char *output_file_writes(const struct output_file *f)
{
	return f->part ? f->part : f->path;
}

int output_file_renames(const struct output_file *f)
{
	return f->part != NULL;
}

/* Flushes the directory entry of a rename to disk (best effort). */
static void sync_dir(const char *path)
{
	char *dir = dir_of(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

int output_file_keep(struct output_file *f)
{
	int fd, err = 0;

	if (!f->part)
		return 0;
	fd = open(f->part, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fsync(fd))
		err = errno;
	if (fd >= 0)
		close(fd);
	if (!err && rename(f->part, f->target))
		err = errno;
	if (err) {
		output_file_remove(f);
		return crier_error("%s: cannot finish the file (%s); it was "
				   "left as it was", f->path, strerror(err));
	}
	sync_dir(f->target);
	pending_drop(f->part);
	free(f->part);
	f->part = NULL;
	return 0;
}

void output_file_remove(struct output_file *f)
{
	if (!f->part)
		return;
	pending_drop(f->part);
	unlink(f->part);
	free(f->part);
	f->part = NULL;
}

void output_file_release(struct output_file *f)
{
	output_file_remove(f);
	free(f->path);
	free(f->target);
	memset(f, 0, sizeof(*f));
}
