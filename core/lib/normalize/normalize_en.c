/*
 * normalize_en.c - the English rule table and the context tests its rules
 * share (is a number used as an adjective, may a full stop end the
 * sentence...).  The rules live in normalize_en_money.c (money, units,
 * percentages), normalize_en_names.c (abbreviations, regnal numbers) and
 * normalize_en_numbers.c (times, dates, years, fractions, ranges).  Each
 * rule reads one token (see normalize_int.h) and only rewrites what
 * espeak-ng reads wrongly: plain numbers stay digits, which it reads well.
 */
#include <string.h>

#include "normalize_en.h"

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
	"worth", "ago", "up", "down", "off", "out", "too", "then",
	"there", "here", "now", "yet", "also", "already", "still", "all",
	NULL
};

const char *const en_months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December", NULL
};

/* 1 when the word before pos is a determiner or a possessive ("a $5bn
 * rescue", "Britain's £2bn plan"). */
int en_det_before(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	if (!norm_prev_word(n, pos, NULL, &ws, &wl))
		return 0;
	if (norm_word_in(n, ws, wl, determiners))
		return 1;
	if (wl > 2 && n->s[ws + wl - 2] == '\'' && n->s[ws + wl - 1] == 's')
		return 1;
	return wl > 0 && ws + wl >= 4 && n->s[ws + wl - 1] == 's' &&
	       norm_has(n, ws + wl - 4, "\xe2\x80\x99");
}

/* Nouns ending in "ly", which are mostly adverbs ("easily"). */
static const char *const ly_nouns[] = {
	"family", "supply", "rally", "assembly", "monopoly", "anomaly",
	"bully", "ally", "jelly", "belly", "reply", NULL
};

/* 1 when a lower-case word that could be a noun follows end directly. */
int en_noun_after(const struct norm *n, size_t end)
{
	size_t ws, wl;

	if (!norm_next_word(n, end, &ws, &wl) || !en_is_lower(n->s[ws]) ||
	    norm_word_in(n, ws, wl, not_nouns))
		return 0;
	return wl < 3 || !norm_has(n, ws + wl - 2, "ly") ||
	       norm_word_in(n, ws, wl, ly_nouns);
}

/* 1 when the quantity s[start..end) modifies a noun: "a 5km race". */
int en_adjectival(const struct norm *n, size_t start, size_t end)
{
	if (end + 1 < n->len && n->s[end] == '-' && norm_is_alpha(n->s[end + 1]))
		return 1;
	return en_det_before(n, start) && en_noun_after(n, end);
}

/* 1 when the word before pos is one of list. */
int en_prev_in(const struct norm *n, size_t pos, const char *const *list)
{
	size_t ws, wl;

	return norm_prev_word(n, pos, NULL, &ws, &wl) &&
	       norm_word_in(n, ws, wl, list);
}

/* 1 when the next non-space character after pos is a capital, or there is
 * none: a full stop before it may end the sentence. */
int en_sentence_may_end(const struct norm *n, size_t pos)
{
	while (pos < n->len && (n->s[pos] == ' ' || n->s[pos] == '\t'))
		pos++;
	return pos >= n->len || n->s[pos] == '\n' || en_is_upper(n->s[pos]) ||
	       n->s[pos] == '"';
}

int en_lakh_grouped(const struct norm *n, size_t a, size_t b)
{
	for (; a + 3 < b && n->s[a] != '.'; a++)
		if (n->s[a] == ',' && norm_digits(n, a + 1) == a + 3 &&
		    n->s[a + 3] == ',')
			return 1;
	return 0;
}

void en_say_num(struct norm *n, size_t a, size_t b)
{
	size_t l;
	int lakh = en_lakh_grouped(n, a, b);	/* espeak-ng wants 100000 */

	norm_say(n, "");
	while (a < b) {
		l = norm_group_space(n, a);
		if (l == 0 && !(lakh && n->s[a] == ','))
			norm_copy(n, a, a + 1);
		a += l ? l : 1;
	}
}

void en_say_words(struct norm *n, void (*fn)(struct crier_strbuf *,
						  unsigned long),
		      unsigned long v)
{
	norm_say(n, "");
	fn(n->out, v);
}

/* ".506": point five zero six (espeak-ng says "dot" and the digits). */
void en_say_point(struct norm *n, size_t a, size_t b)
{
	norm_say(n, "point");
	for (a++; a < b; a++)
		en_say_words(n, en_cardinal, (unsigned long)(n->s[a] - '0'));
}

/* A dash between numbers at p ("-" or an en dash); its end, or p. */
size_t en_range_dash(const struct norm *n, size_t p)
{
	if (p < n->len && n->s[p] == '-')
		return p + 1;
	if (norm_has(n, p, "\xe2\x80\x93"))
		return p + 3;
	return p;
}

/* " - 20", " – $20": a spaced dash before a number; its end, or p. */
size_t en_spaced_dash(const struct norm *n, size_t p)
{
	size_t d;

	if (p >= n->len || n->s[p] != ' ')
		return p;
	d = en_range_dash(n, p + 1);
	if (d == p + 1 || d + 1 >= n->len || n->s[d] != ' ')
		return p;
	if (norm_is_digit(n->s[d + 1]) || strchr("$", n->s[d + 1]) ||
	    ((unsigned char)n->s[d + 1] & 0x80))
		return d + 1;
	return p;
}

/* ---- the table ---- */

static const struct norm_rule en_rules[] = {
	{ "month-day", en_rule_month_day },
	{ "day-month", en_rule_day_month },
	{ "numeric-date", en_rule_numeric_date },
	{ "weekday", en_rule_weekday },
	{ "name-range", en_rule_name_range },
	{ "phone", en_rule_phone },
	{ "street", en_rule_street },
	{ "state", en_rule_state },
	{ "abbreviation", en_rule_abbr },
	{ "feet-inches", en_rule_feet_inches },
	{ "money", en_rule_money },
	{ "amount-code", en_rule_amount_code },
	{ "time", en_rule_time },
	{ "duration", en_rule_duration },
	{ "utc-offset", en_rule_utc_offset },
	{ "decade", en_rule_decade },
	{ "ordinal", en_rule_ordinal },
	{ "fraction", en_rule_fraction },
	{ "vulgar-fraction", en_rule_vulgar },
	{ "percent", en_rule_percent },
	{ "range", en_rule_range },
	{ "code-dash", en_rule_code_dash },
	{ "times", en_rule_times },
	{ "unit", en_rule_unit },
	{ "scale", en_rule_scale },
	{ "grouped", en_rule_grouped },
	{ "year", en_rule_year },
	{ "roman", en_rule_roman },
	{ "number-sign", en_rule_number_sign },
	{ "point-decimal", en_rule_point_decimal },
	{ "word-slash", en_rule_word_slash },
	{ NULL, NULL }
};

const struct norm_lang norm_lang_en = {
	"en", "and", "dot", "at", "slash", "dash", "underscore", "hashtag",
	"plus", en_rules
};
