/*
 * normalize_en_numbers.c - English numbers that espeak-ng misreads: clock
 * times and durations ("1h 20m"), decades, years, ordinals, fractions,
 * ranges and scores, the dashes of codes ("978-0"), "#1" and "and/or".
 */
#include <string.h>

#include "normalize_en.h"

/* ---- clock times and dates ---- */

/* "am", "pm", "a.m.", "p.m." (any case) at p; *pm set.  Returns the end
 * or p. */
static size_t ampm_at(const struct norm *n, size_t p, int *pm)
{
	size_t q = p;
	char c;

	if (q < n->len && n->s[q] == ' ')
		q++;
	if (q + 1 >= n->len)
		return p;
	c = n->s[q] | 0x20;
	if (c != 'a' && c != 'p')
		return p;
	*pm = c == 'p';
	if ((n->s[q + 1] | 0x20) == 'm' && norm_boundary(n, q + 2))
		return q + 2;
	if (n->s[q + 1] == '.' && q + 3 < n->len &&
	    (n->s[q + 2] | 0x20) == 'm' && n->s[q + 3] == '.')
		return q + 4;
	return p;
}

/* 1 when a time zone ("EST") follows p after one space. */
static int zone_follows(const struct norm *n, size_t p)
{
	if (p < n->len && n->s[p] == ' ')
		p++;
	return en_zone_at(n, p) > p && norm_boundary(n, en_zone_at(n, p));
}

/* Says v and its unit word, "1 hour", "31 seconds". */
static void say_count(struct norm *n, unsigned long v, const char *unit)
{
	norm_say(n, "");
	crier_strbuf_addf(n->out, "%lu %s%s", v, unit, v == 1 ? "" : "s");
}

/* "21:51:31", "2:03:45": 21 hours 51 minutes and 31 seconds.  s[h] is
 * the first ':'; returns the end or pos. */
static size_t hms(struct norm *n, size_t pos, size_t h)
{
	size_t m = h + 3, e = h + 6;
	unsigned long mi, se;

	if (e > n->len || n->s[h] != ':' || norm_digits(n, h + 1) != m ||
	    n->s[m] != ':' || norm_digits(n, m + 1) != e ||
	    !norm_boundary(n, e) ||
	    (e + 1 < n->len && strchr(".:", n->s[e]) &&
	     norm_is_digit(n->s[e + 1])))
		return pos;
	mi = norm_value(n, h + 1, m);
	se = norm_value(n, m + 1, e);
	if (mi > 59 || se > 59)
		return pos;
	say_count(n, norm_value(n, pos, h), "hour");
	say_count(n, mi, "minute");
	norm_say(n, "and");
	say_count(n, se, "second");
	return e;
}

/* "0900 GMT", "1430 hrs": a time of four digits before a time zone or
 * "hours": oh nine hundred GMT, fourteen thirty hours.  Returns the end
 * of the digits, or pos. */
static size_t hours_time(struct norm *n, size_t pos)
{
	size_t e = norm_digits(n, pos), ws, wl;
	unsigned long hour, min;
	static const char *const hours[] = { "hours", "hrs", NULL };

	if (e - pos != 4 || !norm_boundary(n, e) ||
	    (pos > 0 && (norm_is_alnum(n->s[pos - 1]) ||
			 strchr(".,:$-/", n->s[pos - 1]))))
		return pos;
	hour = norm_value(n, pos, pos + 2);
	min = norm_value(n, pos + 2, e);
	if (hour == 0 || hour > 23 || min > 59 || e >= n->len ||
	    n->s[e] != ' ')
		return pos;	/* "0030 GMT" is left to espeak-ng */
	if (!zone_follows(n, e) && !(norm_next_word(n, e, &ws, &wl) &&
				     norm_word_in(n, ws, wl, hours)))
		return pos;
	if (hour < 10)
		norm_say(n, "oh");
	en_say_words(n, en_cardinal, hour);
	if (min == 0)
		norm_say(n, "hundred");
	else if (min < 10)
		crier_strbuf_addf(n->out, " oh %lu", min);
	else
		en_say_words(n, en_cardinal, min);
	if (norm_has_word(n, e + 1, "hrs")) {
		norm_say(n, "hours");
		return e + 4;
	}
	return e;
}

/* "-11:30" after a clock time at p: a second clock time, so the dash is
 * said "to" ("10:00-11:30"); returns the end of the dash (after "to"
 * is said), or p. */
static size_t clock_range(struct norm *n, size_t p)
{
	size_t c = en_range_dash(n, p), h;

	if (c == p)
		c = en_spaced_dash(n, p);
	h = norm_digits(n, c);
	if (c == p || h == c || h - c > 2 || h + 2 >= n->len ||
	    n->s[h] != ':' || norm_digits(n, h + 1) != h + 3)
		return p;
	norm_say(n, "to ");
	return c;
}

