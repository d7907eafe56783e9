/*
 * forker.c - the worker-forking helper process (see forker.h).
 *
 * The protocol is datagrams on a socketpair: a request is a size_t job;
 * an answer is a struct forker_event, with the pipe's descriptor attached
 * to FORKER_STARTED.  The forker reaps its workers and sends FORKER_ENDED
 * for each; it exits, killing its workers, when crier closes the socket.
 *
 * Each worker leads a process group of its own, which every process a
 * plugin starts joins: when a worker ends, or is killed, the whole group
 * is killed, so that no process a plugin left behind runs on (or holds
 * the worker's pipe open).  A process that left the group (setsid()) is
 * caught another way: the forker and every worker are subreapers
 * (PR_SET_CHILD_SUBREAPER), so such a process becomes the worker's child
 * when its parent ends, and the forker's when the worker ends; the forker
 * kills every child of its own that is not a worker.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "forker.h"
#include "libcrier.h"
#include "base/xalloc.h"

struct forker {
	pid_t pid;
	int sock;
};

/* The forker's record of a running worker. */
struct worker {
	pid_t pid;
	size_t job;
};

static int send_event(int sock, const struct forker_event *ev, int fd)
{
	char ctl[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { (void *)ev, sizeof(*ev) };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
	struct cmsghdr *c;

	if (fd >= 0) {
		memset(ctl, 0, sizeof(ctl));
		msg.msg_control = ctl;
		msg.msg_controllen = sizeof(ctl);
		c = CMSG_FIRSTHDR(&msg);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &fd, sizeof(int));
	}
	while (sendmsg(sock, &msg, 0) < 0)
		if (errno != EINTR)
			return -1;
	return 0;
}

/* In the forker: starts a worker for job and tells crier. */
static void spawn(int sock, size_t job, forker_work_fn *work, void *ctx,
		  struct worker **w, size_t *n, size_t *alloc)
{
	struct forker_event ev;
	int fds[2];

	memset(&ev, 0, sizeof(ev));	/* padding too: it is sent as bytes */
	ev.kind = FORKER_FAILED;
	ev.job = job;
	ev.fd = -1;
	if (pipe(fds) == 0) {
		ev.pid = fork();
		if (ev.pid == 0) {
			setpgid(0, 0);
			prctl(PR_SET_CHILD_SUBREAPER, 1);
			close(sock);
			close(fds[0]);
			work(ctx, job, fds[1]);
			_exit(0);
		}
		close(fds[1]);
		if (ev.pid > 0) {
			setpgid(ev.pid, ev.pid);	/* no race with the kill */
			ev.kind = FORKER_STARTED;
			*w = xgrow(*w, alloc, *n + 1, sizeof(**w));
			(*w)[*n].pid = ev.pid;
			(*w)[(*n)++].job = job;
		}
	}
	send_event(sock, &ev, ev.kind == FORKER_STARTED ? fds[0] : -1);
	if (ev.kind == FORKER_STARTED || ev.pid < 0)
		close(fds[0]);
}

/* The parent of process pid (from /proc), or -1. */
static pid_t parent_of(const char *pid)
{
	char path[64], line[512], *close_paren;
	FILE *fp;
	long ppid = -1;

	snprintf(path, sizeof(path), "/proc/%s/stat", pid);
	fp = fopen(path, "r");
	if (!fp)
		return -1;
	/* "pid (comm) state ppid ...": comm may hold spaces and parentheses */
	if (fgets(line, sizeof(line), fp)) {
		close_paren = strrchr(line, ')');
		if (!close_paren || sscanf(close_paren + 1, " %*c %ld", &ppid) != 1)
			ppid = -1;
	}
	fclose(fp);
	return (pid_t)ppid;
}

/* Kills child pid unless it is one of the n workers in w. */
static void kill_unless_worker(pid_t pid, const struct worker *w, size_t n)
{
	size_t i;

	for (i = 0; i < n && w[i].pid != pid; i++)
		;
	if (i == n)
		kill(pid, SIGKILL);
}

/*
 * kill_strays() with the kernel's list of the forker's children (the
 * forker has one thread, whose id is its pid): one small file instead of
 * every process's.  -1 when the kernel has no such list.
 */
static int kill_listed_strays(const struct worker *w, size_t n)
{
	char path[64];
	FILE *fp;
	long pid;

	snprintf(path, sizeof(path), "/proc/self/task/%ld/children",
		 (long)getpid());
	fp = fopen(path, "r");
	if (!fp)
		return -1;
	while (fscanf(fp, "%ld", &pid) == 1)
		kill_unless_worker((pid_t)pid, w, n);
	fclose(fp);
	return 0;
}

