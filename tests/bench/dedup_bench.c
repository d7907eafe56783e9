/*
 * dedup_bench.c - times finding repeated stories (core/dedup.c) among N
 * made-up stories: "dedup_bench N" prints the seconds taken, the stories
 * per second and the repeats found.
 *
 * The stories are generated, not read: headlines of 8 and leads of 20
 * words drawn from a 20,000-word made-up vocabulary with Zipf's law (as
 * words are in news), from 20 sources; one story in ten retells an
 * earlier one of another source with its words shuffled and two changed,
 * so that there are repeats to find.  The same N gives the same stories.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefing/dedup.h"

#define VOCAB 20000
#define HEAD_WORDS 8
#define LEAD_WORDS 20

static unsigned long long rng = 88172645463325252ULL;

static unsigned long long next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Word r of the vocabulary, as letters ("bakemo"). */
static void word(size_t r, char *out)
{
	static const char cons[] = "bdfgklmnprstvz", vow[] = "aeiou";
	size_t n = 0;

	r += 1000;
	while (r) {
		out[n++] = cons[r % 14];
		r /= 14;
		out[n++] = vow[r % 5];
		r /= 5;
	}
	out[n] = 0;
}

/* A word rank drawn with Zipf's law, from the cumulative weights cum. */
static size_t zipf(const double *cum)
{
	double x = (double)(next_random() % 1000000007ULL) / 1000000007.0 * cum[VOCAB - 1];
	size_t lo = 0, hi = VOCAB - 1;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cum[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Appends n words (ranks in v) to out as a sentence. */
static void sentence(const size_t *v, size_t n, char *out)
{
	char w[32];

	out[0] = 0;
	for (size_t i = 0; i < n; i++) {
		word(v[i], w);
		strcat(out, i ? " " : "");
		strcat(out, w);
	}
	strcat(out, ".");
}

static double seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000, repeats = 0;
	size_t (*words)[HEAD_WORDS + LEAD_WORDS] = malloc(n * sizeof(*words));
	double *cum = malloc(VOCAB * sizeof(*cum)), total = 0, t0;
	char title[HEAD_WORDS * 32], lead[LEAD_WORDS * 32], source[16];
	struct dedup *d;

	if (!words || !cum || !n)
		return 2;
	for (size_t r = 0; r < VOCAB; r++)
		cum[r] = total += 1.0 / (double)(r + 1);
	for (size_t i = 0; i < n; i++) {
		int retell = i > 10 && next_random() % 10 == 0;
		size_t from = retell ? next_random() % i : 0;

		for (size_t k = 0; k < HEAD_WORDS + LEAD_WORDS; k++)
			words[i][k] = retell ? words[from][k] : zipf(cum);
		for (size_t k = 0; retell && k < 2; k++)
			words[i][next_random() % (HEAD_WORDS + LEAD_WORDS)] = zipf(cum);
	}
	d = dedup_new();
	t0 = seconds();
	for (size_t i = 0; i < n; i++) {
		snprintf(source, sizeof(source), "source %zu", i % 20);
		sentence(words[i], HEAD_WORDS, title);
		sentence(words[i] + HEAD_WORDS, LEAD_WORDS, lead);
		repeats += dedup_add(d, title, lead, "en", source) >= 0;
	}
	t0 = seconds() - t0;
	printf("%zu stories: %.2f s, %.0f stories/s, %zu repeats found\n", n, t0,
	       (double)n / t0, repeats);
	dedup_free(d);
	free(words);
	free(cum);
	return 0;
}
