/*
 * print_stream.c - the real standard output on a private descriptor,
 * descriptor 1 on standard error meanwhile; see print_stream.h.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "print_stream.h"

FILE *print_stream_open(void)
{
	FILE *fp;
	int fd;

	fflush(stdout);
	fd = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
	if (fd < 0)
		return stdout;
	fp = fdopen(fd, "w");
	if (!fp || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
		if (fp)
			fclose(fp);
		else
			close(fd);
		return stdout;
	}
	if (isatty(fd))
		setvbuf(fp, NULL, _IOLBF, 0);
	return fp;
}

void print_stream_close(FILE *fp)
{
	if (fp == stdout)
		return;
	fflush(stdout);		/* a plugin's printf(): to standard error */
	fflush(fp);
	dup2(fileno(fp), STDOUT_FILENO);
	fclose(fp);
}