size_t en_rule_time(struct norm *n, size_t pos)
{
	size_t h = norm_digits(n, pos), m = h, end;
	unsigned long hour = norm_value(n, pos, h), min = 0;
	int pm = 0, has_min = 0;

	end = hours_time(n, pos);
	if (end > pos)
		return end;
	if (h == pos || h - pos > 2 || hour > 24 ||
	    (pos > 0 && (n->s[pos - 1] == '.' || n->s[pos - 1] == ':')))
		return pos;
	if (h + 2 < n->len && (n->s[h] == ':' || n->s[h] == '.') &&
	    norm_digits(n, h + 1) == h + 3) {
		min = norm_value(n, h + 1, h + 3);
		m = h + 3;
		has_min = min < 60;
	}
	if (hms(n, pos, h) > pos)
		return h + 6;
	if (m + 1 < n->len && (n->s[m] == ':' || n->s[m] == '.') &&
	    norm_is_digit(n->s[m + 1]))
		return pos;	/* "1:48.32" is a race time */
	end = ampm_at(n, has_min ? m : h, &pm);
	if (end == (has_min ? m : h)) {	/* no am/pm: only "14:30" */
		if (!has_min || n->s[h] != ':' || !norm_boundary(n, m))
			return pos;
		end = 0;
	}
	if (!has_min && end && hour > 12)
		return pos;
	en_say_num(n, h - pos == 2 && n->s[pos] == '0' ? pos + 1 : pos, h);
	if (has_min && min == 0 && !end)
		norm_say(n, hour > 12 || hour == 0 ? "hundred" : "o'clock");
	else if (has_min && min > 0 && min < 10)
		crier_strbuf_addf(n->out, " oh %lu", min);
	else if (has_min && min > 0)
		crier_strbuf_addf(n->out, " %lu", min);
	if (!end)
		return clock_range(n, m);
	norm_say(n, pm ? "PM" : "AM");
	if (n->s[end - 1] == '.' && en_sentence_may_end(n, end) &&
	    !zone_follows(n, end))	/* "9 a.m. EST" is one clause */
		crier_strbuf_addch(n->out, '.');
	if (en_range_dash(n, end) > end && end + 1 < n->len &&
	    norm_is_digit(n->s[en_range_dash(n, end)])) {
		norm_say(n, "to ");	/* "10am-2pm" */
		return en_range_dash(n, end);
	}
	if (en_spaced_dash(n, end) > end) {
		norm_say(n, "to ");	/* "9 a.m. - 5 p.m." */
		return en_spaced_dash(n, end);
	}
	return end;
}

/* One part of a duration at p, "1h", "20m", "20min", "30s": its unit
 * (0 hours, 1 minutes, 2 seconds) in *unit and its end, or p. */
static size_t duration_part(const struct norm *n, size_t p, int *unit)
{
	static const char *const marks[][2] = {
		{ "h", "0" }, { "hr", "0" }, { "m", "1" }, { "min", "1" },
		{ "s", "2" }, { "sec", "2" }, { NULL, NULL }
	};
	size_t d = norm_digits(n, p), e = norm_letters(n, d);
	int i;

	if (d == p || d - p > 3 || e == d ||
	    (e < n->len && norm_alnum_at(n, e) && !norm_is_digit(n->s[e])))
		return p;
	for (i = 0; marks[i][0]; i++)
		if (strlen(marks[i][0]) == e - d &&
		    memcmp(n->s + d, marks[i][0], e - d) == 0) {
			*unit = marks[i][1][0] - '0';
			return e;
		}
	return p;
}

/* "1h 20m", "2h30m", "4m 30s", "1h 5m 10s": hours, minutes and seconds
 * in a row, each unit smaller than the one before (a lone "20m" is
 * left to the scale and unit rules: millions or metres). */
size_t en_rule_duration(struct norm *n, size_t pos)
{
	static const char *const words[] = { "hour", "minute", "second" };
	size_t a[3], e[3], p = pos;
	int unit[3], count = 0, i;

	while (count < 3) {
		e[count] = duration_part(n, p, &unit[count]);
		if (e[count] == p ||
		    (count > 0 && unit[count] <= unit[count - 1]))
			break;
		a[count++] = p;
		p = e[count - 1];
		if (p + 1 < n->len && n->s[p] == ' ' && norm_is_digit(n->s[p + 1]))
			p++;
	}
	if (count < 2 || !norm_boundary(n, e[count - 1]))
		return pos;
	for (i = 0; i < count; i++) {
		if (unit[i] == 2 && i > 0)	/* as a clock says it */
			norm_say(n, "and");
		say_count(n, norm_value(n, a[i], norm_digits(n, a[i])),
			  words[unit[i]]);
	}
	return e[count - 1];
}

