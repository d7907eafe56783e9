/*
 * config_numbers.c - finds integers in a config file that libconfig would
 * wrap (see config_numbers.h).
 *
 * libconfig 1.5 reads a plain integer literal into an int without a
 * check, so "rate = 4294967376;" reaches crier as 80.  This scanner reads
 * the file as libconfig's grammar does - strings, the three comment
 * styles, numbers - and refuses any integer literal outside an int that
 * has no 'L' suffix, before libconfig narrows it.  Files named by
 * "@include" are scanned the same way.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config_numbers.h"
#include "libcrier.h"

/* The file is read up to this many bytes; libconfig reads the rest. */
#define MAX_SCAN (16u << 20)
/* How deep "@include"s are followed (libconfig stops at 10). */
#define MAX_DEPTH 10

/* Moves *p past a string literal that starts at *p (a '"'). */
static void skip_string(const char **p, const char *end, int *line)
{
	const char *s = *p + 1;

	while (s < end && *s != '"') {
		if (*s == '\\' && s + 1 < end)
			s++;
		*line += *s == '\n';
		s++;
	}
	*p = s < end ? s + 1 : end;
}

/* Moves *p past a comment that starts at *p, if one does; 1 if it did. */
static int skip_comment(const char **p, const char *end, int *line)
{
	const char *s = *p;

	if (*s == '#' || (*s == '/' && s + 1 < end && s[1] == '/')) {
		while (s < end && *s != '\n')
			s++;
	} else if (*s == '/' && s + 1 < end && s[1] == '*') {
		for (s += 2; s < end && !(*s == '*' && s + 1 < end && s[1] == '/'); s++)
			*line += *s == '\n';
		s = s < end ? s + 2 : end;
	} else {
		return 0;
	}
	*p = s;
	return 1;
}

/*
 * Checks the number that starts at *p and moves past it: -1 (with
 * crier_error) when it is an integer out of an int's range without 'L'.
 */
static int check_number(const char **p, const char *end, const char *path,
			int line)
{
	const char *s = *p, *start = s;
	char text[64];
	size_t len;
	long long v;
	int hex;

	if (*s == '-' || *s == '+')
		s++;
	hex = s + 1 < end && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
	s += hex ? 2 : 0;
	while (s < end && (hex ? isxdigit((unsigned char)*s) : isdigit((unsigned char)*s)))
		s++;
	*p = s;
	if (s < end && (*s == '.' || *s == 'e' || *s == 'E' || *s == 'L'))
		return 0;	/* a float, or a 64-bit integer by request */
	len = (size_t)(s - start);
	if (len >= sizeof(text))
		len = sizeof(text) - 1;
	memcpy(text, start, len);
	text[len] = 0;
	errno = 0;
	v = strtoll(text, NULL, 0);
	if (errno != ERANGE && v >= INT_MIN && v <= INT_MAX)
		return 0;
	return crier_error("%s:%d: the integer %s%s is out of range (%d to %d)",
			   path, line, text, (size_t)(s - start) > len ? "..." : "",
			   INT_MIN, INT_MAX);
}

static int check_file(const char *path, int depth);

/*
 * Checks the file an "@include" at *p names (as libconfig finds it: a
 * relative name from the current directory) and moves past the name.
 */
static int check_include(const char **p, const char *end, int *line,
			 int depth)
{
	const char *s = *p + strlen("@include"), *name;
	char *file;
	int ret;

	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	*p = s;
	if (s >= end || *s != '"')
		return 0;	/* libconfig reports the syntax */
	name = s + 1;
	skip_string(p, end, line);
	file = strndup(name, (size_t)(*p - 1 - name));
	ret = file ? check_file(file, depth + 1) : 0;
	free(file);
	return ret;
}

/* How much of the open file fp to read: its size, at most MAX_SCAN. */
static size_t scan_size(FILE *fp)
{
	struct stat st;

	if (fstat(fileno(fp), &st) || !S_ISREG(st.st_mode) ||
	    (unsigned long long)st.st_size >= MAX_SCAN)
		return MAX_SCAN;
	return (size_t)st.st_size + 1;	/* + 1: a file still growing */
}

/* Checks one file, and the files it includes up to MAX_DEPTH deep. */
static int check_file(const char *path, int depth)
{
	FILE *fp = depth <= MAX_DEPTH ? fopen(path, "r") : NULL;
	char *buf;
	size_t n, max;
	int line = 1, ret = 0;

	if (!fp)
		return 0;	/* libconfig says why */
	max = scan_size(fp);
	buf = malloc(max);
	n = buf ? fread(buf, 1, max, fp) : 0;
	fclose(fp);
	for (const char *p = buf, *end = buf + n; p && p < end && !ret;) {
		if (*p == '@' && (size_t)(end - p) > strlen("@include") &&
		    !strncmp(p, "@include", strlen("@include"))) {
			ret = check_include(&p, end, &line, depth);
		} else if (*p == '"') {
			skip_string(&p, end, &line);
		} else if (skip_comment(&p, end, &line)) {
			continue;
		} else if (isdigit((unsigned char)*p) ||
			   ((*p == '-' || *p == '+') && p + 1 < end &&
			    isdigit((unsigned char)p[1]))) {
			ret = check_number(&p, end, path, line);
		} else if (isalpha((unsigned char)*p) || *p == '_') {
			while (p < end && (isalnum((unsigned char)*p) || *p == '_' ||
					   *p == '-' || *p == '*'))
				p++;	/* a name: "mp3" holds a digit */
		} else {
			line += *p == '\n';
			p++;
		}
	}
	free(buf);
	return ret;
}

int config_check_numbers(const char *path)
{
	return check_file(path, 0);
}