/*
 * In the forker: kills every child of the forker that is not one of the n
 * workers in w: processes that escaped a worker's group and were handed
 * to the forker, a subreaper, when their worker ended.
 */
static void kill_strays(const struct worker *w, size_t n)
{
	DIR *proc;
	struct dirent *d;
	pid_t self = getpid();

	if (!kill_listed_strays(w, n))
		return;
	proc = opendir("/proc");	/* a kernel without the list */
	while (proc && (d = readdir(proc)))
		if (isdigit((unsigned char)d->d_name[0]) &&
		    parent_of(d->d_name) == self)
			kill_unless_worker((pid_t)atol(d->d_name), w, n);
	if (proc)
		closedir(proc);
}

/*
 * In the forker: reports every worker that has ended.  Its group is killed
 * while the worker is still a zombie, so that its id cannot have been
 * given to another process yet.
 */
static void reap(int sock, struct worker *w, size_t *n)
{
	struct forker_event ev;
	siginfo_t info;
	pid_t pid;
	int reaped = 0;

	memset(&ev, 0, sizeof(ev));
	ev.kind = FORKER_ENDED;
	ev.fd = -1;
	for (;;) {
		info.si_pid = 0;
		if (waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) ||
		    !info.si_pid)
			break;
		pid = info.si_pid;
		kill(-pid, SIGKILL);
		waitpid(pid, &ev.status, 0);
		reaped = 1;
		for (size_t i = 0; i < *n; i++) {
			if (w[i].pid != pid)
				continue;
			ev.job = w[i].job;
			ev.pid = pid;
			send_event(sock, &ev, -1);
			w[i] = w[--*n];
			break;
		}
	}
	if (reaped)
		kill_strays(w, *n);
}

static void forker_main(int sock, forker_work_fn *work, void *ctx)
{
	struct pollfd pfd = { sock, POLLIN, 0 };
	struct worker *w = NULL;
	size_t n = 0, alloc = 0, job;

	prctl(PR_SET_CHILD_SUBREAPER, 1);
	signal(SIGINT, SIG_IGN);	/* crier decides when to stop */
	signal(SIGTERM, SIG_DFL);
	signal(SIGPIPE, SIG_IGN);
	for (;;) {
		int ready = poll(&pfd, 1, 50);

		if (ready > 0) {
			ssize_t got = recv(sock, &job, sizeof(job), 0);

			if (got == 0 || (got < 0 && errno != EINTR))
				break;
			if (got == (ssize_t)sizeof(job))
				spawn(sock, job, work, ctx, &w, &n, &alloc);
		}
		reap(sock, w, &n);
	}
	for (size_t i = 0; i < n; i++)
		kill(-w[i].pid, SIGKILL);
	do
		kill_strays(NULL, 0);	/* every child, escaped ones too */
	while (wait(NULL) > 0);
	free(w);
	_exit(0);
}

struct forker *forker_start(forker_work_fn *work, void *ctx)
{
	struct forker *f;
	int sv[2];
	pid_t pid;

	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv)) {
		crier_error("cannot create a socket pair: %s", strerror(errno));
		return NULL;
	}
	pid = fork();
	if (pid == 0) {
		close(sv[0]);
		forker_main(sv[1], work, ctx);
	}
	close(sv[1]);
	if (pid < 0) {
		crier_error("cannot start a process: %s", strerror(errno));
		close(sv[0]);
		return NULL;
	}
	f = xcalloc(1, sizeof(*f));
	f->pid = pid;
	f->sock = sv[0];
	return f;
}

int forker_spawn(struct forker *f, size_t job)
{
	while (send(f->sock, &job, sizeof(job), 0) < 0)
		if (errno != EINTR)
			return -1;
	return 0;
}

int forker_fd(const struct forker *f)
{
	return f->sock;
}

int forker_recv(struct forker *f, struct forker_event *ev)
{
	char ctl[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { ev, sizeof(*ev) };
	struct msghdr msg = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = ctl, .msg_controllen = sizeof(ctl),
	};
	struct cmsghdr *c;
	ssize_t got;

	while ((got = recvmsg(f->sock, &msg, MSG_CMSG_CLOEXEC)) < 0)
		if (errno != EINTR)
			return -1;
	if (got != (ssize_t)sizeof(*ev))
		return -1;
	ev->fd = -1;
	c = CMSG_FIRSTHDR(&msg);
	if (c && c->cmsg_type == SCM_RIGHTS)
		memcpy(&ev->fd, CMSG_DATA(c), sizeof(int));
	return 0;
}

void forker_stop(struct forker *f)
{
	if (!f)
		return;
	close(f->sock);
	waitpid(f->pid, NULL, 0);
	free(f);
}
