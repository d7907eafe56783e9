/*
 * crier/stem.h - word stems and stopwords for the languages crier speaks.
 *
 * Part of libcrier.  A struct crier_stemmer wraps a Snowball (libstemmer)
 * stemmer and a short stopword list for one language: English, French,
 * German, Spanish, Italian, Portuguese or Dutch.  Summarizers use it to
 * compare sentences by their content words.
 *
 * A stemmer is not thread-safe (libstemmer keeps state per stemmer): use
 * one per thread, for instance one per summarizer instance.
 */
#ifndef CRIER_STEM_H
#define CRIER_STEM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct crier_stemmer;

/*
 * A stemmer for lang, a BCP 47 tag ("en", "pt-BR", "fr_CA"; case does not
 * matter).  An unknown, empty or NULL tag gives the English stemmer.
 * Returns NULL with crier_error() only when libstemmer cannot allocate.
 * Free with crier_stemmer_free().
 */
struct crier_stemmer *crier_stemmer_new(const char *lang);
/* Frees st; st may be NULL. */
void crier_stemmer_free(struct crier_stemmer *st);

/* The two-letter code of st's language ("en"); never NULL. */
const char *crier_stemmer_language(const struct crier_stemmer *st);

/*
 * Lower-cases the word text[0..len) and reduces it to its stem.  Returns
 * the stem, NUL-terminated, with its length in *stem_len (which may be
 * NULL); the string is owned by st and valid until the next call on st.
 * Never NULL: a word that cannot be stemmed comes back lower-cased.
 */
const char *crier_stemmer_stem(struct crier_stemmer *st, const char *text,
			       size_t len, size_t *stem_len);

/*
 * True if the word text[0..len) (any case) is a stopword of st's language:
 * an article, pronoun, preposition, conjunction or common auxiliary.
 */
int crier_stemmer_is_stopword(struct crier_stemmer *st, const char *text,
			      size_t len);

/*
 * Guesses the language of text[0..len) from the stopwords among its first
 * hundred or so words.  Returns a two-letter code of a language above, or
 * NULL when no list matches clearly (too little text).
 */
const char *crier_guess_language(const char *text, size_t len);

/* ---- term ids: stems as small integers --------------------------------- */

/*
 * A vocabulary numbers the distinct strings it is given 0, 1, 2, ... in
 * the order it first sees them.  It owns copies of the strings.
 */
struct crier_vocab;

struct crier_vocab *crier_vocab_new(void);
/* Frees v; v may be NULL. */
void crier_vocab_free(struct crier_vocab *v);
/* Forgets every string (ids start again at 0) but keeps the memory. */
void crier_vocab_clear(struct crier_vocab *v);
/* The id of s[0..len), which gets the next free id when it is new. */
unsigned crier_vocab_id(struct crier_vocab *v, const char *s, size_t len);
/* The number of distinct strings, which is also the next free id. */
size_t crier_vocab_size(const struct crier_vocab *v);

/* A growable list of term ids; owns its array. */
struct crier_terms {
	unsigned *v;	/* may be NULL while n == 0 */
	size_t n;
	size_t alloc;
};

#define CRIER_TERMS_INIT { NULL, 0, 0 }
void crier_terms_release(struct crier_terms *t);

/*
 * Appends to out the ids in v of the stems of the content words of
 * text[0..len) (words found by crier_next_word() that are not stopwords
 * of st's language and are longer than one letter), in text order, with
 * repeats.  Returns the number of words of every kind in the text.
 */
size_t crier_stemmer_terms(struct crier_stemmer *st, struct crier_vocab *v,
			   const char *text, size_t len,
			   struct crier_terms *out);

/* The number of ids two sorted lists without repeats have in common. */
size_t crier_terms_overlap(const unsigned *a, size_t na, const unsigned *b,
			   size_t nb);

#ifdef __cplusplus
}
#endif

#endif
