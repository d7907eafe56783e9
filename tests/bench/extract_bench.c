/*
 * extract_bench.c - times crier_extract() in one process (noinst).
 *
 *	extract_bench [-n ROUNDS] [-p | -o DIR] FILE...
 *
 * Reads every FILE (a .html page) into memory, then extracts all of them
 * ROUNDS times (default 5) and prints pages per second, by the clock and
 * by the process's CPU time (which other jobs on the machine do not eat).  With -p it
 * extracts each page once and prints its body instead (a driver for the
 * scorer when crier itself is not at hand); with -o DIR it writes each
 * page's body to DIR/NAME.txt (NAME: the file's name without its folder
 * and ".html"), the layout the scorer's score.py reads.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <crier/extract.h>
#include <crier/plugin.h>

static int read_file(const char *name, struct crier_strbuf *out)
{
	char chunk[65536];
	FILE *fp = fopen(name, "rb");
	size_t n;

	if (!fp)
		return crier_error("%s: %s", name, strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		crier_strbuf_add(out, chunk, n);
	fclose(fp);
	return 0;
}

static double now(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Opens DIR/NAME.txt for the page file name; stdout when dir is NULL. */
static FILE *open_out(const char *dir, const char *name)
{
	const char *base = strrchr(name, '/');
	char path[4096];
	size_t len;

	if (!dir)
		return stdout;
	base = base ? base + 1 : name;
	len = strlen(base);
	if (len > 5 && !strcmp(base + len - 5, ".html"))
		len -= 5;
	snprintf(path, sizeof(path), "%s/%.*s.txt", dir, (int)len, base);
	return fopen(path, "w");
}

static int print_pages(struct crier_strbuf *pages, char **names, int n,
		       const char *dir)
{
	for (int i = 0; i < n; i++) {
		struct crier_page *p = crier_extract(pages[i].buf, pages[i].len,
						     NULL, NULL);
		FILE *fp = open_out(dir, names[i]);

		if (!fp) {
			fprintf(stderr, "extract_bench: %s: %s\n", dir,
				strerror(errno));
			crier_page_free(p);
			return 1;
		}
		if (p)
			fprintf(fp, "%s\n", crier_page_get(p, CRIER_PAGE_BODY));
		else
			fprintf(stderr, "extract_bench: %s: %s\n", names[i],
				crier_last_error());
		if (fp != stdout)
			fclose(fp);
		crier_page_free(p);
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct crier_strbuf *pages;
	const char *dir = NULL;
	int rounds = 5, print = 0, opt, n, status = 1;
	size_t bytes = 0, chars = 0;
	double t0, c0, t, cpu;

	while ((opt = getopt(argc, argv, "n:po:")) != -1) {
		if (opt == 'n') {
			rounds = atoi(optarg);
		} else if (opt == 'p') {
			print = 1;
		} else if (opt == 'o') {
			print = 1;
			dir = optarg;
		} else {
			return 2;
		}
	}
	n = argc - optind;
	pages = calloc(n > 0 ? n : 1, sizeof(*pages));
	for (int i = 0; i < n; i++) {
		crier_strbuf_init(&pages[i]);
		if (read_file(argv[optind + i], &pages[i])) {
			fprintf(stderr, "extract_bench: %s\n", crier_last_error());
			goto out;
		}
		bytes += pages[i].len;
	}
	if (print) {
		status = print_pages(pages, argv + optind, n, dir);
		goto out;
	}
	t0 = now(CLOCK_MONOTONIC);
	c0 = now(CLOCK_PROCESS_CPUTIME_ID);
	for (int r = 0; r < rounds; r++) {
		for (int i = 0; i < n; i++) {
			struct crier_page *p = crier_extract(pages[i].buf,
							     pages[i].len,
							     NULL, NULL);

			if (p)
				chars += strlen(crier_page_get(p, CRIER_PAGE_BODY));
			crier_page_free(p);
		}
	}
	t = now(CLOCK_MONOTONIC) - t0;
	cpu = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
	printf("%d pages x %d rounds in %.3f s: %.1f pages/s, %.1f MB/s "
	       "(CPU time %.3f s: %.1f pages/s; %zu body bytes)\n", n, rounds,
	       t, n * rounds / t, bytes * rounds / t / 1e6, cpu,
	       n * rounds / cpu, chars);
	status = 0;
out:
	for (int i = 0; i < n; i++)
		crier_strbuf_release(&pages[i]);
	free(pages);
	return status;
}
