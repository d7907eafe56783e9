/*
 * normalize_en_zones.c - English time zones: the abbreviations a time may
 * carry ("9 a.m. EST" is one clause, not two sentences) and offsets from
 * UTC or GMT ("UTC+2": UTC plus 2, "GMT-05:00": GMT minus 5).  espeak-ng
 * spells the letters well; it drops the minus of "UTC-5".
 */
#include <string.h>

#include "normalize_en.h"

/* Zone abbreviations as written in news text, capitals only. */
static const char *const zones[] = {
	"UTC", "GMT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET",
	"WEST", "MSK", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "ACST",
	"AWST", "NZST", "NZDT", "EST", "EDT", "CST", "CDT", "MST", "MDT",
	"PST", "PDT", "AKST", "AKDT", "HST", "ET", "CT", "MT", "PT", "Z",
	NULL
};

/* The end of a zone abbreviation at p, or p. */
size_t en_zone_at(const struct norm *n, size_t p)
{
	size_t e = norm_letters(n, p);
	int i;

	for (i = 0; zones[i] && e > p; i++)
		if (strlen(zones[i]) == e - p &&
		    memcmp(n->s + p, zones[i], e - p) == 0)
			return e;
	return p;
}

/* "UTC+2", "GMT-5", "UTC+05:30", "UTC−3": the zone, plus or minus, the
 * hours without a leading zero and the minutes when not zero. */
size_t en_rule_utc_offset(struct norm *n, size_t pos)
{
	size_t z = norm_letters(n, pos), d, h, m = 0;
	const char *sign;

	if (!(z - pos == 3 && (norm_has(n, pos, "UTC") ||
			       norm_has(n, pos, "GMT"))))
		return pos;
	if (z < n->len && n->s[z] == '+')
		sign = "plus", d = z + 1;
	else if (z < n->len && n->s[z] == '-')
		sign = "minus", d = z + 1;
	else if (norm_has(n, z, "\xe2\x88\x92"))	/* − */
		sign = "minus", d = z + 3;
	else
		return pos;
	h = norm_digits(n, d);
	if (h == d || h - d > 2 || norm_value(n, d, h) > 14)
		return pos;
	if (h + 2 < n->len && n->s[h] == ':' && norm_digits(n, h + 1) == h + 3)
		m = h + 3;
	if (!norm_boundary(n, m ? m : h))
		return pos;
	norm_copy(n, pos, z);
	norm_say(n, sign);
	en_say_words(n, en_cardinal, norm_value(n, d, h));
	if (m && norm_value(n, h + 1, m) > 0)
		en_say_words(n, en_cardinal, norm_value(n, h + 1, m));
	return m ? m : h;
}