/* ---- decades, years, ordinals ---- */

/* A dash at p between two things of a kind, the second at the dash's
 * end when next(n, end) > end: says "to" and returns the dash's end
 * ("5th-6th", "1700s-1800s"); otherwise p. */
static size_t dash_to(struct norm *n, size_t p,
		      size_t (*next)(const struct norm *, size_t))
{
	size_t c = en_range_dash(n, p);

	if (c == p || next(n, c) == c)
		return p;
	norm_say(n, "to ");
	return c;
}

/* A plural decade at pos ("1990s", "1990's", "'80s", "70s"): its end,
 * or pos; *v is set to its number. */
static size_t decade_at(const struct norm *n, size_t pos, unsigned long *v)
{
	size_t a = pos, b, s;

	if (n->s[a] == '\'')
		a++;
	else if (norm_has(n, a, "\xe2\x80\x99"))	/* ’ */
		a += 3;
	b = norm_digits(n, a);
	if ((b - a != 2 && b - a != 4) || (a > pos && b - a != 2))
		return pos;
	s = b;
	if (s < n->len && n->s[s] == '\'')
		s++;
	if (s >= n->len || n->s[s] != 's' || !norm_boundary(n, s + 1))
		return pos;
	*v = norm_value(n, a, b);
	return s + 1;
}

static size_t decade_end(const struct norm *n, size_t pos)
{
	unsigned long v;

	return decade_at(n, pos, &v);
}

/* "1990s", "1990's", "'80s", "70s": nineteen nineties, eighties;
 * "1700s-1800s": seventeen hundreds to eighteen hundreds. */
size_t en_rule_decade(struct norm *n, size_t pos)
{
	struct crier_strbuf words = CRIER_STRBUF_INIT;
	unsigned long v;
	size_t e = decade_at(n, pos, &v);

	if (e == pos || en_decade(&words, v) < 0) {
		crier_strbuf_release(&words);
		return pos;
	}
	norm_say(n, words.buf);
	crier_strbuf_release(&words);
	return dash_to(n, e, decade_end);
}

static const char *const year_words[] = {
	"in", "since", "from", "until", "till", "by", "before", "after",
	"during", "between", "to", "year", "circa", "early", "late", "mid",
	"spring", "summer", "autumn", "fall", "winter", "around", "of",
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December", NULL
};

/* 1 when a clause ends at p: "founded 1990, it..." */
static int year_end(const struct norm *n, size_t p)
{
	return p >= n->len || (strchr(",.;:)!?\"'", n->s[p]) &&
			       (p + 1 >= n->len || !norm_is_digit(n->s[p + 1])));
}

/* Words before a number that make it a count, not a year: "about 1500". */
static const char *const count_words[] = {
	"about", "some", "nearly", "almost", "over", "than", "only", "just",
	"least", "most", "all", "the", "those", "these", "of", "are", "were",
	"with", "to", "and", "or", "no", "every", "at", "number", "No", NULL
};

/* "AD", "A.D", "BC", "BCE", "CE" after a year at p: its end and reading. */
static size_t era_at(const struct norm *n, size_t p, const char **say)
{
	static const char *const eras[][2] = {
		{ "A.D.", "AD" }, { "A.D", "AD" }, { "AD", "AD" },
		{ "B.C.E.", "BCE" }, { "B.C.", "BC" }, { "B.C", "BC" },
		{ "BCE", "BCE" }, { "BC", "BC" }, { "CE", "CE" },
		{ NULL, NULL }
	};
	int i;

	if (p >= n->len || n->s[p] != ' ')
		return 0;
	for (i = 0; eras[i][0]; i++) {
		size_t e = p + 1 + strlen(eras[i][0]);

		if (norm_has(n, p + 1, eras[i][0]) && norm_boundary(n, e)) {
			*say = eras[i][1];
			return e;
		}
	}
	return 0;
}

/* "340 AD", "55 BC": three forty AD, fifty five BC. */
static size_t era_year(struct norm *n, size_t pos, size_t b)
{
	const char *say = NULL;
	size_t e = era_at(n, b, &say);
	unsigned long v = norm_value(n, pos, b);

	if (!e || b - pos > 4 || v == 0)
		return pos;
	if (v >= 100 && v < 1000 && v % 100 >= 10) {
		en_say_words(n, en_cardinal, v / 100);
		en_say_words(n, en_cardinal, v % 100);
	} else {
		en_say_words(n, en_year, v);
	}
	norm_say(n, say);
	if (n->s[e - 1] == '.' && en_sentence_may_end(n, e))
		crier_strbuf_addch(n->out, '.');
	return e;
}

/* 1 when the four digits s[pos..b) stand where a year does: after "in",
 * "since", a month..., before the end of a clause, or (from 1100 to
 * 1999, numbers espeak-ng reads as "nineteen hundred ninety") anywhere
 * no count word comes before and no noun after. */
