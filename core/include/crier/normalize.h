/*
 * crier/normalize.h - rewriting text into what a newsreader says.
 *
 * Part of libcrier.  espeak-ng reads "$1.13bn" as "dollar one point one
 * three b n" and stops after "Mr."; crier_normalize() rewrites such text
 * into words that a synthesizer reads right ("1.13 billion dollars",
 * "Mister").  Each language has its own rule table; languages without one
 * get the rules that apply everywhere (web and e-mail addresses, "&",
 * dashes and brackets read as pauses).  A user lexicon (words or POSIX
 * extended regexes and what to say instead) is applied before the rules.
 *
 * All text is UTF-8.  Language tags are BCP 47 ("en", "en-GB"); only the
 * primary subtag is used, case-insensitively.  NULL means English.
 */
#ifndef CRIER_NORMALIZE_H
#define CRIER_NORMALIZE_H

#include <stddef.h>
#include <crier/strbuf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A user pronunciation lexicon; opaque.  May be shared read-only. */
struct crier_lexicon;

/* Returns an empty lexicon (never NULL); free with crier_lexicon_free(). */
struct crier_lexicon *crier_lexicon_new(void);
/* Frees lex and its entries; lex may be NULL. */
void crier_lexicon_free(struct crier_lexicon *lex);

/*
 * Adds an entry.  lang limits it to one language (NULL or "": all).  When
 * is_regex is 0, pattern is a word or phrase replaced where it stands as a
 * whole word, case-sensitively ("GIF" but not "GIFs").  When is_regex is
 * 1, pattern is a POSIX extended regex; every match is replaced, and "\0"
 * to "\9" in replacement stand for the match and its groups.  The strings
 * are copied.  Returns 0, or -1 with crier_error() when pattern is empty
 * or is not a valid regex (the message quotes it).
 */
int crier_lexicon_add(struct crier_lexicon *lex, const char *lang,
		      const char *pattern, int is_regex,
		      const char *replacement);
/* The number of entries in lex. */
size_t crier_lexicon_count(const struct crier_lexicon *lex);

/*
 * Appends text[0..len) to out with the entries of lex that apply to lang
 * replaced, in the order they were added (each sees the result of the
 * ones before).  lex may be NULL (text is copied).
 */
void crier_lexicon_apply(const struct crier_lexicon *lex, const char *lang,
			 const char *text, size_t len,
			 struct crier_strbuf *out);

/*
 * Appends the speakable form of text[0..len) to out: lex applied first
 * (lex may be NULL), then the rules of lang, white space collapsed.
 * Never fails on odd input; returns 0.
 */
int crier_normalize(const char *text, size_t len, const char *lang,
		    const struct crier_lexicon *lex, struct crier_strbuf *out);

/* 1 when lang has a rule table of its own, 0 when only universal rules. */
int crier_normalize_knows(const char *lang);

#ifdef __cplusplus
}
#endif

#endif
