/*
 * normalize_en_dates.c - English dates in the forms news text writes
 * them: "July 25, 2012", "Jan. 15", "SEPT. 15", "Jan-15", "25 July 2012",
 * "the 26th May", "2016-11-03" and "15/01/2020" (day or month first by
 * the text's locale when both could be either), and ranges of weekdays
 * or months ("Mon-Fri": Monday to Friday).  Days are said as ordinals
 * and years as years: "July twenty fifth, twenty twelve".
 */
#include <string.h>
#include <strings.h>

#include "normalize_en.h"

/* Month abbreviations, in month order ("Sept" is tried before "Sep"). */
static const char *const month_abbrs[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept",
	"Oct", "Nov", "Dec", "Sep", NULL
};

/* The month of the abbreviation at index i of month_abbrs. */
static int abbr_month(int i)
{
	return i == 12 ? 8 : i;
}

/* 1 when s[p..e) is written in lower case. */
static int lower_word(const struct norm *n, size_t p, size_t e)
{
	for (; p < e; p++)
		if (!en_is_lower(n->s[p]))
			return 0;
	return 1;
}

/*
 * A month at p: its full name in any case ("July", "july", "JULY"; "may"
 * and "march" only with a capital, they are words too, unless
 * words_too: the caller has made sure it is a date), or an
 * abbreviation ("Jan", "SEPT", "sept") with or without a full stop, in
 * lower case only when it is no word ("mar" is).  The callers want a
 * number beside it.  Sets *month (0-11) and *abbr; returns the end
 * (after the stop), or p.
 */
static size_t month_word_at(const struct norm *n, size_t p, int *month,
			    int *abbr, int words_too)
{
	size_t e = norm_letters(n, p);
	int i;

	if (e == p)
		return p;
	for (i = 0; en_months[i]; i++) {
		if (strlen(en_months[i]) != e - p ||
		    strncasecmp(n->s + p, en_months[i], e - p) != 0)
			continue;
		if ((i == 2 || i == 4) && !en_is_upper(n->s[p]) && !words_too)
			return p;
		*month = i;
		*abbr = 0;
		return e;
	}
	if (!en_is_upper(n->s[p]) && !lower_word(n, p, e))
		return p;
	for (i = 0; month_abbrs[i]; i++) {
		if (strlen(month_abbrs[i]) != e - p ||
		    strncasecmp(n->s + p, month_abbrs[i], e - p) != 0)
			continue;
		if (i == 2 && !en_is_upper(n->s[p]))
			return p;	/* "On the mar." */
		*month = abbr_month(i);
		*abbr = 1;
		return e < n->len && n->s[e] == '.' ? e + 1 : e;
	}
	return p;
}

/* A month at p, "may" and "march" only with a capital. */
static size_t month_at(const struct norm *n, size_t p, int *month, int *abbr)
{
	return month_word_at(n, p, month, abbr, 0);
}

/* 1 when nothing at p continues the number before it: "5:30", "5.2",
 * "5%", "5-7", "5/6" and "5km" are no days. */
static int number_ends(const struct norm *n, size_t p)
{
	if (!norm_boundary(n, p))
		return 0;
	if (p + 1 < n->len && strchr(":.,-/", n->s[p]) &&
	    norm_is_digit(n->s[p + 1]))
		return 0;
	return p >= n->len || n->s[p] != '%';
}

/* A day of the month at p: 1-31, maybe "st", "nd", "rd" or "th" (any
 * case).  Sets *day; returns its end or p. */
static size_t day_at(const struct norm *n, size_t p, unsigned long *day)
{
	static const char *const sfx[] = { "st", "nd", "rd", "th", NULL };
	size_t d = norm_digits(n, p);

	if (d == p || d - p > 2)
		return p;
	*day = norm_value(n, p, d);
	if (*day < 1 || *day > 31)
		return p;
	if (d + 2 <= n->len && norm_word_in(n, d, 2, sfx) &&
	    norm_boundary(n, d + 2))
		return d + 2;
	return number_ends(n, d) ? d : p;
}

/* A year after a date at p: " 2012", ", 2012" or ",2012".  Sets *year
 * and *comma; returns its end or p. */
