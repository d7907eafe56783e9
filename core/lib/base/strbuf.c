/*
 * strbuf.c - the growable string buffer of crier/strbuf.h.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <crier/plugin.h>
#include "xalloc.h"

char crier_strbuf_empty[1];

void crier_strbuf_init(struct crier_strbuf *sb)
{
	sb->buf = crier_strbuf_empty;
	sb->len = 0;
	sb->alloc = 0;
}

void crier_strbuf_release(struct crier_strbuf *sb)
{
	if (sb->alloc)
		free(sb->buf);
	crier_strbuf_init(sb);
}

char *crier_strbuf_detach(struct crier_strbuf *sb)
{
	char *s = sb->alloc ? sb->buf : xstrdup("");

	crier_strbuf_init(sb);
	return s;
}

void crier_strbuf_grow(struct crier_strbuf *sb, size_t extra)
{
	int fresh = !sb->alloc;
	size_t need;

	if (extra > SIZE_MAX / 2 - sb->len)
		xdie("string too long");
	need = sb->len + extra + 1;
	if (need <= sb->alloc)
		return;
	sb->alloc = need + need / 2 + 16;
	sb->buf = xrealloc(fresh ? NULL : sb->buf, sb->alloc);
	if (fresh)
		sb->buf[0] = '\0';
}

void crier_strbuf_setlen(struct crier_strbuf *sb, size_t len)
{
	if (!sb->alloc)
		return;
	sb->len = len;
	sb->buf[len] = '\0';
}

void crier_strbuf_reset(struct crier_strbuf *sb)
{
	crier_strbuf_setlen(sb, 0);
}

void crier_strbuf_add(struct crier_strbuf *sb, const void *data, size_t len)
{
	if (!len)
		return;
	crier_strbuf_grow(sb, len);
	memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

void crier_strbuf_adds(struct crier_strbuf *sb, const char *s)
{
	crier_strbuf_add(sb, s, strlen(s));
}

void crier_strbuf_addch(struct crier_strbuf *sb, int c)
{
	crier_strbuf_grow(sb, 1);
	sb->buf[sb->len++] = (char)c;
	sb->buf[sb->len] = '\0';
}

void crier_strbuf_vaddf(struct crier_strbuf *sb, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n <= 0)
		return;
	crier_strbuf_grow(sb, (size_t)n);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void crier_strbuf_addf(struct crier_strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	crier_strbuf_vaddf(sb, fmt, ap);
	va_end(ap);
}

void crier_strbuf_trim(struct crier_strbuf *sb)
{
	size_t start = 0, end = sb->len;

	while (start < end && isspace((unsigned char)sb->buf[start]))
		start++;
	while (end > start && isspace((unsigned char)sb->buf[end - 1]))
		end--;
	if (!sb->alloc)
		return;
	memmove(sb->buf, sb->buf + start, end - start);
	crier_strbuf_setlen(sb, end - start);
}

/* Appends what fp holds (named name in errors) to sb; does not close fp. */
static int read_stream(struct crier_strbuf *sb, FILE *fp, const char *name,
		       size_t max)
{
	char chunk[65536];
	size_t n, start = sb->len;

	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		if (max && sb->len - start + n > max)
			return crier_error("%s: larger than %zu bytes", name, max);
		crier_strbuf_add(sb, chunk, n);
	}
	if (ferror(fp))
		return crier_error("%s: %s", name, strerror(errno));
	return 0;
}

int crier_strbuf_read_file(struct crier_strbuf *sb, const char *path,
			   size_t max)
{
	int is_stdin = !strcmp(path, "-");
	FILE *fp = is_stdin ? stdin : fopen(path, "rb");
	int ret;

	if (!fp)
		return crier_error("%s: %s", path, strerror(errno));
	ret = read_stream(sb, fp, is_stdin ? "standard input" : path, max);
	if (!is_stdin)
		fclose(fp);
	return ret;
}

/* What kind of file st is, for a refusal. */
static const char *file_kind(const struct stat *st)
{
	if (S_ISFIFO(st->st_mode))
		return "a FIFO";
	if (S_ISSOCK(st->st_mode))
		return "a socket";
	if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))
		return "a device";
	return S_ISDIR(st->st_mode) ? "a directory" : "not a plain file";
}

int crier_strbuf_read_regular_file(struct crier_strbuf *sb, const char *path,
				   size_t max)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;
	FILE *fp;
	int ret;

	if (fd < 0)
		return crier_error("%s: %s", path, strerror(errno));
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		ret = crier_error("%s: not a regular file (%s); skipped", path,
				  file_kind(&st));
		close(fd);
		return ret;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	fp = fdopen(fd, "rb");
	if (!fp) {
		ret = crier_error("%s: %s", path, strerror(errno));
		close(fd);
		return ret;
	}
	ret = read_stream(sb, fp, path, max);
	fclose(fp);
	return ret;
}
