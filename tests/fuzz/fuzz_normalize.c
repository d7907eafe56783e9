/*
 * fuzz_normalize.c - libFuzzer target for the text normalizer
 * (crier/normalize.h): any bytes are normalized for speech in one of
 * several languages, with and without a small user lexicon.
 */
#include <string.h>

#include <crier/normalize.h>
#include <crier/strbuf.h>
#include "fuzz.h"

static const char *const langs[] = {
	NULL, "en", "en-GB", "fr", "de", "xx", "",
};

static struct crier_lexicon *lexicon;

/* A lexicon like a user's: a word, a phrase and regexes with groups. */
static struct crier_lexicon *make_lexicon(void)
{
	struct crier_lexicon *lex = crier_lexicon_new();

	if (crier_lexicon_add(lex, NULL, "GIF", 0, "jif") ||
	    crier_lexicon_add(lex, "en", "New York", 0, "Noo York") ||
	    crier_lexicon_add(lex, NULL, "([0-9]+)x([0-9]+)", 1,
			      "\\1 by \\2") ||
	    crier_lexicon_add(lex, "en", "[Cc]rier", 1, "cryer \\0") ||
	    crier_lexicon_add(lex, NULL, "a*", 1, "") ||
	    crier_lexicon_add(lex, "fr", "Mme", 0, "Madame"))
		abort();
	return lex;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;
	const char *text = (const char *)data;
	const char *lang = FUZZ_PICK(size, langs);

	if (!lexicon)
		lexicon = make_lexicon();
	FUZZ_CHECK(crier_normalize(text, size, lang, NULL, &out) == 0);
	crier_strbuf_reset(&out);
	FUZZ_CHECK(crier_normalize(text, size, lang, lexicon, &out) == 0);
	crier_strbuf_reset(&out);
	crier_lexicon_apply(lexicon, lang, text, size, &out);
	(void)crier_normalize_knows(lang);
	crier_strbuf_release(&out);
	return 0;
}
