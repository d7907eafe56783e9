/*
 * crier/text.h - text utilities shared by crier and its plugins.
 *
 * Part of libcrier.  All text is UTF-8.  Functions that take (text, len)
 * do not need text to be NUL-terminated.  Spans point into the caller's
 * text and live as long as it does.  Functions returning int return 0 on
 * success and -1 on failure, with a message available from crier_last_error().
 */
#ifndef CRIER_TEXT_H
#define CRIER_TEXT_H

#include <stddef.h>
#include <crier/strbuf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A piece of a caller's text: bytes [start, start + len). */
struct crier_span {
	size_t start;
	size_t len;
};

/* A growable list of spans; owns only the array, not the text. */
struct crier_spans {
	struct crier_span *v;	/* may be NULL while n == 0 */
	size_t n;
	size_t alloc;
};

/* An empty list: struct crier_spans s = CRIER_SPANS_INIT; */
#define CRIER_SPANS_INIT { NULL, 0, 0 }
/* Frees the array and leaves the list empty; may be called twice. */
void crier_spans_release(struct crier_spans *spans);
/* Appends [start, start + len); aborts when memory runs out. */
void crier_spans_push(struct crier_spans *spans, size_t start, size_t len);

/*
 * Splits text into sentences and appends their spans (trimmed of white
 * space) to out.  Knows abbreviations ("Mr.", "U.S.", "Jan."), initials
 * ("J. R. R. Tolkien"), decimals ("3.5"), ellipses and closing quotes or
 * brackets after the final stop.  A line break followed by a blank line
 * always ends a sentence.  lang is a BCP 47 tag or NULL; it selects the
 * abbreviation list (English when unknown).
 */
void crier_split_sentences(const char *text, size_t len, const char *lang,
			   struct crier_spans *out);

/*
 * Word tokenization: a word is a run of letters, digits, and the
 * apostrophes, hyphens, periods or commas that join two of them
 * ("don't", "well-known", "3.5", "1,000").  crier_next_word() finds the
 * first word at or after *pos, stores it in *word, moves *pos past it and
 * returns 1; it returns 0 when there is none.
 */
int crier_next_word(const char *text, size_t len, size_t *pos,
		    struct crier_span *word);
size_t crier_count_words(const char *text, size_t len);

/*
 * Appends the lower-case form of text to out (ASCII and Latin, Greek and
 * Cyrillic letters; other characters are copied).
 */
void crier_lowercase(const char *text, size_t len, struct crier_strbuf *out);

/*
 * Appends text to out with every run of white space (including Unicode
 * spaces) turned into one space and none at either end.
 */
void crier_collapse_space(const char *text, size_t len,
			  struct crier_strbuf *out);

/*
 * Appends text to out, replacing each invalid UTF-8 sequence and each
 * control character other than tab and newline by U+FFFD or a space.
 * Returns the number of replacements.
 */
size_t crier_utf8_sanitize(const char *text, size_t len,
			   struct crier_strbuf *out);

/*
 * Turns an HTML fragment or document into plain text appended to out:
 * entities decoded, tags removed, script/style/head dropped, block
 * elements (p, div, br, li, h1-h6, ...) become paragraph breaks ("\n\n"),
 * white space within a paragraph collapsed.  Text that has no markup is
 * only collapsed.  Never fails on bad input; returns -1 only if libxml2
 * cannot allocate.
 */
int crier_html_to_text(const char *html, size_t len, struct crier_strbuf *out);

/*
 * Cleans an article body scraped as plain text, paragraph by paragraph
 * (paragraphs are separated by newlines): drops paragraphs that repeat the
 * title or an earlier paragraph, and lines that are page furniture rather
 * than prose: bylines, date stamps, view or comment counters and other
 * short lines without sentence punctuation.  title may be NULL.  Appends
 * the kept paragraphs to out, separated by "\n\n".
 */
void crier_clean_body(const char *text, size_t len, const char *title,
		      struct crier_strbuf *out);

#ifdef __cplusplus
}
#endif

#endif