static int year_context(const struct norm *n, size_t pos, size_t b,
			unsigned long v)
{
	static const char *const periods[] = {
		"Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY", NULL
	};
	size_t ws, wl;

	if (en_prev_in(n, pos, periods))
		return 1;	/* "Q3 2024 results" */
	if (norm_next_word(n, b, &ws, &wl) && ws == b + 1 &&
	    en_noun_after(n, b))
		return 0;	/* "in 1500 cases" */
	if (en_prev_in(n, pos, year_words) || year_end(n, b))
		return 1;
	if (norm_prev_word(n, pos, ",", &ws, &wl) && norm_is_digit(n->s[ws]) &&
	    wl <= 2)
		return 1;
	return v >= 1100 && v <= 1999 && !en_prev_in(n, pos, count_words);
}

/* "2019/20", "2009/10": a season or a financial year, two years in a
 * row; said "twenty nineteen twenty", "two thousand nine ten".  s[pos..b)
 * is the first year; returns the end, or pos. */
static size_t season(struct norm *n, size_t pos, size_t b)
{
	unsigned long v = norm_value(n, pos, b), next;

	if (b - pos != 4 || b + 3 > n->len || n->s[b] != '/' ||
	    norm_digits(n, b + 1) != b + 3 || !norm_boundary(n, b + 3) ||
	    v < 1900 || v > 2098)
		return pos;
	next = norm_value(n, b + 1, b + 3);
	if (next != (v + 1) % 100 || next == 0)
		return pos;
	en_say_words(n, en_year, v);
	if (next < 10)
		norm_say(n, "oh");
	en_say_words(n, en_cardinal, next);
	return b + 3;
}

/* A year from 1000 to 2099: nineteen ninety, twenty twelve.  espeak-ng
 * says "nineteen hundred ninety" and "two thousand twelve". */
size_t en_rule_year(struct norm *n, size_t pos)
{
	size_t b = norm_digits(n, pos), e;
	unsigned long v;

	if (b == pos || (pos > 0 && strchr(".,$/", n->s[pos - 1])) ||
	    (pos > 1 && n->s[pos - 1] == '-' && norm_is_digit(n->s[pos - 2])))
		return pos;	/* "10-1000": the range rule read "10 to" */
	e = era_year(n, pos, b);
	if (e == pos)
		e = season(n, pos, b);
	if (e > pos)
		return e;
	if (b - pos != 4 || !norm_boundary(n, b) ||
	    (b < n->len && strchr("%:", n->s[b])))
		return pos;
	v = norm_value(n, pos, b);
	if (v < 1000 || v > 2099 || (v >= 2000 && v < 2010) ||
	    !year_context(n, pos, b, v))
		return pos;
	en_say_words(n, en_year, v);
	return b;
}

/* An ordinal written in figures at pos ("21st", "1,000th"): its end,
 * or pos. */
static size_t ordinal_end(const struct norm *n, size_t pos)
{
	size_t frac, b = norm_number(n, pos, &frac);
	static const char *const sfx[] = { "st", "nd", "rd", "th", NULL };

	if (b == pos || frac || b + 2 > n->len || !norm_boundary(n, b + 2) ||
	    !norm_word_in(n, b, 2, sfx))
		return pos;
	return b + 2;
}

/* "21st", "100th": words (espeak-ng says "one hundred th"); "5th-6th":
 * fifth to sixth. */
size_t en_rule_ordinal(struct norm *n, size_t pos)
{
	size_t e = ordinal_end(n, pos);

	if (e == pos)
		return pos;
	en_say_words(n, en_ordinal, norm_value(n, pos, e - 2));
	return dash_to(n, e, ordinal_end);
}

/* ---- fractions, ranges, percentages ---- */

/* 1 when a number may end at p: at a word boundary, or before a unit, a
 * scale or a percent sign ("10-12km", "3-5bn", "5-7%"), not "777-200LR". */
static int quantity_end(const struct norm *n, size_t p)
{
	const char *scale;
	int pm;

	if (p < n->len && norm_is_digit(n->s[p]))
		return 0;
	return norm_boundary(n, p) || n->s[p] == '%' ||
	       en_unit_follows(n, p) || en_scale_at(n, p, &scale, 1) > p ||
	       ampm_at(n, p, &pm) > p;
}

/* 1 when pos follows a whole number and one space: "5 1/2". */
static int after_whole(const struct norm *n, size_t pos)
{
	size_t p = pos;

	if (p > 0 && n->s[p - 1] == ' ')
		p--;
	return p > 0 && norm_is_digit(n->s[p - 1]) &&
	       (p < 2 || n->s[p - 2] != '/');
}

