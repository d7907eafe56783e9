/*
 * dedup_bench.c - times finding repeated stories (core/briefing/dedup.c)
 * among N news-like stories, through dedup_add_story() as a briefing
 * calls it: "dedup_bench N" prints the CPU seconds those calls took,
 * the stories per CPU second, the repeats found, a digest of every
 * answer (equal digests: equal results, to compare two versions of
 * dedup.c) and the peak memory.
 *
 * The stories are generated, not read, and the same N gives the same
 * stories.  Headlines of 6 to 11 words and bodies of 3 to 5 sentences of
 * 10 to 24 words draw their words with Zipf's law from a vocabulary whose
 * most common ranks are real English words of the news (function words,
 * which the stemmer drops, among them) and whose tail is made-up names;
 * numbers and years are mixed in.  Links are https URLs of 50 sites with
 * a section, a year and a slug of the headline.  Of the stories, about
 * 8% retell an earlier one from another source (words shuffled, three
 * changed, another link), 3% are an earlier page at another address
 * (http, a utm_ parameter, a fragment, a trailing slash), 1% repeat an
 * earlier headline and body without a link; the rest are new.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#include "briefing/dedup.h"
#include "fetch/story.h"
#include "libcrier.h"

#define VOCAB 40000
#define SOURCES 50

static const char *const common_words[] = {
	"the", "of", "to", "and", "a", "in", "for", "on", "is", "that", "with",
	"said", "at", "by", "from", "as", "was", "has", "after", "over", "new",
	"will", "its", "have", "are", "government", "police", "minister", "year",
	"people", "city", "council", "court", "week", "president", "state",
	"school", "election", "party", "report", "health", "water", "fire",
	"million", "plan", "workers", "strike", "company", "prices", "rail",
	"hospital", "storm", "flood", "bridge", "road", "team", "match", "win",
	"wins", "final", "cup", "league", "club", "players", "coach", "season",
	"budget", "tax", "energy", "power", "oil", "gas", "climate", "weather",
	"homes", "housing", "rent", "bank", "rates", "inflation", "jobs",
	"market", "shares", "trade", "deal", "talks", "border", "army", "war",
	"peace", "vote", "law", "bill", "judge", "trial", "charged", "arrested",
	"missing", "found", "dead", "killed", "injured", "crash", "train",
	"airport", "flights", "ferry", "island", "port", "farmers", "harvest",
	"festival", "music", "film", "museum", "library", "students",
	"university", "teachers", "children", "parents", "doctors", "nurses",
	"patients", "vaccine", "virus", "study", "scientists", "space",
	"launch", "satellite", "data", "online", "internet", "phone", "app",
	"police", "officers", "mayor", "village", "town", "county", "region",
	"north", "south", "east", "west", "river", "coast", "mountain",
	"forest", "park", "zoo", "record", "first", "last", "day", "night",
	"morning", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "january", "march", "june", "october", "opens",
	"closes", "rises", "falls", "cuts", "warns", "calls", "backs", "rejects",
	"approves", "announces", "launches", "delays", "cancels", "returns",
	"leaves", "joins", "signs", "agrees", "denies", "faces", "seeks",
	"meets", "visits", "celebrates", "marks", "honours", "remembers",
	"local", "national", "public", "private", "young", "old", "big",
	"small", "major", "high", "low", "long", "short", "early", "late",
	"more", "less", "than", "about", "into", "under", "against", "during",
	"before", "since", "while", "amid", "despite", "they", "he", "she",
	"it", "we", "this", "these", "those", "there", "their", "his", "her",
	"who", "which", "what", "when", "where", "why", "how", "not", "no",
	"but", "or", "if", "so", "up", "out", "down", "off", "back", "again",
};
#define N_COMMON (sizeof(common_words) / sizeof(*common_words))

static const char *const sections[] = {
	"news", "world", "local", "politics", "business", "sport", "science",
	"health", "culture", "weather",
};

static unsigned long long rng = 88172645463325252ULL;

static unsigned long long next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static size_t below(size_t n)
{
	return (size_t)(next_random() % n);
}

/* Word r of the vocabulary: a common word, a number, or a made-up name. */
static void word(size_t r, struct crier_strbuf *out)
{
	static const char cons[] = "bdfgklmnprstvz", vow[] = "aeiou";
	size_t start = out->len, name = r % 3 == 0;

	if (r < N_COMMON) {
		crier_strbuf_adds(out, common_words[r]);
		return;
	}
	if (r % 17 == 0) {
		crier_strbuf_addf(out, "%zu", r % 3 ? r / 17 : 1900 + r % 130);
		return;
	}
	for (r += 1000; r; r /= 70) {
		crier_strbuf_addch(out, cons[r % 14]);
		crier_strbuf_addch(out, vow[r / 14 % 5]);
	}
	if (name)	/* names are capitalized */
		out->buf[start] = (char)(out->buf[start] - 'a' + 'A');
}

