/*
 * normalize_en.c - the English rule table: abbreviations, money, times,
 * dates, decades, ordinals, fractions, ranges, percentages, units, large
 * number suffixes, years and regnal numbers.  Each rule reads one token
 * (see normalize_int.h) and only rewrites what espeak-ng reads wrongly;
 * plain numbers are left as digits, which espeak-ng reads well.
 */
#include <string.h>

#include "normalize_int.h"

/* ---- context ---- */

static const char *const determiners[] = {
	"a", "an", "the", "this", "that", "its", "their", "his", "her", "our",
	"your", "whose", "another", "each", "every", NULL
};

/* Words after a number that show it is not used as an adjective. */
static const char *const not_nouns[] = {
	"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
	"to", "for", "from", "by", "with", "as", "into", "onto", "over",
	"under", "than", "that", "which", "who", "is", "was", "were", "are",
	"be", "been", "being", "has", "had", "have", "will", "would", "could",
	"should", "may", "might", "must", "can", "per", "last", "this",
	"next", "each", "so", "more", "less", "after", "before", "since",
	"until", "if", "when", "while", "it", "he", "she", "they", "we",
	"worth", "a year", "ago", "up", "down", "off", "out", "too", "then",
	"there", "here", "now", "yet", "also", "already", "still", "all",
	NULL
};

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December", NULL
};

static int is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

/* 1 when the word before pos is a determiner ("a $5bn rescue"). */
static int det_before(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	return norm_prev_word(n, pos, NULL, &ws, &wl) &&
	       norm_word_in(n, ws, wl, determiners);
}

/* 1 when a lower-case word that could be a noun follows end directly. */
static int noun_after(const struct norm *n, size_t end)
{
	size_t ws, wl;

	return norm_next_word(n, end, &ws, &wl) && is_lower(n->s[ws]) &&
	       !norm_word_in(n, ws, wl, not_nouns);
}

/* 1 when the quantity s[start..end) modifies a noun: "a 5km race". */
static int adjectival(const struct norm *n, size_t start, size_t end)
{
	if (end + 1 < n->len && n->s[end] == '-' && norm_is_alpha(n->s[end + 1]))
		return 1;
	return det_before(n, start) && noun_after(n, end);
}

/* 1 when the word before pos is one of list. */
static int prev_in(const struct norm *n, size_t pos, const char *const *list)
{
	size_t ws, wl;

	return norm_prev_word(n, pos, NULL, &ws, &wl) &&
	       norm_word_in(n, ws, wl, list);
}

/* 1 when the next non-space character after pos is a capital, or there is
 * none: a full stop before it may end the sentence. */
static int sentence_may_end(const struct norm *n, size_t pos)
{
	while (pos < n->len && (n->s[pos] == ' ' || n->s[pos] == '\t'))
		pos++;
	return pos >= n->len || n->s[pos] == '\n' || is_upper(n->s[pos]) ||
	       n->s[pos] == '"';
}

static void say_num(struct norm *n, size_t a, size_t b)
{
	norm_say(n, "");
	norm_copy(n, a, b);
}

static void say_words(struct norm *n, void (*fn)(struct crier_strbuf *,
						  unsigned long),
		      unsigned long v)
{
	norm_say(n, "");
	fn(n->out, v);
}