static size_t year_after(const struct norm *n, size_t p, unsigned long *year,
			 int *comma)
{
	size_t q = p, d;

	*comma = q < n->len && n->s[q] == ',';
	if (*comma)
		q++;
	while (q < n->len && n->s[q] == ' ')
		q++;
	if (q == p)
		return p;
	d = norm_digits(n, q);
	if (d - q != 4 || !number_ends(n, d))
		return p;
	*year = norm_value(n, q, d);
	return *year >= 1000 && *year <= 2099 ? d : p;
}

/* Says "twenty fifth" and, when year is not 0, ", twenty twelve". */
static void say_month_day_tail(struct norm *n, unsigned long day,
			       unsigned long year, int comma)
{
	en_say_words(n, en_ordinal, day);
	if (!year)
		return;
	if (comma)
		crier_strbuf_addch(n->out, ',');
	en_say_words(n, en_year, year);
}

/* Says "July twenty fifth" and, when year is not 0, ", twenty twelve". */
static void say_month_day(struct norm *n, int month, unsigned long day,
			  unsigned long year, int comma)
{
	norm_say(n, en_months[month]);
	say_month_day_tail(n, day, year, comma);
}

/* Says "the twenty fifth of July" and maybe "twenty twelve"; no second
 * "the" after one in the text. */
static void say_day_month(struct norm *n, size_t pos, int month,
			  unsigned long day, unsigned long year, int comma)
{
	static const char *const the[] = { "the", NULL };

	if (!en_prev_in(n, pos, the))
		norm_say(n, "the");
	en_say_words(n, en_ordinal, day);
	norm_say(n, "of");
	norm_say(n, en_months[month]);
	if (!year)
		return;
	if (comma)
		crier_strbuf_addch(n->out, ',');
	en_say_words(n, en_year, year);
}

/* "Jan 2012", "sept. 2020": an abbreviated month and a year (full
 * names are left to the year rule); s[m] follows the month.  Its end, or
 * pos. */
static size_t month_year(struct norm *n, size_t pos, size_t m, int month)
{
	unsigned long year;
	size_t y;
	int comma;

	if (m >= n->len || n->s[m] != ' ')
		return pos;
	y = year_after(n, m, &year, &comma);
	if (y == m || comma || en_noun_after(n, y))
		return pos;	/* "Jan 2000 people" */
	norm_say(n, en_months[month]);
	en_say_words(n, en_year, year);
	return y;
}

/* "2-5" or "2 - 5" after a month at p: two days, the second later, and
 * maybe a year: "March second to fifth, twenty thirty".  Its end, or p
 * (nothing said). */
static size_t day_range(struct norm *n, size_t p, int month)
{
	unsigned long d1, d2, year = 0;
	size_t a = norm_digits(n, p), c, e, y;
	int comma = 0;

	if (a == p || a - p > 2)
		return p;
	c = en_range_dash(n, a);
	if (c == a)
		c = en_spaced_dash(n, a);
	e = norm_digits(n, c);
	if (c == a || e == c || e - c > 2 || !number_ends(n, e))
		return p;
	d1 = norm_value(n, p, a);
	d2 = norm_value(n, c, e);
	if (d1 < 1 || d2 <= d1 || d2 > 31)
		return p;
	y = year_after(n, e, &year, &comma);
	norm_say(n, en_months[month]);
	en_say_words(n, en_ordinal, d1);
	norm_say(n, "to");
	say_month_day_tail(n, d2, y > e ? year : 0, comma);
	return y;
}

/* "may 5th", "march 3 2021": "may" and "march" in lower case are a month
 * only before an ordinal day or a day and a year (m is after the month).
 * Its end, or the month's start. */
static size_t lower_month_day(struct norm *n, size_t m, int month)
{
	unsigned long day, year = 0;
	size_t start = m - strlen(en_months[month]), e, y;
	int comma = 0;

	if (m + 1 >= n->len || n->s[m] != ' ' ||
	    (e = day_at(n, m + 1, &day)) == m + 1)
		return start;
	y = year_after(n, e, &year, &comma);
	if (y == e && norm_is_digit(n->s[e - 1]))
		return start;	/* "you may 5" */
	say_month_day(n, month, day, y > e ? year : 0, comma);
	return y;
}