static void say_fraction(struct norm *n, size_t pos, unsigned long num,
			 unsigned long den)
{
	int mixed = after_whole(n, pos);

	if (mixed)
		norm_say(n, "and");
	norm_say(n, "");
	en_fraction(n->out, num, den, mixed);
}

/* 1 when den is a denominator said as a fraction ("thirty seconds"),
 * not a second number ("24/7", "9/11"): up to ten, or a power of two
 * (inches), a hundred or a thousand. */
static int fraction_den(unsigned long den)
{
	return (den >= 2 && den <= 10) || den == 16 || den == 32 ||
	       den == 64 || den == 100 || den == 1000;
}

/* "1/4th", "3/8ths": the suffix some writers add; its end or p. */
static size_t fraction_suffix(const struct norm *n, size_t p)
{
	size_t e = norm_letters(n, p);
	static const char *const sfx[] = { "th", "ths", "rd", "rds", "nd",
					   "nds", NULL };

	return e > p && norm_word_in(n, p, e - p, sfx) ? e : p;
}

/* "1/3": one third; "5 11/16": five and eleven sixteenths; "2 7/4": two
 * and seven over four; "24/7", "9/11": twenty four seven, nine eleven;
 * "4 1/2 lbs": four and a half pounds. */
size_t en_rule_fraction(struct norm *n, size_t pos)
{
	size_t a = norm_digits(n, pos), b, e;
	unsigned long num, den;

	if (a == pos || a >= n->len || n->s[a] != '/' ||
	    (pos > 0 && n->s[pos - 1] == '/'))
		return pos;
	b = norm_digits(n, a + 1);
	e = fraction_suffix(n, b);
	if (b == a + 1 || !norm_boundary(n, e) ||
	    (e < n->len && n->s[e] == '/'))
		return pos;
	num = norm_value(n, pos, a);
	den = norm_value(n, a + 1, b);
	if (num == 0 || den == 0 || num > 999 || den > 1000)
		return pos;
	if (num < den && (fraction_den(den) || after_whole(n, pos))) {
		say_fraction(n, pos, num, den);
		return en_say_unit_at(n, e, 0);
	}
	if (after_whole(n, pos)) {
		norm_say(n, "and");
		en_say_words(n, en_cardinal, num);
		norm_say(n, "over");
		en_say_words(n, en_cardinal, den);
		return e;
	}
	if (e > b || num > 99 || den > 99 || den < 2)
		return pos;
	en_say_words(n, en_cardinal, num);
	en_say_words(n, en_cardinal, den);
	return b;
}

/* Unicode vulgar fractions: "½", "2¾". */
size_t en_rule_vulgar(struct norm *n, size_t pos)
{
	static const struct {
		const char *s;
		unsigned long num, den;
	} v[] = {
		{ "\xc2\xbd", 1, 2 }, { "\xc2\xbc", 1, 4 },
		{ "\xc2\xbe", 3, 4 }, { "\xe2\x85\x93", 1, 3 },
		{ "\xe2\x85\x94", 2, 3 }, { "\xe2\x85\x9b", 1, 8 },
		{ NULL, 0, 0 }
	};
	int i;

	for (i = 0; v[i].s; i++) {
		if (norm_has(n, pos, v[i].s)) {
			say_fraction(n, pos, v[i].num, v[i].den);
			return en_say_unit_at(n, pos + strlen(v[i].s), 0);
		}
	}
	return pos;
}

/* Words before a score, within three words: "won 3-1", "beat them 2-0". */
static const char *const score_before[] = {
	"won", "win", "wins", "beat", "beats", "lost", "lose", "loses",
	"defeat", "defeated", "drew", "draw", "victory", "score", "scored",
	"led", "lead", "leads", "trail", "trailed", "thrashed", "edged",
	"trailing", "leading", "winning", "losing", "scoreline", "drawing",
	"drawn", "beating", "beaten", NULL
};

/* Words right after a score: "a 3-1 win", "went 2-0 up". */
static const char *const score_after[] = {
	"win", "victory", "defeat", "loss", "draw", "lead", "triumph", "up",
	"down", "winners", "half-time", "aggregate", "thrashing", "scoreline",
	"home", "away", NULL
};

/* A score ("3-1") at p: its end, or p. */
static size_t score_at(const struct norm *n, size_t p)
{
	size_t a = norm_digits(n, p), c, d;

	if (a == p || a >= n->len || n->s[a] != '-')
		return p;
	c = a + 1;
	d = norm_digits(n, c);
	return d > c && norm_boundary(n, d) ? d : p;
}

/* 1 when the number-dash-number at s[pos..end) is a match's score: a word
 * about winning among the three before it or just after it, or more
 * scores beside it ("6-3 4-6 6-1"). */
