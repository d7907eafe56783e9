/*
 * normalize_en_address.c - English postal addresses: a street line
 * ("708 N 1st St", "2 Elm hwy", "45 Park Ave SW") read with its house
 * number, compass points and street type in words, and a US state code
 * after a town with its ZIP code ("Austin, TX 78701": Austin, Texas, seven
 * eight seven zero one).  Anything that is not clearly an address is left
 * to the other rules.
 */
#include <string.h>
#include <strings.h>

#include "normalize_en.h"

/* Street types as written (any case) and said. */
static const char *const street_types[][2] = {
	{ "St", "Street" }, { "Str", "Street" }, { "Street", "Street" },
	{ "Ave", "Avenue" }, { "Av", "Avenue" }, { "Avenue", "Avenue" },
	{ "Rd", "Road" }, { "Road", "Road" }, { "Blvd", "Boulevard" },
	{ "Boulevard", "Boulevard" }, { "Dr", "Drive" }, { "Drive", "Drive" },
	{ "Ln", "Lane" }, { "Lane", "Lane" }, { "Hwy", "Highway" },
	{ "Highway", "Highway" }, { "Pkwy", "Parkway" },
	{ "Parkway", "Parkway" }, { "Ct", "Court" }, { "Court", "Court" },
	{ "Pl", "Place" }, { "Place", "Place" }, { "Sq", "Square" },
	{ "Square", "Square" }, { "Ter", "Terrace" }, { "Terrace", "Terrace" },
	{ "Cir", "Circle" }, { "Circle", "Circle" }, { "Way", "Way" },
	{ "Fwy", "Freeway" }, { "Expy", "Expressway" }, { "Trl", "Trail" },
	{ "Crescent", "Crescent" }, { "Cres", "Crescent" }, { NULL, NULL }
};

/* Compass points after a house number or a street type, capitals only. */
static const char *const points[][2] = {
	{ "N", "North" }, { "S", "South" }, { "E", "East" }, { "W", "West" },
	{ "NE", "Northeast" }, { "NW", "Northwest" }, { "SE", "Southeast" },
	{ "SW", "Southwest" }, { NULL, NULL }
};

static const char *const states[][2] = {
	{ "AL", "Alabama" }, { "AK", "Alaska" }, { "AZ", "Arizona" },
	{ "AR", "Arkansas" }, { "CA", "California" }, { "CO", "Colorado" },
	{ "CT", "Connecticut" }, { "DE", "Delaware" }, { "FL", "Florida" },
	{ "GA", "Georgia" }, { "HI", "Hawaii" }, { "ID", "Idaho" },
	{ "IL", "Illinois" }, { "IN", "Indiana" }, { "IA", "Iowa" },
	{ "KS", "Kansas" }, { "KY", "Kentucky" }, { "LA", "Louisiana" },
	{ "ME", "Maine" }, { "MD", "Maryland" }, { "MA", "Massachusetts" },
	{ "MI", "Michigan" }, { "MN", "Minnesota" }, { "MS", "Mississippi" },
	{ "MO", "Missouri" }, { "MT", "Montana" }, { "NE", "Nebraska" },
	{ "NV", "Nevada" }, { "NH", "New Hampshire" }, { "NJ", "New Jersey" },
	{ "NM", "New Mexico" }, { "NY", "New York" },
	{ "NC", "North Carolina" }, { "ND", "North Dakota" }, { "OH", "Ohio" },
	{ "OK", "Oklahoma" }, { "OR", "Oregon" }, { "PA", "Pennsylvania" },
	{ "RI", "Rhode Island" }, { "SC", "South Carolina" },
	{ "SD", "South Dakota" }, { "TN", "Tennessee" }, { "TX", "Texas" },
	{ "UT", "Utah" }, { "VT", "Vermont" }, { "VA", "Virginia" },
	{ "WA", "Washington" }, { "WV", "West Virginia" },
	{ "WI", "Wisconsin" }, { "WY", "Wyoming" },
	{ "DC", "D C" }, { NULL, NULL }
};

/* State codes that are also words: "Yes, OK." is no Oklahoma. */
static const char *const word_states[][2] = {
	{ "OK", "" }, { "OR", "" }, { "IN", "" }, { "ME", "" }, { "HI", "" },
	{ "OH", "" }, { "AL", "" }, { "LA", "" }, { "ID", "" }, { "PA", "" },
	{ "MA", "" }, { "DE", "" }, { "CO", "" }, { "GA", "" }, { "MO", "" },
	{ NULL, NULL }
};

