/* test_stem.c - stemmers, stopwords, language guessing and term ids. */
#include <stdlib.h>
#include <crier/stem.h>
#include "../tap.h"

static const char *stem(struct crier_stemmer *st, const char *word)
{
	return crier_stemmer_stem(st, word, strlen(word), NULL);
}

static int stop(struct crier_stemmer *st, const char *word)
{
	return crier_stemmer_is_stopword(st, word, strlen(word));
}

/* Every word of the space-separated list is a stopword of lang. */
static int all_stopwords(const char *lang, const char *list)
{
	struct crier_stemmer *st = crier_stemmer_new(lang);
	const char *p = list;
	int all = 1;

	while (*p) {
		size_t n = strcspn(p, " ");

		all &= crier_stemmer_is_stopword(st, p, n);
		p += n + (p[n] == ' ');
	}
	crier_stemmer_free(st);
	return all;
}

static void test_english(void)
{
	struct crier_stemmer *st = crier_stemmer_new("en-GB");
	size_t n;

	is_str(crier_stemmer_language(st), "en", "en-GB is English");
	is_str(stem(st, "Running"), "run", "stems lower-cased: running");
	is_str(stem(st, "markets"), "market", "plural");
	is_str(crier_stemmer_stem(st, "connected", 9, &n), "connect", "length");
	is_int(n, 7, "stem length");
	ok(stop(st, "The") && stop(st, "would") && stop(st, "yourselves"),
	   "English stopwords in any case, first to last of the list");
	ok(stop(st, "don\xe2\x80\x99t"), "typographic apostrophe");
	ok(!stop(st, "storm") && !stop(st, ""),
	   "content words are not stopwords");
	crier_stemmer_free(st);
}

static void test_languages(void)
{
	struct crier_stemmer *st = crier_stemmer_new("fr");

	is_str(stem(st, "Continuellement"), "continuel", "French stem");
	ok(stop(st, "\xc3\xa0") && stop(st, "les"), "French stopwords");
	crier_stemmer_free(st);
	st = crier_stemmer_new("DE");
	is_str(stem(st, "Katzen"), "katz", "German stem, tag in capitals");
	crier_stemmer_free(st);
	st = crier_stemmer_new("xx");
	is_str(crier_stemmer_language(st), "en", "unknown tag: English");
	crier_stemmer_free(st);
	st = crier_stemmer_new(NULL);
	is_str(crier_stemmer_language(st), "en", "no tag: English");
	crier_stemmer_free(st);
	ok(all_stopwords("es", "a al y ya yo") &&
	   all_stopwords("it", "a ad voi il") &&
	   all_stopwords("pt", "a \xc3\xa0 voc\xc3\xaas o") &&
	   all_stopwords("nl", "aan zou de het") &&
	   all_stopwords("de", "aber zwischen der und"),
	   "stopwords from each end of each list are found");
}

static void test_guess(void)
{
	static const char fr[] = "Le gouvernement a annonc\xc3\xa9 mardi "
		"que les prix de l'\xc3\xa9nergie seront gel\xc3\xa9s pour "
		"les familles et les entreprises.";
	static const char de[] = "Die Regierung hat am Dienstag "
		"angek\xc3\xbcndigt, dass die Preise f\xc3\xbcr die Familien "
		"und die Firmen nicht steigen werden.";
	static const char en[] = "The government said on Tuesday that the "
		"price of energy would be frozen for families and firms.";

	is_str(crier_guess_language(fr, strlen(fr)), "fr", "guesses French");
	is_str(crier_guess_language(de, strlen(de)), "de", "guesses German");
	is_str(crier_guess_language(en, strlen(en)), "en", "guesses English");
	ok(!crier_guess_language("Storm", 5), "no guess from one word");
}

static void test_terms(void)
{
	static const char text[] =
		"The storms hit the coast; a storm hits again.";
	struct crier_stemmer *st = crier_stemmer_new("en");
	struct crier_vocab *v = crier_vocab_new();
	struct crier_terms t = CRIER_TERMS_INIT;
	char word[16];

	is_int(crier_stemmer_terms(st, v, text, strlen(text), &t), 9,
	       "terms: every word counted");
	is_int(t.n, 5, "terms: stopwords and one-letter words left out");
	ok(t.n == 5 && t.v[0] == t.v[3] && t.v[1] == t.v[4] &&
	   t.v[0] != t.v[1], "terms: same stem, same id");
	is_int(crier_vocab_size(v), 3, "terms: three distinct stems");
	for (int i = 0; i < 1000; i++) {
		snprintf(word, sizeof(word), "w%d", i);
		crier_vocab_id(v, word, strlen(word));
	}
	is_int(crier_vocab_id(v, "w500", 4), 503, "vocab grows and keeps ids");
	crier_vocab_clear(v);
	is_int(crier_vocab_size(v), 0, "vocab clear");
	is_int(crier_vocab_id(v, "w500", 4), 0, "ids start again at 0");
	crier_terms_release(&t);
	crier_vocab_free(v);
	crier_stemmer_free(st);
}

int main(void)
{
	test_english();
	test_languages();
	test_guess();
	test_terms();
	return done_testing();
}
