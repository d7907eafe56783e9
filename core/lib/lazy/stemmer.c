/*
 * stemmer.c - libstemmer (Snowball), loaded on the first call into it
 * (see lazy.h): the stemmers of crier/stem.h, which summarizers and dedup
 * use and most other commands do not.
 */
#include <libstemmer.h>

#include "build-config.h"
#include "lazy.h"

LAZY_LIBRARY(stemmer_lib, STEMMER_SONAME);

LAZY_FN(stemmer_lib, struct sb_stemmer *, sb_stemmer_new,
	(const char *algorithm, const char *charenc), (algorithm, charenc))
LAZY_VOID(stemmer_lib, sb_stemmer_delete, (struct sb_stemmer *stemmer), (stemmer))
LAZY_FN(stemmer_lib, const sb_symbol *, sb_stemmer_stem,
	(struct sb_stemmer *stemmer, const sb_symbol *word, int size),
	(stemmer, word, size))
LAZY_FN(stemmer_lib, int, sb_stemmer_length, (struct sb_stemmer *stemmer),
	(stemmer))