/* Words before such a code that show it is a word: "Yes, OK." */
static const char *const interjections[] = {
	"yes", "no", "well", "so", "fine", "right", "sure", "hi", "hello",
	"oh", "then", "now", "thanks", "okay", "and", "but", "or", NULL
};

/* Words before a number that make it a year or a count, not a house. */
static const char *const not_house_before[] = {
	"in", "since", "by", "until", "before", "after", "during", "of",
	"than", "about", "over", "some", "nearly", "almost", "around", NULL
};

/* The reading of the word s[p..e) in table (case-insensitively when
 * any_case), or NULL. */
static const char *lookup(const struct norm *n, size_t p, size_t e,
			  const char *const (*table)[2], int any_case)
{
	int i;

	for (i = 0; table[i][0]; i++) {
		if (strlen(table[i][0]) != e - p)
			continue;
		if (any_case ? strncasecmp(n->s + p, table[i][0], e - p) == 0 :
			       memcmp(n->s + p, table[i][0], e - p) == 0)
			return table[i][1];
	}
	return NULL;
}

/* A word of letters at p and a word boundary after it: its end, or p. */
static size_t word_at(const struct norm *n, size_t p)
{
	size_t e = norm_letters(n, p);

	return norm_boundary(n, e) ? e : p;
}

/* An ordinal street name at p ("1st", "42nd"): its end, or p. */
static size_t ordinal_at(const struct norm *n, size_t p)
{
	static const char *const sfx[] = { "st", "nd", "rd", "th", NULL };
	size_t d = norm_digits(n, p);

	if (d == p || d - p > 3 || d + 2 > n->len ||
	    !norm_word_in(n, d, 2, sfx) || !norm_boundary(n, d + 2))
		return p;
	return d + 2;
}

/* Digits s[a..b) one by one: "nine five zero". */
static void say_digits(struct norm *n, size_t a, size_t b)
{
	for (; a < b; a++)
		if (norm_is_digit(n->s[a]))
			en_say_words(n, en_cardinal, (unsigned long)(n->s[a] - '0'));
}

/* The last two digits of a house number, s[a..a+2): as a number
 * ("twenty eight"), or digit by digit after a zero ("zero eight"). */
static void say_pair(struct norm *n, size_t a)
{
	if (n->s[a] == '0')
		say_digits(n, a, a + 2);
	else
		en_say_words(n, en_cardinal, norm_value(n, a, a + 2));
}

/* A house number: up to two digits as a number ("10 Downing Street"),
 * round hundreds as hundreds ("2500": twenty five hundred), three or four
 * digits in pairs as they are said ("123": one twenty three, "1428":
 * fourteen twenty eight, "708": seven zero eight), longer ones digit by
 * digit. */
static void say_house(struct norm *n, size_t a, size_t b)
{
	unsigned long v = norm_value(n, a, b);

	if (b - a <= 2 || (v % 100 == 0 && (v < 1000 || v % 1000 == 0))) {
		en_say_words(n, en_cardinal, v);
	} else if (v % 100 == 0 && v < 10000) {
		en_say_words(n, en_cardinal, v / 100);
		norm_say(n, "hundred");
	} else if (b - a <= 4) {
		en_say_words(n, en_cardinal, norm_value(n, a, b - 2));
		say_pair(n, b - 2);
	} else {
		say_digits(n, a, b);
	}
}

/* One word of a street name at p: a capitalized word, an ordinal or a
 * word in capitals.  Its end, or p. */
static size_t name_word_at(const struct norm *n, size_t p)
{
	size_t e = ordinal_at(n, p);

	if (e > p)
		return e;
	if (p >= n->len || !en_is_upper(n->s[p]))
		return p;
	return word_at(n, p);
}

/* The street line after a house number: [point] name words, a street
 * type, [point].  Returns 1 and the positions when it is one. */
struct street {
	size_t point1, point1_end, name, type, type_end, point2, end;
};

