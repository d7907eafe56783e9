/*
 * normalize_en.h - what the files of the English rule table share
 * (libcrier internal): context tests, helpers that say numbers, and the
 * rules themselves, which normalize_en.c lists in the order they are
 * tried.  Every rule follows the contract of struct norm_rule.
 */
#ifndef CRIER_NORMALIZE_EN_H
#define CRIER_NORMALIZE_EN_H

#include <stddef.h>

#include "normalize_int.h"

static inline int en_is_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int en_is_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

/* "January".."December", NULL-ended. */
extern const char *const en_months[];

/* ---- number words (normalize_en_words.c), appended to sb ---- */

/* "twenty one", "one million two hundred" (words separated by spaces). */
void en_cardinal(struct crier_strbuf *sb, unsigned long v);
/* "twenty first", "one hundredth". */
void en_ordinal(struct crier_strbuf *sb, unsigned long v);
/* Years as said: "nineteen ninety", "eighteen oh five", "two thousand
 * three", "twenty twenty four"; other numbers as cardinals. */
void en_year(struct crier_strbuf *sb, unsigned long v);
/* Plural decades: 60 "sixties", 1960 "nineteen sixties", 1800 "eighteen
 * hundreds"; returns -1 (nothing added) for other numbers. */
int en_decade(struct crier_strbuf *sb, unsigned long v);
/* num/den: "three quarters", "one third"; "a third" when article. */
void en_fraction(struct crier_strbuf *sb, unsigned long num,
		 unsigned long den, int article);

/* ---- context (normalize_en.c) ---- */

/* 1 when the word before pos is a determiner or a possessive ("a $5bn
 * rescue", "Britain's £2bn plan"). */
int en_det_before(const struct norm *n, size_t pos);
/* 1 when a lower-case word that could be a noun follows end directly. */
int en_noun_after(const struct norm *n, size_t end);
/* 1 when the quantity s[start..end) modifies a noun: "a 5km race". */
int en_adjectival(const struct norm *n, size_t start, size_t end);
/* 1 when the word before pos is one of list (case-insensitively). */
int en_prev_in(const struct norm *n, size_t pos, const char *const *list);
/* 1 when a full stop before pos may end the sentence: a capital, a quote,
 * a line break or the end of the text comes next. */
int en_sentence_may_end(const struct norm *n, size_t pos);
/* 1 when the number s[a..b) groups its digits the Indian way, by two
 * before the last three ("1,00,000"). */
int en_lakh_grouped(const struct norm *n, size_t a, size_t b);
/* Says the digits s[a..b) as they are written ("1.13", "50,000"), without
 * the spaces of "10 000" or the commas of "1,00,000". */
void en_say_num(struct norm *n, size_t a, size_t b);
/* Says v with fn (en_cardinal, en_ordinal, en_year). */
void en_say_words(struct norm *n, void (*fn)(struct crier_strbuf *,
					     unsigned long),
		  unsigned long v);
/* Says a decimal without its whole part, s[a..b) = ".506", as "point
 * five zero six". */
void en_say_point(struct norm *n, size_t a, size_t b);
/* A dash between numbers at p ("-" or an en dash): its end, or p. */
size_t en_range_dash(const struct norm *n, size_t p);
/* A dash with a space on each side at p (" - ", " – ") and a digit or a
 * currency sign after it: the end of the dash and its spaces, or p. */
size_t en_spaced_dash(const struct norm *n, size_t p);

/* ---- quantities (normalize_en_money.c) ---- */

/* A scale at p ("bn" attached, or " billion" or " bn" unless
 * attached_only); its
 * word in *word.  Returns its end, or p. */
size_t en_scale_at(const struct norm *n, size_t p, const char **word,
		   int attached_only);
/* 1 when a unit abbreviation ("km", "°C") starts at p. */
int en_unit_follows(const struct norm *n, size_t p);

/* "/mo", "/hr" after a quantity at p: says "per month"; returns its end,
 * or p (nothing said). */
size_t en_per_period(struct norm *n, size_t p);

/* A unit at p ("lbs", " km"): says it ("pounds", or "pound" when one)
 * and returns its end; p (nothing said) when none is there. */
size_t en_say_unit_at(struct norm *n, size_t p, int one);

size_t en_rule_money(struct norm *n, size_t pos);
size_t en_rule_amount_code(struct norm *n, size_t pos);
size_t en_rule_scale(struct norm *n, size_t pos);
size_t en_rule_unit(struct norm *n, size_t pos);
size_t en_rule_feet_inches(struct norm *n, size_t pos);
size_t en_rule_percent(struct norm *n, size_t pos);

/* ---- names and titles (normalize_en_names.c) ---- */

size_t en_rule_abbr(struct norm *n, size_t pos);
size_t en_rule_roman(struct norm *n, size_t pos);

/* ---- dates (normalize_en_dates.c) ---- */

/* 1 when s[ws..ws+wl) is a weekday, in full or abbreviated ("Fri"). */
int en_weekday_word(const struct norm *n, size_t ws, size_t wl);
size_t en_rule_month_day(struct norm *n, size_t pos);
size_t en_rule_day_month(struct norm *n, size_t pos);
size_t en_rule_numeric_date(struct norm *n, size_t pos);
size_t en_rule_weekday(struct norm *n, size_t pos);
size_t en_rule_name_range(struct norm *n, size_t pos);

/* ---- addresses (normalize_en_address.c) ---- */

size_t en_rule_street(struct norm *n, size_t pos);
size_t en_rule_state(struct norm *n, size_t pos);

/* ---- time zones (normalize_en_zones.c) ---- */

/* The end of a time zone abbreviation ("EST", "UTC") at p, or p. */
size_t en_zone_at(const struct norm *n, size_t p);
size_t en_rule_utc_offset(struct norm *n, size_t pos);

/* ---- telephone numbers (normalize_en_phone.c) ---- */

size_t en_rule_phone(struct norm *n, size_t pos);

/* ---- numbers and times (normalize_en_numbers.c) ---- */

size_t en_rule_time(struct norm *n, size_t pos);
size_t en_rule_duration(struct norm *n, size_t pos);
size_t en_rule_decade(struct norm *n, size_t pos);
size_t en_rule_year(struct norm *n, size_t pos);
size_t en_rule_ordinal(struct norm *n, size_t pos);
size_t en_rule_fraction(struct norm *n, size_t pos);
size_t en_rule_vulgar(struct norm *n, size_t pos);
size_t en_rule_range(struct norm *n, size_t pos);
size_t en_rule_code_dash(struct norm *n, size_t pos);
size_t en_rule_times(struct norm *n, size_t pos);
size_t en_rule_number_sign(struct norm *n, size_t pos);
size_t en_rule_grouped(struct norm *n, size_t pos);
size_t en_rule_point_decimal(struct norm *n, size_t pos);
size_t en_rule_word_slash(struct norm *n, size_t pos);

#endif
