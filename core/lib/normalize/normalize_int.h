/*
 * normalize_int.h - what the normalizer's driver and its per-language rule
 * tables share (libcrier internal).
 *
 * The driver (normalize.c) walks the text token by token.  At the start of
 * each token it tries the universal address rules, then the language's
 * rules in table order, then the universal pause rules; the first rule that
 * matches appends its reading to the output and says where it stopped.
 * Text no rule matched is copied a word at a time, so rules only ever see
 * the start of a token.  Adding a language means writing a struct
 * norm_lang (words plus rules) and listing it in normalize.c.
 */
#ifndef CRIER_NORMALIZE_INT_H
#define CRIER_NORMALIZE_INT_H

#include <stddef.h>
#include <crier/strbuf.h>

/* One normalization in progress. */
struct norm {
	const char *s;			/* the whole input, NUL-terminated */
	size_t len;			/* its length in bytes */
	struct crier_strbuf *out;	/* where readings are appended */
	const struct norm_lang *lang;	/* never NULL */
	int month_first;		/* the locale writes 1/15/2020, not 15/1 */
};

/*
 * A rule: looks at n->s from pos (a token start).  When it matches, it
 * appends the reading to n->out and returns the position after what it
 * read (> pos); otherwise it appends nothing and returns pos.
 */
struct norm_rule {
	const char *name;		/* for debugging */
	size_t (*apply)(struct norm *n, size_t pos);
};

/* A language: the words the universal rules say, and its own rules. */
struct norm_lang {
	const char *tag;		/* primary subtag, "en" */
	const char *and_word;		/* "&"; NULL: leave "&" alone */
	const char *dot_word;		/* "." in addresses; NULL: no addresses */
	const char *at_word;		/* "@" */
	const char *slash_word;		/* "/" in addresses */
	const char *dash_word;		/* "-" in addresses */
	const char *underscore_word;	/* "_" in addresses */
	const char *hashtag_word;	/* "#tag"; NULL: leave "#" alone */
	const char *plus_word;		/* "+" in e-mail addresses */
	const struct norm_rule *rules;	/* ends with { NULL, NULL }; may be NULL */
};

extern const struct norm_lang norm_lang_en;

/* ---- scanning helpers (normalize_scan.c) ---- */

int norm_is_alpha(int c);
int norm_is_digit(int c);
int norm_is_alnum(int c);
/* The length of the letter or digit (any script) at pos, or 0. */
size_t norm_alnum_at(const struct norm *n, size_t pos);
/* 1 when a word can't continue at pos: end of text or not a letter/digit. */
int norm_boundary(const struct norm *n, size_t pos);
/* The end of the run of ASCII digits starting at pos (pos if none). */
size_t norm_digits(const struct norm *n, size_t pos);
/* The end of the run of ASCII letters starting at pos (pos if none). */
size_t norm_letters(const struct norm *n, size_t pos);
/* The length of a space that may group thousands at p ("10 000", a
 * no-break or thin space too), or 0. */
size_t norm_group_space(const struct norm *n, size_t p);
/*
 * A number at pos: digits, optional ","-grouped thousands ("50,000") or
 * space-grouped ones ("50 000") and an
 * optional decimal part ("1.13").  Returns its end (pos if none); *frac is
 * set to the position of its '.' or 0 when it has no decimal part.
 */
size_t norm_number(const struct norm *n, size_t pos, size_t *frac);
/* The value of the digits in s[a..b) ignoring commas; saturates. */
unsigned long norm_value(const struct norm *n, size_t a, size_t b);
/* 1 when s[pos..) starts with the ASCII word w, case-sensitively. */
int norm_has(const struct norm *n, size_t pos, const char *w);
/* Like norm_has() but also needs a word boundary after w. */
int norm_has_word(const struct norm *n, size_t pos, const char *w);
/*
 * The word before pos (skipping white space and the punctuation in skip,
 * which may be NULL): its start in *start and length in *wlen; returns 0
 * when there is none.  "Word" here is a run of letters, digits and
 * apostrophes.
 */
int norm_prev_word(const struct norm *n, size_t pos, const char *skip,
		   size_t *start, size_t *wlen);
/* The word after pos, skipping white space only; 0 when there is none. */
int norm_next_word(const struct norm *n, size_t pos, size_t *start,
		   size_t *wlen);
/* 1 when s[start..start+wlen) case-insensitively equals one of list. */
int norm_word_in(const struct norm *n, size_t start, size_t wlen,
		 const char *const *list);
/* 1 when pos is the start of a sentence (only space/quotes before it
 * back to a '.', '!', '?' or the start of the text). */
int norm_sentence_start(const struct norm *n, size_t pos);

/* Appends s to the output, with a space before it unless it starts the
 * output or follows white space. */
void norm_say(struct norm *n, const char *s);
/* Appends s[a..b) verbatim. */
void norm_copy(struct norm *n, size_t a, size_t b);

/* ---- the universal rules (normalize_common.c) ---- */

size_t norm_rule_address(struct norm *n, size_t pos);
size_t norm_rule_email(struct norm *n, size_t pos);
/* "#tag" and "@name", camel case split into words. */
size_t norm_rule_hashtag(struct norm *n, size_t pos);
size_t norm_rule_ampersand(struct norm *n, size_t pos);
size_t norm_rule_pause(struct norm *n, size_t pos);

/* Tidies the pauses the rules made: ", ," and ", ." and leading commas;
 * collapses white space.  Appends the result to out. */
void norm_tidy(const char *text, size_t len, struct crier_strbuf *out);

#endif