static int street_at(const struct norm *n, size_t p, struct street *st)
{
	size_t e, words = 0;

	memset(st, 0, sizeof(*st));
	e = word_at(n, p);
	if (e > p && lookup(n, p, e, points, 0)) {
		st->point1 = p;
		st->point1_end = e;
		if (e < n->len && n->s[e] == '.')
			e++;	/* "12 N. Main St." */
		if (e < n->len && n->s[e] == ' ')
			p = e + 1;
		else
			st->point1 = 0;
	}
	st->name = p;
	for (;;) {
		e = name_word_at(n, p);
		if (e == p || e >= n->len || n->s[e] != ' ')
			return 0;
		words++;
		p = e + 1;
		e = word_at(n, p);
		if (e > p && lookup(n, p, e, street_types, 1))
			break;
		if (words == 4)
			return 0;
	}
	st->type = p;
	st->type_end = e;
	st->end = e < n->len && n->s[e] == '.' ? e + 1 : e;
	if (st->end + 1 < n->len && n->s[st->end] == ' ') {
		e = word_at(n, st->end + 1);
		if (e > st->end + 1 && lookup(n, st->end + 1, e, points, 0)) {
			st->point2 = st->end + 1;
			st->end = e;
		}
	}
	return 1;
}

/* Says the name words from s[a..b): ordinals as words, others copied. */
static void say_name(struct norm *n, size_t a, size_t b)
{
	size_t e;

	while (a < b) {
		e = ordinal_at(n, a);
		if (e > a) {
			en_say_words(n, en_ordinal, norm_value(n, a, norm_digits(n, a)));
		} else {
			e = norm_letters(n, a);
			norm_say(n, "");
			norm_copy(n, a, e);
		}
		a = e + 1;
	}
}

/* "708 N 1st St": seven zero eight North first Street. */
size_t en_rule_street(struct norm *n, size_t pos)
{
	size_t h = norm_digits(n, pos), e;
	struct street st;

	if (h == pos || h - pos > 5 || h >= n->len || n->s[h] != ' ' ||
	    (pos > 0 && !strchr(" \t\n(\"", n->s[pos - 1])) ||
	    en_prev_in(n, pos, not_house_before) || !street_at(n, h + 1, &st))
		return pos;
	say_house(n, pos, h);
	if (st.point1)
		norm_say(n, lookup(n, st.point1, st.point1_end, points, 0));
	say_name(n, st.name, st.type - 1);
	norm_say(n, lookup(n, st.type, st.type_end, street_types, 1));
	e = st.end;
	if (st.point2)
		norm_say(n, lookup(n, st.point2, st.end, points, 0));
	else if (e > st.type_end && en_sentence_may_end(n, e) &&
		 !(e < n->len && n->s[e] == ','))
		crier_strbuf_addch(n->out, '.');
	return e;
}

/* A ZIP code at p: five digits, maybe "-" and four more.  Its end, or p. */
static size_t zip_at(const struct norm *n, size_t p)
{
	size_t d = norm_digits(n, p);

	if (d - p != 5)
		return p;
	if (d + 5 <= n->len && n->s[d] == '-' && norm_digits(n, d + 1) == d + 5)
		d += 5;
	return norm_boundary(n, d) ? d : p;
}

/* "Austin, TX 78701", "Santa Fe, NM, 87501", "Salem, OR.": the state's
 * name and the ZIP code digit by digit.  The code must follow a comma
 * after a capitalized word and end the clause, unless a ZIP code follows;
 * a code that is also a word ("OK") must not come after an interjection
 * ("Yes, OK."). */
size_t en_rule_state(struct norm *n, size_t pos)
{
	size_t e = pos + 2, z = 0, ws, wl, q;
	const char *name;

	if (pos < 2 || n->s[pos - 1] != ' ' || n->s[pos - 2] != ',' ||
	    !norm_boundary(n, e) ||
	    !(name = lookup(n, pos, e, states, 0)) ||
	    !norm_prev_word(n, pos, ",", &ws, &wl) || !en_is_upper(n->s[ws]))
		return pos;
	q = e < n->len && n->s[e] == ',' ? e + 1 : e;
	if (q + 1 < n->len && n->s[q] == ' ' && zip_at(n, q + 1) > q + 1)
		z = zip_at(n, q + 1);
	if (!z && norm_word_in(n, ws, wl, interjections) &&
	    lookup(n, pos, e, word_states, 0))
		return pos;
	if (!z && e < n->len && !strchr(",.;:)!?\n", n->s[e]))
		return pos;
	norm_say(n, name);
	if (!z)
		return e;
	if (q > e)
		crier_strbuf_addch(n->out, ',');
	say_digits(n, q + 1, z);
	return z;
}