/* "July 25, 2012", "Jan. 15", "SEPT. 15", "Jan-15", "jan 5 2012",
 * "March 2-5". */
size_t en_rule_month_day(struct norm *n, size_t pos)
{
	unsigned long day, year = 0;
	size_t m, d, e, y;
	int month, abbr, comma = 0;

	if (pos > 0 && norm_is_alpha(n->s[pos - 1]))
		return pos;
	m = month_at(n, pos, &month, &abbr);
	if (m == pos) {
		m = month_word_at(n, pos, &month, &abbr, 1);
		return m > pos ? lower_month_day(n, m, month) : pos;
	}
	d = m;
	if (d < n->len && (n->s[d] == ' ' || (n->s[d] == '-' && abbr)))
		d++;
	if (d == m)
		return pos;
	e = day_range(n, d, month);
	if (e > d)
		return e;
	if ((e = day_at(n, d, &day)) == d)
		return abbr ? month_year(n, pos, m, month) : pos;
	y = year_after(n, e, &year, &comma);
	say_month_day(n, month, day, y > e ? year : 0, comma);
	return y;
}

/* "-2012" after "25-Dec": the year of a date written with dashes; sets
 * *year and returns its end, or p. */
static size_t dashed_year(const struct norm *n, size_t p, unsigned long *year)
{
	size_t d;

	if (p + 1 >= n->len || n->s[p] != '-')
		return p;
	d = norm_digits(n, p + 1);
	if (d - p - 1 != 4 || !number_ends(n, d))
		return p;
	*year = norm_value(n, p + 1, d);
	return *year >= 1000 && *year <= 2099 ? d : p;
}

/* "25 July 2012", "25th july", "the 26th May", "25-Dec-2012". */
size_t en_rule_day_month(struct norm *n, size_t pos)
{
	unsigned long day, year = 0;
	size_t d, m, y;
	int month, abbr, comma = 0;

	if (pos > 0 && strchr("/-.:,$", n->s[pos - 1]))
		return pos;
	d = day_at(n, pos, &day);
	if (d == pos || d >= n->len || (n->s[d] != ' ' && n->s[d] != '-'))
		return pos;
	m = month_at(n, d + 1, &month, &abbr);
	if (m == d + 1 && n->s[d] == ' ' &&
	    (m = month_word_at(n, d + 1, &month, &abbr, 1)) > d + 1 &&
	    year_after(n, m, &year, &comma) == m)
		return pos;	/* "the 5th may be": "may" needs a year */
	if (m == d + 1 || !norm_boundary(n, m))
		return pos;
	if (n->s[d] == '-')
		y = dashed_year(n, m, &year);
	else
		y = year_after(n, m, &year, &comma);
	if (n->s[d] == '-' && y == m)
		return pos;	/* "5-Jan" alone may be a code */
	say_day_month(n, pos, month, day, y > m ? year : 0, comma);
	return y;
}

/* 1 when a date written with a month name starts at p: "July 5",
 * "5 Jan", "5th of July". */
static int date_at(const struct norm *n, size_t p)
{
	unsigned long day;
	size_t d;
	int month, abbr;

	if (month_at(n, p, &month, &abbr) > p)
		return 1;
	d = day_at(n, p, &day);
	if (d == p || d >= n->len || n->s[d] != ' ')
		return 0;
	if (norm_has(n, d, " of "))
		d += 3;
	return month_at(n, d + 1, &month, &abbr) > d + 1;
}

/* Weekdays: their full names, and the abbreviations tried as written. */
static const char *const weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", NULL
};
static const char *const weekday_abbrs[][2] = {
	{ "Mon", "Monday" }, { "Tue", "Tuesday" }, { "Tues", "Tuesday" },
	{ "Wed", "Wednesday" }, { "Thu", "Thursday" },
	{ "Thur", "Thursday" }, { "Thurs", "Thursday" },
	{ "Fri", "Friday" }, { "Sat", "Saturday" }, { "Sun", "Sunday" },
	{ NULL, NULL }
};