/* A word rank drawn with Zipf's law, from the cumulative weights cum. */
static size_t zipf(const double *cum)
{
	double x = (double)(next_random() % 1000000007ULL) / 1000000007.0 *
		   cum[VOCAB - 1];
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

/* One generated story, as word ranks, a site and a kind of repeat. */
struct plan {
	size_t *words;		/* headline, then body sentences */
	size_t n_head;
	size_t n_sent[5], n_sents;
	size_t site, section;
};

static size_t plan_words(const struct plan *p)
{
	size_t n = p->n_head;

	for (size_t i = 0; i < p->n_sents; i++)
		n += p->n_sent[i];
	return n;
}

static void new_plan(struct plan *p, const double *cum)
{
	size_t n;

	p->n_head = 6 + below(6);
	p->n_sents = 3 + below(3);
	for (size_t i = 0; i < p->n_sents; i++)
		p->n_sent[i] = 10 + below(15);
	p->site = below(SOURCES);
	p->section = below(sizeof(sections) / sizeof(*sections));
	n = plan_words(p);
	p->words = malloc(n * sizeof(*p->words));
	for (size_t k = 0; k < n; k++)
		p->words[k] = zipf(cum);
}

/* A retelling of q by another site: words shuffled, three changed. */
static void retell(struct plan *p, const struct plan *q, const double *cum)
{
	size_t n = plan_words(q);

	*p = *q;
	p->site = (q->site + 1 + below(SOURCES - 1)) % SOURCES;
	p->words = malloc(n * sizeof(*p->words));
	memcpy(p->words, q->words, n * sizeof(*p->words));
	for (size_t k = 0; k < p->n_head; k++) {
		size_t j = below(p->n_head), t = p->words[k];

		p->words[k] = p->words[j];
		p->words[j] = t;
	}
	for (size_t k = 0; k < 3; k++)
		p->words[below(n)] = zipf(cum);
}

/* The text of p's headline and body, and its link (variant 0: plain). */
static void render(const struct plan *p, size_t id, int variant,
		   struct crier_strbuf *title, struct crier_strbuf *body,
		   struct crier_strbuf *link)
{
	const size_t *w = p->words;

	for (size_t k = 0; k < p->n_head; k++, w++) {
		if (k)
			crier_strbuf_addch(title, ' ');
		word(*w, title);
	}
	title->buf[0] = (char)(title->buf[0] >= 'a' && title->buf[0] <= 'z' ?
			       title->buf[0] - 'a' + 'A' : title->buf[0]);
	for (size_t s = 0; s < p->n_sents; s++) {
		for (size_t k = 0; k < p->n_sent[s]; k++, w++) {
			if (k || s)
				crier_strbuf_addch(body, ' ');
			word(*w, body);
		}
		crier_strbuf_adds(body, s == 1 ? ", officials said." : ".");
	}
	crier_strbuf_addf(link, "%s://www.site%zu.example/%s/%zu/",
			  variant == 1 ? "http" : "https", p->site,
			  sections[p->section], 2000 + id % 27);
	for (size_t k = 0; k < p->n_head && k < 6; k++) {
		if (k)
			crier_strbuf_addch(link, '-');
		word(p->words[k], link);
	}
	crier_strbuf_addf(link, "-%zu", id);
	if (variant == 2)
		crier_strbuf_adds(link, "?utm_source=feed&utm_medium=rss");
	else if (variant == 3)
		crier_strbuf_adds(link, "#comments");
	else if (variant == 4)
		crier_strbuf_addch(link, '/');
}

/* CPU seconds of this thread: the same on a busy machine as on a quiet one. */
static double seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Makes n plans; of[i] is the story i repeats as a page, or i. */
static struct plan *make_plans(size_t n, size_t *of, int *variant,
			       const double *cum)
{
	struct plan *p = calloc(n, sizeof(*p));

	for (size_t i = 0; p && i < n; i++) {
		size_t kind = i > 10 ? below(100) : 99, from = i > 10 ? below(i) : 0;

		of[i] = i;
		variant[i] = 0;
		if (kind < 8) {
			retell(&p[i], &p[of[from]], cum);
		} else if (kind < 12) {	/* the same page again */
			of[i] = of[from];
			variant[i] = kind < 11 ? 1 + (int)below(4) : -1;
			p[i] = p[of[i]];
			p[i].words = NULL;
		} else {
			new_plan(&p[i], cum);
		}
	}
	return p;
}

int main(int argc, char **argv)
{
	size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000, repeats = 0;
	size_t *of = malloc(n * sizeof(*of));
	int *variant = malloc(n * sizeof(*variant));
	double *cum = malloc(VOCAB * sizeof(*cum)), total = 0, t0, spent = 0;
	struct crier_strbuf title = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_strbuf link = CRIER_STRBUF_INIT;
	unsigned long long digest = 14695981039346656037ULL;
	struct rusage ru;
	struct plan *plans;
	struct dedup *d;

	if (!of || !variant || !cum || !n)
		return 2;
	for (size_t r = 0; r < VOCAB; r++)
		cum[r] = total += 1.0 / (double)(r + 1);
	plans = make_plans(n, of, variant, cum);
	if (!plans)
		return 2;
	d = dedup_new();
	for (size_t i = 0; i < n; i++) {
		struct crier_article *a = crier_article_new();
		struct story st = { a, { NULL, 0, 0 }, NULL };
		char source[32];
		long root;

		crier_strbuf_reset(&title);
		crier_strbuf_reset(&body);
		crier_strbuf_reset(&link);
		render(&plans[of[i]], of[i], variant[i] > 0 ? variant[i] : 0,
		       &title, &body, &link);
		crier_article_sets(a, CRIER_FIELD_TITLE, title.buf);
		crier_article_sets(a, CRIER_FIELD_BODY, body.buf);
		if (variant[i] >= 0)
			crier_article_sets(a, CRIER_FIELD_LINK, link.buf);
		crier_article_sets(a, CRIER_FIELD_LANGUAGE, "en");
		snprintf(source, sizeof(source), "Site %zu",
			 of[i] == i || variant[i] ? plans[i].site : below(SOURCES));
		t0 = seconds();
		root = dedup_add_story(d, &st, source);
		spent += seconds() - t0;
		repeats += root >= 0;
		digest = (digest ^ (unsigned long long)(root + 1)) * 1099511628211ULL;
		crier_article_free(st.article);
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("%zu stories: %.2f s CPU, %.0f stories/s, %zu repeats found, "
	       "digest %016llx, peak memory %ld MB\n", n, spent,
	       (double)n / spent, repeats, digest, ru.ru_maxrss / 1024);
	dedup_free(d);
	for (size_t i = 0; i < n; i++)
		free(plans[i].words);
	free(plans);
	crier_strbuf_release(&title);
	crier_strbuf_release(&body);
	crier_strbuf_release(&link);
	free(of);
	free(variant);
	free(cum);
	return 0;
}
