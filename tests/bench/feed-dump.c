/*
 * feed-dump.c - runs the feed parser alone, for the benchmarks and for
 * debugging (not installed).
 *
 *	feed-dump [--json] FILE		prints the parsed feed as JSON
 *	feed-dump --bench [-n N] FILE...	parses every file N times in one
 *					process and prints MB/s (by wall
 *					clock and by CPU time)
 *	feed-dump --bench-libraries [-n N] FILE...
 *					the same for what libxml2 and
 *					json-c alone do of it: read each
 *					file into a tree, and free it
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <crier/plugin.h>
#include "feed/feed.h"

static char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t alloc = 0, n = 0, got;

	if (!fp) {
		fprintf(stderr, "feed-dump: %s: %s\n", path, strerror(errno));
		return NULL;
	}
	do {
		if (n == alloc) {
			alloc = alloc ? 2 * alloc : 65536;
			buf = realloc(buf, alloc);
			if (!buf)
				abort();
		}
		got = fread(buf + n, 1, alloc - n, fp);
		n += got;
	} while (got);
	fclose(fp);
	*len = n;
	return buf;
}

static int dump(const char *path)
{
	struct feed f;
	struct crier_strbuf out = CRIER_STRBUF_INIT;
	size_t len;
	char *data = slurp(path, &len);

	if (!data)
		return 1;
	if (feed_parse(data, len, NULL, NULL, &f) < 0) {
		fprintf(stderr, "feed-dump: %s: %s\n", path,
			crier_last_error());
		free(data);
		return 1;
	}
	feed_to_json(&f, &out);
	puts(out.buf);
	crier_strbuf_release(&out);
	feed_release(&f);
	free(data);
	return 0;
}

static void parse_whole(const char *data, size_t len)
{
	struct feed f;

	if (feed_parse(data, len, NULL, NULL, &f) == 0)
		feed_release(&f);
}

static int bench(int argc, char **argv, int rounds,
		 void (*parse)(const char *, size_t))
{
	struct timespec t0, t1, c0, c1;
	char **data = calloc(argc, sizeof(*data));
	size_t *len = calloc(argc, sizeof(*len)), total = 0;
	double secs, cpu;

	for (int i = 0; i < argc; i++) {
		data[i] = slurp(argv[i], &len[i]);
		if (!data[i])
			return 1;
		total += len[i];
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
	for (int r = 0; r < rounds; r++) {
		for (int i = 0; i < argc; i++)
			parse(data[i], len[i]);
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	cpu = (c1.tv_sec - c0.tv_sec) + (c1.tv_nsec - c0.tv_nsec) / 1e9;
	printf("%d files, %zu bytes x %d, %.3f s wall, %.3f s CPU: "
	       "%.1f MB/s wall, %.1f MB/s CPU\n", argc, total, rounds, secs,
	       cpu, total * (double)rounds / secs / 1e6,
	       total * (double)rounds / cpu / 1e6);
	for (int i = 0; i < argc; i++)
		free(data[i]);
	free(data);
	free(len);
	return 0;
}

int main(int argc, char **argv)
{
	int rounds = 1;

	if (argc > 1 && (!strcmp(argv[1], "--bench") ||
			 !strcmp(argv[1], "--bench-libraries"))) {
		void (*parse)(const char *, size_t) =
			argv[1][7] ? feed_read_only : parse_whole;

		if (argc > 3 && !strcmp(argv[2], "-n")) {
			rounds = atoi(argv[3]);
			return bench(argc - 4, argv + 4, rounds, parse);
		}
		return bench(argc - 2, argv + 2, rounds, parse);
	}
	if (argc > 1 && !strcmp(argv[1], "--json")) {
		argc--;
		argv++;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: feed-dump [--json] FILE\n"
			"       feed-dump --bench [-n ROUNDS] FILE...\n"
			"       feed-dump --bench-libraries [-n ROUNDS] FILE...\n");
		return 2;
	}
	return dump(argv[1]);
}