int en_weekday_word(const struct norm *n, size_t ws, size_t wl)
{
	int i;

	for (i = 0; weekdays[i]; i++)
		if (strlen(weekdays[i]) == wl &&
		    memcmp(n->s + ws, weekdays[i], wl) == 0)
			return 1;
	for (i = 0; weekday_abbrs[i][0]; i++)
		if (strlen(weekday_abbrs[i][0]) == wl &&
		    memcmp(n->s + ws, weekday_abbrs[i][0], wl) == 0)
			return 1;
	return 0;
}

/* A weekday at p, capitalized, in full or abbreviated ("Fri", "Fri."):
 * its end and its full name in *name, or p. */
static size_t weekday_at(const struct norm *n, size_t p, const char **name)
{
	size_t e = norm_letters(n, p);
	int i;

	if (e == p || !en_is_upper(n->s[p]))
		return p;
	for (i = 0; weekdays[i]; i++)
		if (strlen(weekdays[i]) == e - p &&
		    memcmp(n->s + p, weekdays[i], e - p) == 0) {
			*name = weekdays[i];
			return e;
		}
	for (i = 0; weekday_abbrs[i][0]; i++)
		if (strlen(weekday_abbrs[i][0]) == e - p &&
		    memcmp(n->s + p, weekday_abbrs[i][0], e - p) == 0) {
			*name = weekday_abbrs[i][1];
			return e < n->len && n->s[e] == '.' ? e + 1 : e;
		}
	return p;
}

/* "Sat 5 Jan", "Mon. July 5", "Tues, Oct 3": an abbreviated weekday
 * before a date, said in full ("Sat" and "Sun" are words too). */
size_t en_rule_weekday(struct norm *n, size_t pos)
{
	const char *const (*days)[2] = weekday_abbrs;
	size_t e = norm_letters(n, pos), q;
	int i;

	if (pos > 0 && norm_is_alpha(n->s[pos - 1]))
		return pos;
	for (i = 0; days[i][0]; i++) {
		if (strlen(days[i][0]) != e - pos ||
		    memcmp(n->s + pos, days[i][0], e - pos) != 0)
			continue;
		q = e;
		if (q < n->len && strchr(".,", n->s[q]))
			q++;
		if (q >= n->len || n->s[q] != ' ' || !date_at(n, q + 1))
			return pos;
		norm_say(n, days[i][1]);
		return q < n->len && n->s[e] == ',' ? e : q;
	}
	return pos;
}

/* "Mon-Fri", "Monday–Friday", "May-June", "Jan-Mar": two weekdays or two
 * capitalized months joined by a dash, said "Monday to Friday", "January
 * to March". */
size_t en_rule_name_range(struct norm *n, size_t pos)
{
	const char *w1 = NULL, *w2 = NULL;
	size_t a, c, e;
	int m, abbr;

	if ((pos > 0 && norm_is_alnum(n->s[pos - 1])) || !en_is_upper(n->s[pos]))
		return pos;
	a = weekday_at(n, pos, &w1);
	if (a == pos && (a = month_at(n, pos, &m, &abbr)) > pos)
		w1 = en_months[m];
	c = en_range_dash(n, a);
	if (a == pos || c == a || c >= n->len || !en_is_upper(n->s[c]))
		return pos;
	if (weekday_at(n, pos, &w2) > pos)
		e = weekday_at(n, c, &w2);
	else if ((e = month_at(n, c, &m, &abbr)) > c)
		w2 = en_months[m];
	if (e == c || !norm_boundary(n, e))
		return pos;
	norm_say(n, w1);
	norm_say(n, "to");
	norm_say(n, w2);
	/* "Fri." may end the sentence */
	return n->s[e - 1] == '.' && en_sentence_may_end(n, e) ? e - 1 : e;
}

/* The three numbers of a numeric date at pos, split by sep. */
struct num_date {
	size_t a[3], b[3];	/* each part is s[a..b) */
	char sep;
};

static size_t num_date_at(const struct norm *n, size_t pos,
			  struct num_date *nd)
{
	size_t p = pos;
	int i;

	nd->sep = 0;
	for (i = 0; i < 3; i++) {
		nd->a[i] = p;
		nd->b[i] = norm_digits(n, p);
		if (nd->b[i] == p || nd->b[i] - p > 4)
			return pos;
		p = nd->b[i];
		if (i == 2)
			break;
		if (p >= n->len || !strchr("-/.", n->s[p]) ||
		    (nd->sep && n->s[p] != nd->sep))
			return pos;
		nd->sep = n->s[p++];
	}
	return number_ends(n, p) && (p >= n->len || n->s[p] != '.' ||
				     !norm_is_digit(n->s[p + 1])) ? p : pos;
}

