/*
 * date.c - reading the dates feeds and pages carry, and writing ISO 8601
 * (crier_parse_date(), crier_format_date(): text/date.h).
 *
 * Two readers: one for ISO 8601 / RFC 3339 / W3C-DTF forms (they start
 * with a four-digit year), and a token reader for everything else: RFC
 * 822 and its many variants, asctime, JavaScript's Date.toString() and
 * slashed dates.  The token reader classifies each word (weekday, month,
 * number, time, zone) and rejects a date with a word it does not know, so
 * that garbage gives "unknown" rather than a wrong time.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <crier/strbuf.h>
#include "date.h"

struct date_parts {
	long year, month, day, hour, min, sec;
	long zone;		/* offset east of UTC, in seconds */
	int have_year, have_month, have_day, have_time, have_zone;
};

/* Days since 1970-01-01 of a proleptic Gregorian date (any year). */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int days_in_month(long y, long m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
				    30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 ? 28 + leap : days[m - 1];
}

static int64_t parts_to_time(const struct date_parts *p)
{
	if (p->month < 1 || p->month > 12 || p->day < 1 ||
	    p->day > days_in_month(p->year, p->month) || p->hour > 24 ||
	    p->min > 59 || p->sec > 61 || p->year < 1 || p->year > 9999)
		return CRIER_TIME_UNKNOWN;
	return days_from_civil(p->year, p->month, p->day) * 86400 +
	       p->hour * 3600 + p->min * 60 + p->sec - p->zone;
}

/* Reads 1..max digits at *s; returns the count read (0: none). */
static int digits(const char **s, int max, long *out)
{
	int n = 0;

	*out = 0;
	while (n < max && isdigit((unsigned char)**s)) {
		*out = *out * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n;
}

/* "Z", "+hh:mm", "+hhmm", "+hh", "-..."; also "UTC"/"GMT".  NUL: none. */
static int iso_zone(const char *s, long *zone)
{
	long h = 0, m = 0;
	int sign;

	while (*s == ' ')
		s++;
	*zone = 0;
	if (!*s || !strcasecmp(s, "Z") || !strcasecmp(s, "UTC") ||
	    !strcasecmp(s, "GMT"))
		return 0;
	if (*s != '+' && *s != '-')
		return -1;
	sign = *s++ == '-' ? -1 : 1;
	if (!digits(&s, 2, &h))
		return -1;
	if (*s == ':')
		s++;
	if (*s && digits(&s, 2, &m) != 2)
		return -1;
	if (*s)
		return -1;
	*zone = sign * (h * 3600 + m * 60);
	return 0;
}

static int iso_time(const char *s, struct date_parts *p)
{
	long frac;

	if (digits(&s, 2, &p->hour) < 1)
		return -1;
	if (*s == ':')
		s++;
	if (digits(&s, 2, &p->min) < 1)
		return -1;
	if (*s == ':')
		s++;
	if (isdigit((unsigned char)*s) && digits(&s, 2, &p->sec) < 1)
		return -1;
	if (*s == '.' || *s == ',') {
		s++;
		if (!digits(&s, 30, &frac))
			return -1;
	}
	return iso_zone(s, &p->zone);
}

/* ISO 8601 / RFC 3339 / W3C-DTF: 2003, 2003-12, 2003-12-31T10:14:55Z... */
static int64_t parse_iso(const char *s)
{
	struct date_parts p = { .month = 1, .day = 1 };
	int compact;

	if (digits(&s, 4, &p.year) != 4 || isdigit((unsigned char)*s))
		return CRIER_TIME_UNKNOWN;
	compact = isdigit((unsigned char)*s);
	if (*s == '-' || *s == '/') {
		s++;
		if (!digits(&s, 3, &p.month))
			return CRIER_TIME_UNKNOWN;
		if (*s == '-' || *s == '/') {
			s++;
			if (!digits(&s, 3, &p.day))
				return CRIER_TIME_UNKNOWN;
		}
	} else if (compact) {
		return CRIER_TIME_UNKNOWN;
	}
	if (*s == 'T' || *s == 't' || *s == ' ') {
		while (*s == ' ' || *s == 'T' || *s == 't')
			s++;
		if (*s && iso_time(s, &p) < 0)
			return CRIER_TIME_UNKNOWN;
	} else if (*s && iso_zone(s, &p.zone) < 0) {
		return CRIER_TIME_UNKNOWN;
	}
	return parts_to_time(&p);
}

/* "20031231", "20031231T101455Z": the basic (compact) ISO form. */
static int64_t parse_iso_basic(const char *s)
{
	struct date_parts p = { 0 };

	if (digits(&s, 4, &p.year) != 4 || digits(&s, 2, &p.month) != 2 ||
	    digits(&s, 2, &p.day) != 2)
		return CRIER_TIME_UNKNOWN;
	if (*s == 'T' || *s == 't') {
		s++;
		if (digits(&s, 2, &p.hour) != 2 || digits(&s, 2, &p.min) != 2)
			return CRIER_TIME_UNKNOWN;
		digits(&s, 2, &p.sec);
		if (iso_zone(s, &p.zone) < 0)
			return CRIER_TIME_UNKNOWN;
	} else if (*s) {
		return CRIER_TIME_UNKNOWN;
	}
	return parts_to_time(&p);
}

static const char *const months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec"
};