static int score_context(const struct norm *n, size_t pos, size_t end)
{
	size_t p = pos, ws, wl;
	int i;

	if (norm_next_word(n, end, &ws, &wl) &&
	    (norm_word_in(n, ws, wl, score_after) || score_at(n, ws) > ws))
		return 1;
	if (pos >= 2 && n->s[pos - 1] == ' ' && norm_is_digit(n->s[pos - 2])) {
		p = pos - 2;
		while (p > 0 && (norm_is_digit(n->s[p - 1]) ||
				 n->s[p - 1] == '-'))
			p--;
		if (score_at(n, p) == pos - 1)
			return 1;
		p = pos;
	}
	for (i = 0; i < 3; i++) {
		if (!norm_prev_word(n, p, ",", &ws, &wl))
			return 0;
		if (norm_word_in(n, ws, wl, score_before))
			return 1;
		p = ws;
	}
	return 0;
}

/* "1914-18": nineteen fourteen to nineteen eighteen; "2003-05": two
 * thousand three to two thousand five; "2009-12": ... to twenty twelve. */
static int year_range(struct norm *n, size_t pos, size_t a, size_t c,
		      size_t d)
{
	unsigned long y1 = norm_value(n, pos, a), y2 = norm_value(n, c, d);

	if (a - pos != 4 || d - c == 3 || d - c > 4 || y1 < 1000 ||
	    y1 > 2099)
		return 0;
	if (d - c == 2 && y2 < y1 % 100 && y1 % 100 < 90)
		return 0;	/* "2012-10" is no range: see year_month() */
	if (d - c == 2)		/* "2003-05", "1999-01" */
		y2 += y1 / 100 * 100 + (y2 < y1 % 100 ? 100 : 0);
	else if (d - c == 1)	/* "2005-6" */
		y2 += y1 / 10 * 10 + (y2 < y1 % 10 ? 10 : 0);
	if (y2 <= y1 || y2 - y1 > 100)
		return 0;
	en_say_words(n, en_year, y1);
	norm_say(n, "to");
	en_say_words(n, en_year, y2);
	return 1;
}

/* Capitalized words that start a sentence before a range of numbers:
 * "Between 100-200 people", "Some 300-400 homes". */
static const char *const range_starters[] = {
	"Between", "From", "About", "Around", "Some", "Only", "Up", "Nearly",
	"Almost", "Roughly", "Approximately", "Just", "Over", "Under", "By",
	"In", "On", "At", "For", "Of", "To", "The", "A", "An", "And", "But",
	"Or", "With", "Without", "Another", "Aged", "Ages", "Pages", "Page",
	"Chapters", "Verses", "Rooms", "Items", "Numbers", "Scores",
	"Perhaps", "Maybe", "Still", "Now", "Then", "All", NULL
};

/* 1 when the word before pos names a thing that takes model numbers
 * ("Boeing 737-800"): capitalized and no month or weekday; first in its sentence
 * only when it is no common word there and the numbers s[pos..a) and
 * s[c..d) both have three digits or more ("Airbus A320-200" is, "Between
 * 10-12" is not). */
static int model_before(const struct norm *n, size_t pos, size_t a,
			size_t c, size_t d)
{
	size_t ws, wl;

	if (!norm_prev_word(n, pos, NULL, &ws, &wl) || !en_is_upper(n->s[ws]) ||
	    norm_word_in(n, ws, wl, en_months) || ws + wl + 1 != pos ||
	    en_weekday_word(n, ws, wl))	/* "Mon-Fri 9-5" */
		return 0;
	if (!norm_sentence_start(n, ws))
		return 1;
	return a - pos >= 3 && d - c >= 3 &&
	       !norm_word_in(n, ws, wl, range_starters);
}

/* Words before two numbers joined by a dash that make them a range
 * whatever their shape: "pages 233-300". */
static const char *const range_words[] = {
	"between", "from", "pages", "pp", "page", "verses", "ages", NULL
};

/* 1 when s[pos..a) and s[c..d) are written like a model and its variant
 * ("the 737-800", "A320-200" aside): three digits, the first not a round
 * number, the second a round hundred.  A range from a number that exact
 * to a round one is rare. */
static int variant_shape(const struct norm *n, size_t pos, size_t a,
			 size_t c, size_t d)
{
	return a - pos == 3 && d - c == 3 && norm_value(n, pos, a) % 10 != 0 &&
	       norm_value(n, c, d) % 100 == 0 &&
	       !en_prev_in(n, pos, range_words);
}

/* 1 when "a 60-40 split" shares out a whole: said "sixty forty". */
static int split_of_whole(const struct norm *n, size_t pos, size_t a,
			  size_t c, size_t d)
{
	return norm_value(n, pos, a) + norm_value(n, c, d) == 100 &&
	       en_det_before(n, pos);
}

/* 1 when the whole numbers s[pos..a) and s[c..d) make a range written
 * with spaces: the second is larger and of about the same size. */
