/*
 * language_bench.c - how often crier_detect_language() answers, and how
 * often rightly, on "LANG<TAB>TEXT" lines from stdin (LANG as declared by
 * the text's feed or page).  Only primary subtags are compared.
 *
 *	language_bench [-v] [-n BYTES] < pairs.tsv
 *
 * -n keeps the first BYTES of each text (a headline is about 80), -v
 * prints each wrong answer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <crier/language.h>

struct tally {
	long items, answered, right;
};

static int same_primary(const char *a, const char *b)
{
	size_t n = strcspn(a, "-_");

	return n == strcspn(b, "-_") && strncasecmp(a, b, n) == 0;
}

/* Classifies one "LANG\tTEXT" line, cut to max bytes (0: all). */
static void one(char *line, size_t max, int verbose, struct tally *t)
{
	char *tab = strchr(line, '\t'), got[16];
	size_t len;

	if (!tab)
		return;
	*tab++ = '\0';
	len = strcspn(tab, "\n");
	if (max && len > max)
		len = max;
	t->items++;
	if (crier_detect_language(tab, len, got, sizeof(got)))
		return;
	t->answered++;
	if (same_primary(got, line))
		t->right++;
	else if (verbose)
		printf("wrong: declared %s, detected %s: %.70s\n", line, got, tab);
}

int main(int argc, char **argv)
{
	struct tally t = { 0, 0, 0 };
	char *line = NULL;
	size_t cap = 0, max = 0;
	char what[64] = "whole texts";
	int verbose = 0, c;
	clock_t start = clock();

	while ((c = getopt(argc, argv, "vn:")) != -1) {
		if (c == 'v') {
			verbose = 1;
		} else if (c == 'n') {
			max = (size_t)strtoul(optarg, NULL, 10);
			snprintf(what, sizeof(what), "first %zu bytes", max);
		} else {
			return 2;
		}
	}
	while (getline(&line, &cap, stdin) > 0)
		one(line, max, verbose, &t);
	free(line);
	printf("texts %ld (%s): answered %ld (%.1f%%), right %ld "
	       "(%.1f%% of answers), %.2f ms per text\n",
	       t.items, what,
	       t.answered, t.items ? 100.0 * t.answered / t.items : 0.0,
	       t.right, t.answered ? 100.0 * t.right / t.answered : 0.0,
	       t.items ? 1000.0 * (double)(clock() - start) / CLOCKS_PER_SEC /
	       (double)t.items : 0.0);
	return 0;
}