/* Greek abbreviations as some feeds write them, mapped to month numbers. */
static const struct {
	const char *name;
	int month;
} foreign_months[] = {
	{ "Ιαν", 1 }, { "Φεβ", 2 }, { "Μάώ", 3 }, { "Μαρ", 3 }, { "Μάρ", 3 },
	{ "Απρ", 4 }, { "Άπρ", 4 }, { "Μάι", 5 }, { "Μαϊ", 5 }, { "Μαι", 5 },
	{ "Μάϊ", 5 }, { "Ιούν", 6 }, { "Ιον", 6 }, { "Ιούλ", 7 }, { "Ιολ", 7 },
	{ "Αύγ", 8 }, { "Αυγ", 8 }, { "Σεπ", 9 }, { "Οκτ", 10 }, { "Νοέ", 11 },
	{ "Νοε", 11 }, { "Δεκ", 12 },
};

static const char *const weekdays[] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun",
	"Κυρ", "Δευ", "Τρι", "Τετ", "Πεμ", "Παρ", "Σαβ", NULL
};

static const struct {
	const char *name;
	int hours;
} zones[] = {
	{ "ut", 0 }, { "utc", 0 }, { "gmt", 0 }, { "z", 0 }, { "wet", 0 },
	{ "adt", -3 }, { "ast", -4 }, { "at", -4 }, { "edt", -4 },
	{ "est", -5 }, { "et", -5 }, { "cdt", -5 }, { "cst", -6 },
	{ "ct", -6 }, { "mdt", -6 }, { "mst", -7 }, { "mt", -7 },
	{ "pdt", -7 }, { "pst", -8 }, { "pt", -8 }, { "akst", -9 },
	{ "akdt", -8 }, { "hst", -10 }, { "met", 1 }, { "mest", 2 },
	{ "cet", 1 }, { "cest", 2 }, { "bst", 1 }, { "eet", 2 },
	{ "eest", 3 }, { "west", 1 }, { "jst", 9 }, { "kst", 9 },
	{ "msk", 3 }, { "ist", 5 }, { "aest", 10 }, { "aedt", 11 },
	{ "nzst", 12 }, { "nzdt", 13 },
};

static int month_of(const char *w, size_t len)
{
	if (len >= 3 && isalpha((unsigned char)w[0])) {
		for (int i = 0; i < 12; i++)
			if (!strncasecmp(w, months[i], 3))
				return i + 1;
		return 0;
	}
	for (size_t i = 0; i < sizeof(foreign_months) / sizeof(*foreign_months);
	     i++) {
		size_t n = strlen(foreign_months[i].name);

		if (n == len && !memcmp(w, foreign_months[i].name, n))
			return foreign_months[i].month;
	}
	return 0;
}

static int is_weekday(const char *w, size_t len)
{
	for (int i = 0; weekdays[i]; i++) {
		size_t n = strlen(weekdays[i]);

		if (i < 7 ? len >= 3 && !strncasecmp(w, weekdays[i], 3) &&
			    isalpha((unsigned char)w[0])
			  : len == n && !memcmp(w, weekdays[i], n))
			return 1;
	}
	return 0;
}

/* A time zone word: "GMT", "EST", "+0200", "-01:01", "GMT+1", "Etc/GMT". */
static int zone_word(const char *w, size_t len, long *zone)
{
	char buf[16];

	if (len >= sizeof(buf))
		return -1;
	memcpy(buf, w, len);
	buf[len] = '\0';
	w = buf;
	if (!strncasecmp(w, "etc/", 4))
		w += 4;
	if (w[0] == '+' || w[0] == '-')
		return iso_zone(w, zone);
	for (size_t i = 0; i < sizeof(zones) / sizeof(*zones); i++) {
		size_t n = strlen(zones[i].name);

		if (!strncasecmp(w, zones[i].name, n) &&
		    (w[n] == '\0' || w[n] == '+' || w[n] == '-')) {
			if (w[n] && iso_zone(w + n, zone) < 0)
				return -1;
			if (!w[n])
				*zone = 0;
			*zone += zones[i].hours * 3600L;
			return 0;
		}
	}
	return -1;
}

/* "hh:mm[:ss]" with an optional ".frac"; more fields is an error. */
static int time_word(const char *w, size_t len, struct date_parts *p)
{
	const char *end = w + len;
	long v[3] = { 0, 0, 0 };
	int n = 0;

	while (w < end) {
		if (n == 3 || !digits(&w, 2, &v[n]))
			return -1;
		n++;
		if (w < end && *w == ':') {
			w++;
			continue;
		}
		if (w < end && *w == '.' && n == 3)
			break;
		if (w < end)
			return -1;
	}
	if (n < 2)
		return -1;
	p->hour = v[0];
	p->min = v[1];
	p->sec = v[2];
	p->have_time = 1;
	return 0;
}