static int rises(const struct norm *n, size_t pos, size_t a, size_t c,
		 size_t d)
{
	return norm_value(n, c, d) > norm_value(n, pos, a) &&
	       d - c <= a - pos + 1;
}

/* Words before numbers joined by a dash that make them a code, not a
 * range: "No. 55-1023", "ref 3-4". */
static const char *const code_words[] = {
	"No", "number", "ref", "reference", "code", "serial", "ISBN", "ID",
	"item", "model", NULL
};

/* 1 when the word before pos (past a stop: "No.") is one of code_words. */
static int code_before(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	return norm_prev_word(n, pos, ".", &ws, &wl) &&
	       norm_word_in(n, ws, wl, code_words);
}

/* 1 when s[pos..a) and s[c..d) are hours of the clock after a range of
 * weekdays: "Mon-Fri 9-5" is open from nine to five.  After one weekday
 * they may be a score ("on Saturday 2-1"). */
static int opening_hours(const struct norm *n, size_t pos, size_t a,
			 size_t c, size_t d)
{
	size_t ws, wl, w1, l1, dash;

	if (a - pos > 2 || d - c > 2 || norm_value(n, pos, a) > 12 ||
	    norm_value(n, c, d) > 12 || norm_value(n, c, d) == 0 ||
	    !norm_prev_word(n, pos, ":,", &ws, &wl) ||
	    !en_weekday_word(n, ws, wl) || ws < 2)
		return 0;
	dash = n->s[ws - 1] == '-' ? ws - 1 :
	       ws >= 4 && norm_has(n, ws - 3, "\xe2\x80\x93") ? ws - 3 : ws;
	return dash < ws && norm_prev_word(n, dash, NULL, &w1, &l1) &&
	       w1 + l1 == dash && en_weekday_word(n, w1, l1);
}

/* "10-12": 10 to 12 (the second number is left to the other rules, so
 * "5-7%" and "10-12km" work); "50-50": 50 50; scores: "won 3-1". */
size_t en_rule_range(struct norm *n, size_t pos)
{
	size_t fa, fc, a = norm_number(n, pos, &fa), c, d;
	int score, spaced = 0;

	if (a == pos || (pos > 0 && (n->s[pos - 1] == '-' ||
				    n->s[pos - 1] == '/')))
		return pos;
	c = en_range_dash(n, a);
	if (c == a) {
		c = en_spaced_dash(n, a);	/* "5 - 7 pm" */
		spaced = 1;
	}
	if (c == a)
		return pos;
	d = norm_number(n, c, &fc);
	if (d == c || en_range_dash(n, d) != d || !quantity_end(n, d))
		return pos;
	if (spaced && (fa || fc || !rises(n, pos, a, c, d)))
		return pos;	/* "170 - 45190": two numbers, a pause */
	score = score_context(n, pos, d);
	if ((model_before(n, pos, a, c, d) || code_before(n, pos) ||
	     variant_shape(n, pos, a, c, d)) && !score)
		return pos;
	if (!fa && !fc && norm_boundary(n, d) && year_range(n, pos, a, c, d))
		return d;
	if (!score && !fa && !fc && !split_of_whole(n, pos, a, c, d) &&
	    (norm_value(n, c, d) < norm_value(n, pos, a) ||
	     d - c >= a - pos + 3) && !opening_hours(n, pos, a, c, d))
		return pos;	/* "978-0", "1-8090" are no ranges */
	en_say_num(n, pos, a);
	if (!score && !split_of_whole(n, pos, a, c, d) &&
	    (d - c != a - pos || memcmp(n->s + pos, n->s + c, a - pos) != 0))
		norm_say(n, "to");
	crier_strbuf_addch(n->out, ' ');
	return c;
}

/* "978-0", "1-8090", "1-413-te-b-1-5": numbers joined by a dash that
 * make no range (the range, date and telephone rules came first) are the
 * parts of a code, read with a short pause where the dash is, as codes
 * are read out ("978, 0"), not "dash": when one of them has three digits
 * or more, or the dashes make a chain.  Left to espeak-ng: votes and
 * scores ("voted 8-1"), model numbers after a maker ("Boeing 747-400"),
 * written like a variant ("the 737-800") or with letters ("777-200LR"). */
size_t en_rule_code_dash(struct norm *n, size_t pos)
{
	size_t a = norm_digits(n, pos), c, d;
	int chain;

	if (a == pos || a + 1 >= n->len || n->s[a] != '-' ||
	    !norm_is_digit(n->s[a + 1]) ||
	    (pos > 0 && strchr(".,:/", n->s[pos - 1])))
		return pos;
	c = a + 1;
	d = norm_digits(n, c);
	chain = (pos > 0 && n->s[pos - 1] == '-') ||
		(d < n->len && n->s[d] == '-');
	if ((!norm_boundary(n, d) && !chain) ||
	    (!chain && a - pos < 3 && d - c < 3) ||
	    model_before(n, pos, a, c, d) ||
	    (!chain && variant_shape(n, pos, a, c, d)))
		return pos;
	en_say_num(n, pos, a);
	crier_strbuf_adds(n->out, ", ");
	return c;
}