static unsigned long part(const struct norm *n, const struct num_date *nd,
			  int i)
{
	return norm_value(n, nd->a[i], nd->b[i]);
}

/* "2016-11-03", "1998-3-4": November third, twenty sixteen; the month
 * and the day may have one digit in a year from 1900 ("1234-5-6" is more
 * likely a code). */
static int say_ymd(struct norm *n, const struct num_date *nd)
{
	unsigned long y = part(n, nd, 0), m = part(n, nd, 1), d = part(n, nd, 2);
	int padded = nd->b[1] - nd->a[1] == 2 && nd->b[2] - nd->a[2] == 2;

	if (nd->sep == '.' && !padded)
		return 0;
	if (nd->b[0] - nd->a[0] != 4 || nd->b[1] - nd->a[1] > 2 ||
	    nd->b[2] - nd->a[2] > 2 || y < (padded ? 1000 : 1900) || y > 2099 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	say_month_day(n, (int)m - 1, d, y, 1);
	return 1;
}

/* "15/01/2020" or "01/15/2020": the order the locale writes, unless only
 * one order makes a date. */
static int say_dmy(struct norm *n, size_t pos, const struct num_date *nd)
{
	unsigned long a = part(n, nd, 0), b = part(n, nd, 1), y = part(n, nd, 2);
	int month_first = n->month_first;

	if (nd->b[0] - nd->a[0] > 2 || nd->b[1] - nd->a[1] > 2 ||
	    nd->b[2] - nd->a[2] != 4 || y < 1000 || !a || !b ||
	    a > 31 || b > 31 || (a > 12 && b > 12))
		return 0;
	if (nd->sep == '.' && (y < 1900 || y > 2099))
		return 0;	/* "1.5.1000" */
	if (nd->sep == '.')
		month_first = 0;	/* "15.01.2020" is written day first */
	if (a > 12)
		month_first = 0;
	else if (b > 12)
		month_first = 1;
	if (month_first)
		say_month_day(n, (int)a - 1, b, y, 1);
	else
		say_day_month(n, pos, (int)b - 1, a, y, 0);
	return 1;
}

/* "2012-10", "2031-04": a year and a month of two digits, said "October
 * twenty twelve", when it can be no range of years: the month is below
 * the year's last two digits, which are below 90 ("2010-12" and
 * "1998-02" are ranges).  Its end, or pos. */
static size_t year_month(struct norm *n, size_t pos)
{
	size_t y = norm_digits(n, pos), e;
	unsigned long year, month;

	if (y - pos != 4 || y + 3 > n->len || n->s[y] != '-' ||
	    norm_digits(n, y + 1) != y + 3 || !number_ends(n, y + 3) ||
	    (y + 3 < n->len && strchr("-/", n->s[y + 3])))
		return pos;
	e = y + 3;
	year = norm_value(n, pos, y);
	month = norm_value(n, y + 1, e);
	if (year < 1900 || year > 2099 || month < 1 || month > 12 ||
	    month >= year % 100 || year % 100 >= 90)
		return pos;
	norm_say(n, en_months[month - 1]);
	en_say_words(n, en_year, year);
	return e;
}

/* Numeric dates: "2016-11-03", "15/01/2020", "15.01.2020" (day first),
 * "2020.01.15", "2012-10". */
size_t en_rule_numeric_date(struct norm *n, size_t pos)
{
	static const char *const version_words[] = {
		"version", "v", "release", "build", "update", "firmware",
		"patch", NULL
	};
	struct num_date nd;
	size_t end;

	if (pos > 0 && (norm_is_alnum(n->s[pos - 1]) ||
			strchr("-/.", n->s[pos - 1])))
		return pos;
	end = num_date_at(n, pos, &nd);
	if (end == pos)
		return year_month(n, pos);
	if (nd.sep == '.' && en_prev_in(n, pos, version_words))
		return pos;
	if (say_ymd(n, &nd) || say_dmy(n, pos, &nd))
		return end;
	return pos;
}