/* "2006/09/15" or "15/09/2006"-less: only the year-first slashed form. */
static int slashed_word(const char *w, size_t len, struct date_parts *p)
{
	const char *end = w + len;

	if (digits(&w, 4, &p->year) != 4 || w >= end || *w++ != '/' ||
	    !digits(&w, 2, &p->month) || w >= end || *w++ != '/' ||
	    !digits(&w, 2, &p->day) || w != end)
		return -1;
	p->have_year = p->have_month = p->have_day = 1;
	return 0;
}

static int number_word(const char *w, size_t len, struct date_parts *p)
{
	long v;
	const char *s = w;

	if ((size_t)digits(&s, 4, &v) != len)
		return -1;
	if (len == 4 || (p->have_day && !p->have_year)) {
		if (p->have_year)
			return -1;
		if (len <= 2)
			v += v < 90 ? 2000 : 1900;
		else if (len == 3)
			v += 1900;
		p->year = v;
		p->have_year = 1;
		return 0;
	}
	if (p->have_day || len > 2)
		return -1;
	p->day = v;
	p->have_day = 1;
	return 0;
}

static int is_letters(const char *w, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!isalpha((unsigned char)w[i]))
			return 0;
	return len > 0 && len <= 5;
}

/* "AM" or "PM" after a 12-hour time. */
static int meridian(struct date_parts *p, int pm)
{
	if (p->hour < 1 || p->hour > 12)
		return -1;
	if (pm && p->hour < 12)
		p->hour += 12;
	else if (!pm && p->hour == 12)
		p->hour = 0;
	return 0;
}

static int classify(const char *w, size_t len, struct date_parts *p)
{
	int m;

	if (memchr(w, ':', len) && isdigit((unsigned char)w[0]))
		return p->have_time ? -1 : time_word(w, len, p);
	if (memchr(w, '/', len) && isdigit((unsigned char)w[0]))
		return slashed_word(w, len, p);
	if (isdigit((unsigned char)w[0]))
		return number_word(w, len, p);
	if (is_weekday(w, len) && !p->have_month && !p->have_day)
		return 0;
	m = month_of(w, len);
	if (m && !p->have_month) {
		p->month = m;
		p->have_month = 1;
		return 0;
	}
	if ((w[0] == '+' || w[0] == '-' || p->have_time) && !p->have_zone &&
	    zone_word(w, len, &p->zone) == 0) {
		p->have_zone = 1;
		return 0;
	}
	if (len == 1 && (w[0] == '-' || w[0] == ','))
		return 0;
	if (p->have_time && len == 2 && (!strncasecmp(w, "am", 2) ||
					 !strncasecmp(w, "pm", 2)))
		return meridian(p, tolower((unsigned char)w[0]) == 'p');
	if (p->have_time && is_letters(w, len)) {
		/* a zone name we do not know (UTC), or one after "+0200" */
		p->have_zone = 1;
		return 0;
	}
	return -1;
}

/* RFC 822 and friends: split at spaces and commas, classify each word. */
static int64_t parse_words(const char *s)
{
	struct date_parts p = { 0 };

	while (*s) {
		size_t len;

		while (*s == ' ' || *s == ',' || *s == '\t')
			s++;
		if (*s == '(') {	/* a comment: "+0000 (UTC)" */
			s += strcspn(s, ")");
			s += *s == ')';
			continue;
		}
		len = strcspn(s, " ,\t");
		if (!len)
			break;
		if (classify(s, len, &p) < 0)
			return CRIER_TIME_UNKNOWN;
		s += len;
	}
	if (!p.have_year || !p.have_month || !p.have_day)
		return CRIER_TIME_UNKNOWN;
	return parts_to_time(&p);
}

int64_t crier_parse_date(const char *s)
{
	char buf[128];
	size_t len;

	if (!s)
		return CRIER_TIME_UNKNOWN;
	while (isspace((unsigned char)*s))
		s++;
	len = strlen(s);
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	if (!len || len >= sizeof(buf))
		return CRIER_TIME_UNKNOWN;
	memcpy(buf, s, len);
	buf[len] = '\0';
	for (size_t i = 0; i < len; i++)
		if (buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r')
			buf[i] = ' ';
	if (len >= 8 && strspn(buf, "0123456789") == 8)
		return parse_iso_basic(buf);
	if (strspn(buf, "0123456789") == 4 &&
	    (buf[4] == '-' || buf[4] == 'T' || buf[4] == '\0'))
		return parse_iso(buf);
	return parse_words(buf);
}

void crier_format_date(int64_t when, struct crier_strbuf *out)
{
	int64_t days = when / 86400, secs = when % 86400;
	int64_t z, era, doe, yoe, y, doy, mp, d, m;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp + (mp < 10 ? 3 : -9);
	y += m <= 2;
	crier_strbuf_addf(out, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
			  (long long)y, (long long)m, (long long)d,
			  (long long)(secs / 3600), (long long)(secs / 60 % 60),
			  (long long)(secs % 60));
}