/* The end of a multiplication sign at p ("x" or "\xc3\x97"), or p. */
static size_t times_sign(const struct norm *n, size_t p)
{
	if (p < n->len && n->s[p] == 'x')
		return p + 1;
	return norm_has(n, p, "\xc3\x97") ? p + 2 : p;
}

/* "2 x 3 m", "4x6 ft": dimensions with a unit, said "2 by 3".  "2 x 3"
 * alone may be a product ("two times three") and "10x" is said "ten
 * times" or "ten ex": both are left to espeak-ng.  The second number is
 * left to the other rules, so its unit is read too. */
size_t en_rule_times(struct norm *n, size_t pos)
{
	size_t frac, b = norm_number(n, pos, &frac), x, c;
	int space;

	if (b == pos || (pos > 0 && (norm_is_alnum(n->s[pos - 1]) ||
				    strchr(".,+-", n->s[pos - 1]))))
		return pos;
	space = b < n->len && n->s[b] == ' ';
	if (!space && b == pos + 1 && n->s[pos] == '0')
		return pos;	/* "0x1F" is hexadecimal */
	x = times_sign(n, b + space);
	if (x == b + space)
		return pos;
	c = x + (x < n->len && n->s[x] == ' ' && space);
	if (c >= n->len || !norm_is_digit(n->s[c]) || (c > x) != space ||
	    !en_unit_follows(n, norm_number(n, c, &frac)))
		return pos;
	en_say_num(n, pos, b);
	norm_say(n, "by ");
	return c;
}

/* A sign before a number at pos: "plus", "minus" or NULL; *len its size. */

size_t en_rule_number_sign(struct norm *n, size_t pos)
{
	size_t b;

	if (n->s[pos] != '#')
		return pos;
	b = norm_digits(n, pos + 1);
	if (b == pos + 1 || !norm_boundary(n, b))
		return pos;
	norm_say(n, "number");
	en_say_num(n, pos + 1, b);
	return b;
}

/* "10 000", "1 500 000": thousands grouped with spaces, and "1,00,000"
 * grouped the Indian way, said as one number (espeak-ng reads each group
 * on its own: ten, zero zero zero). */
size_t en_rule_grouped(struct norm *n, size_t pos)
{
	size_t b, frac, i;

	if (pos > 0 && (norm_is_alnum(n->s[pos - 1]) ||
			strchr(".,-/:", n->s[pos - 1])))
		return pos;
	b = norm_number(n, pos, &frac);
	for (i = pos; i < b && norm_group_space(n, i) == 0; i++)
		;
	if (i == b && !en_lakh_grouped(n, pos, b))
		return pos;
	en_say_num(n, pos, b);
	return b;
}

/* ".75 inches", "(.5)": a decimal without its whole part, after a space,
 * a bracket or at the start: point seven five. */
size_t en_rule_point_decimal(struct norm *n, size_t pos)
{
	size_t b;

	if (n->s[pos] != '.' || (pos > 0 && !strchr(" \t\n(\"", n->s[pos - 1])))
		return pos;
	b = norm_digits(n, pos + 1);
	if (b == pos + 1 || !norm_boundary(n, b) ||
	    (b < n->len && n->s[b] == '.' && norm_is_digit(n->s[b + 1])))
		return pos;
	en_say_point(n, pos, b);
	return b;
}

/* "his/her", "yes/no": his or her, yes or no; "and/or" is left to
 * espeak-ng, which says "and slash or", as many speakers do. */
size_t en_rule_word_slash(struct norm *n, size_t pos)
{
	size_t a = norm_letters(n, pos), b;

	if (a == pos || a - pos > 12 || a >= n->len || n->s[a] != '/' ||
	    !en_is_lower(n->s[pos]) || !en_is_lower(n->s[a + 1]) ||
	    (pos > 0 && n->s[pos - 1] == '/'))
		return pos;	/* "a/b/c" is a path */
	b = norm_letters(n, a + 1);
	if (b - a - 1 > 12 || !norm_boundary(n, b) ||
	    (b < n->len && n->s[b] == '/'))
		return pos;
	if (norm_has_word(n, a + 1, "or"))
		return pos;	/* "and/or": espeak-ng says "and slash or" */
	norm_copy(n, pos, a);
	norm_say(n, "or");
	crier_strbuf_addch(n->out, ' ');
	norm_copy(n, a + 1, b);
	return b;
}
