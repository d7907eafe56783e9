/*
 * normalize_en_money.c - English quantities: money with its signs and
 * scales ("$1.13bn", "a £5m rescue"), large numbers ("600m"), units
 * ("5km", "30°C", "6ft 2in") and percentages ("+5%").
 */
#include <string.h>
#include <strings.h>

#include "normalize_en.h"

/* ---- money ---- */

struct currency {
	const char *sign;	/* as written before the amount */
	const char *one;	/* "dollar" */
	const char *many;	/* "dollars" */
	const char *minor;	/* "cents"; NULL: no minor unit said */
};

static const struct currency currencies[] = {
	{ "US$", "US dollar", "US dollars", "cents" },
	{ "A$", "Australian dollar", "Australian dollars", "cents" },
	{ "AU$", "Australian dollar", "Australian dollars", "cents" },
	{ "C$", "Canadian dollar", "Canadian dollars", "cents" },
	{ "CA$", "Canadian dollar", "Canadian dollars", "cents" },
	{ "NZ$", "New Zealand dollar", "New Zealand dollars", "cents" },
	{ "HK$", "Hong Kong dollar", "Hong Kong dollars", "cents" },
	{ "S$", "Singapore dollar", "Singapore dollars", "cents" },
	{ "R$", "real", "reais", "centavos" },
	{ "$", "dollar", "dollars", "cents" },
	{ "\xc2\xa3", "pound", "pounds", "pence" },		/* £ */
	{ "\xe2\x82\xac", "euro", "euros", "cents" },		/* € */
	{ "\xc2\xa5", "yen", "yen", NULL },			/* ¥ */
	{ "\xe2\x82\xb9", "rupee", "rupees", "paise" },		/* ₹ */
	{ "\xe2\x82\xbd", "rouble", "roubles", "kopecks" },	/* ₽ */
	{ "\xe2\x82\xa9", "won", "won", NULL },			/* ₩ */
	{ "\xe2\x82\xba", "lira", "lira", NULL },		/* ₺ */
	{ "\xe2\x82\xa6", "naira", "naira", "kobo" },		/* ₦ */
	{ NULL, NULL, NULL, NULL }
};

/* Currency codes and abbreviations written before ("USD 5", "Rs. 500")
 * or after ("5 USD") an amount, with a space between. */
static const struct currency codes[] = {
	{ "USD", "US dollar", "US dollars", "cents" },
	{ "EUR", "euro", "euros", "cents" },
	{ "GBP", "pound", "pounds", "pence" },
	{ "JPY", "yen", "yen", NULL },
	{ "CNY", "yuan", "yuan", NULL },
	{ "RMB", "yuan", "yuan", NULL },
	{ "INR", "rupee", "rupees", "paise" },
	{ "Rs", "rupee", "rupees", "paise" },
	{ "PKR", "Pakistani rupee", "Pakistani rupees", "paise" },
	{ "CHF", "Swiss franc", "Swiss francs", "centimes" },
	{ "AUD", "Australian dollar", "Australian dollars", "cents" },
	{ "CAD", "Canadian dollar", "Canadian dollars", "cents" },
	{ "NZD", "New Zealand dollar", "New Zealand dollars", "cents" },
	{ "HKD", "Hong Kong dollar", "Hong Kong dollars", "cents" },
	{ "SGD", "Singapore dollar", "Singapore dollars", "cents" },
	{ "ZAR", "rand", "rand", "cents" },
	{ "NGN", "naira", "naira", "kobo" },
	{ "KES", "Kenyan shilling", "Kenyan shillings", "cents" },
	{ "RUB", "rouble", "roubles", "kopecks" },
	{ "KRW", "won", "won", NULL },
	{ "MXN", "Mexican peso", "Mexican pesos", "centavos" },
	{ "BRL", "real", "reais", "centavos" },
	{ "SEK", "Swedish krona", "Swedish kronor", NULL },
	{ "NOK", "Norwegian krone", "Norwegian kroner", NULL },
	{ "DKK", "Danish krone", "Danish kroner", NULL },
	{ NULL, NULL, NULL, NULL }
};

/* Scale suffixes written after a number, and scale words. */
static const char *const scales[][2] = {
	{ "k", "thousand" }, { "K", "thousand" }, { "m", "million" },
	{ "mn", "million" }, { "mln", "million" }, { "M", "million" },
	{ "bn", "billion" }, { "b", "billion" }, { "B", "billion" },
	{ "bln", "billion" }, { "tn", "trillion" }, { "trn", "trillion" },
	{ "tr", "trillion" }, { "T", "trillion" }, { NULL, NULL }
};

static const char *const scale_words[] = {
	"thousand", "million", "billion", "trillion", "lakh", "crore", NULL
};

/* A scale at p ("bn" attached, " billion", or " bn" after a space); its
 * word in *word.
 * attached_only limits it to suffixes.  Returns its end, or p. */
size_t en_scale_at(const struct norm *n, size_t p, const char **word,
		       int attached_only)
{
	size_t e = norm_letters(n, p), ws, wl;
	int i;

	for (i = 0; scales[i][0] && e > p; i++) {
		if (strlen(scales[i][0]) == e - p &&
		    memcmp(n->s + p, scales[i][0], e - p) == 0 &&
		    norm_boundary(n, e)) {
			*word = scales[i][1];
			return e;
		}
	}
	if (attached_only || !norm_next_word(n, p, &ws, &wl) || ws != p + 1)
		return p;
	if (!norm_word_in(n, ws, wl, scale_words)) {
		/* "$1 bn", "£5 m": a suffix after a space, in lower case */
		for (i = 0; scales[i][0]; i++)
			if (strlen(scales[i][0]) == wl &&
			    en_is_lower(scales[i][0][0]) &&
			    strcmp(scales[i][0], "b") != 0 &&
			    memcmp(n->s + ws, scales[i][0], wl) == 0 &&
			    norm_boundary(n, ws + wl)) {
				*word = scales[i][1];
				return ws + wl;
			}
		return p;
	}
	for (i = 0; scale_words[i]; i++)
		if (strncasecmp(n->s + ws, scale_words[i], wl) == 0)
			*word = scale_words[i];
	return ws + wl;
}

/* The code of table at p followed by a word boundary, or NULL; *end
 * is set after it. */
static const struct currency *code_at(const struct norm *n, size_t p,
				      size_t *end)
{
	const struct currency *c;
	size_t e = norm_letters(n, p);

	for (c = codes; c->sign; c++) {
		if (strlen(c->sign) == e - p &&
		    memcmp(n->s + p, c->sign, e - p) == 0) {
			*end = e;
			return c;
		}
	}
	return NULL;
}

/* The currency written at pos: a sign ("$", "US$") or a code and a space
 * before a digit ("USD 5", "Rs. 500").  *a is set to the amount. */
static const struct currency *currency_at(const struct norm *n, size_t pos,
					  size_t *a)
{
	const struct currency *c;
	size_t e;

	for (c = currencies; c->sign; c++) {
		if (norm_has(n, pos, c->sign)) {
			*a = pos + strlen(c->sign);
			if (*a + 1 < n->len && n->s[*a] == ' ' &&
			    norm_is_digit(n->s[*a + 1]))
				(*a)++;		/* "$ 20" */
			return c;
		}
	}
	if (pos > 0 && norm_is_alnum(n->s[pos - 1]))
		return NULL;
	c = code_at(n, pos, &e);
	if (c && e < n->len && n->s[e] == '.' && strcmp(c->sign, "Rs") == 0)
		e++;
	if (!c || e + 1 >= n->len || n->s[e] != ' ' ||
	    !norm_is_digit(n->s[e + 1]))
		return NULL;
	*a = e + 1;
	return c;
}

/* The minor unit for cents: "cent" or "cents", "penny" or "pence". */
static const char *minor_word(const struct currency *c, unsigned long v)
{
	if (v != 1)
		return c->minor;
	return strcmp(c->minor, "pence") == 0 ? "penny" :
	       strcmp(c->minor, "cents") == 0 ? "cent" : c->minor;
}

/* "$3.50": 3 dollars and 50 cents; "$0.50": 50 cents; "$1.00": 1 dollar. */
static void say_cents(struct norm *n, const struct currency *c, size_t a,
		      size_t dot, size_t b)
{
	unsigned long whole = norm_value(n, a, dot);
	unsigned long cents = norm_value(n, dot + 1, b);

	if (whole == 0) {
		norm_say(n, "");
		crier_strbuf_addf(n->out, "%lu %s", cents,
				  minor_word(c, cents));
		return;
	}
	en_say_num(n, a, dot);
	norm_say(n, whole == 1 ? c->one : c->many);
	if (cents)
		crier_strbuf_addf(n->out, " and %lu %s", cents,
				  minor_word(c, cents));
}

/* "/mo", "/yr", "/hr" after a price or a quantity at p: "per month".
 * Returns its end (and says it), or p. */
size_t en_per_period(struct norm *n, size_t p)
{
	static const char *const periods[][2] = {
		{ "mo", "month" }, { "month", "month" }, { "yr", "year" },
		{ "year", "year" }, { "hr", "hour" }, { "hour", "hour" },
		{ "h", "hour" }, { "day", "day" }, { "wk", "week" },
		{ "week", "week" }, { "min", "minute" }, { "night", "night" },
		{ "person", "person" }, { "head", "head" }, { "share", "share" },
		{ NULL, NULL }
	};
	size_t e;
	int i;

	if (p + 1 >= n->len || n->s[p] != '/')
		return p;
	e = norm_letters(n, p + 1);
	for (i = 0; periods[i][0]; i++) {
		if (strlen(periods[i][0]) == e - p - 1 &&
		    strncasecmp(n->s + p + 1, periods[i][0], e - p - 1) == 0 &&
		    norm_boundary(n, e)) {
			norm_say(n, "per");
			norm_say(n, periods[i][1]);
			return e;
		}
	}
	return p;
}

/* "$5-10bn": 5 to 10 billion dollars; "£3bn-£4bn".  s[a..b) is the
 * first number; returns the end of the range, or b when there is none. */
static size_t money_range(struct norm *n, const struct currency *c,
			  size_t a, size_t b)
{
	const char *s1 = NULL, *s2 = NULL;
	size_t e1 = en_scale_at(n, b, &s1, 1), p = en_range_dash(n, e1), d, end;
	size_t frac;

	if (p == e1)
		p = en_spaced_dash(n, e1);	/* "$10 - $20" */
	if (p == e1)
		return b;
	if (norm_has(n, p, c->sign))
		p += strlen(c->sign);
	d = norm_number(n, p, &frac);
	if (d == p)
		return b;
	end = en_scale_at(n, d, &s2, 0);
	if (end == d && !norm_boundary(n, d))
		return b;
	en_say_num(n, a, b);
	if (s1)
		norm_say(n, s1);
	norm_say(n, "to");
	en_say_num(n, p, d);
	if (s2)
		norm_say(n, s2);
	norm_say(n, c->many);
	return end;
}

size_t en_rule_money(struct norm *n, size_t pos)
{
	const struct currency *c;
	const char *scale = NULL;
	size_t a = pos, b, frac, end;
	int one;

	c = currency_at(n, pos, &a);
	if (!c)
		return pos;
	b = norm_number(n, a, &frac);
	if (b == a && a + 1 < n->len && n->s[a] == '.' &&
	    norm_digits(n, a + 1) > a + 1 && norm_boundary(n, norm_digits(n, a + 1))) {
		b = norm_digits(n, a + 1);	/* "$.506": point five... */
		en_say_point(n, a, b);
		norm_say(n, en_adjectival(n, pos, b) ? c->one : c->many);
		return b;
	}
	if (b == a)
		return pos;
	end = money_range(n, c, a, b);
	if (end > b)
		return end;
	end = en_scale_at(n, b, &scale, 0);
	if ((end == b && !norm_boundary(n, b)) ||
	    (end < n->len && n->s[end] == '@'))
		return pos;	/* "$12@12%" is a code: left to espeak-ng */
	if (!scale && frac && b - frac == 3 && c->minor) {
		say_cents(n, c, a, frac, b);
		return en_per_period(n, b);
	}
	one = en_adjectival(n, pos, end) ||
	      (!scale && !frac && norm_value(n, a, b) == 1);
	en_say_num(n, a, b);
	if (scale)
		norm_say(n, scale);
	norm_say(n, one ? c->one : c->many);
	return en_per_period(n, end);
}

/* "500 USD", "2bn EUR": an amount and a currency code after it, said
 * "500 US dollars". */
size_t en_rule_amount_code(struct norm *n, size_t pos)
{
	const struct currency *c;
	const char *scale = NULL;
	size_t b, frac, end, e;

	if (pos > 0 && (norm_is_alnum(n->s[pos - 1]) ||
			strchr(".,$", n->s[pos - 1])))
		return pos;
	b = norm_number(n, pos, &frac);
	if (b == pos)
		return pos;
	end = en_scale_at(n, b, &scale, 0);
	if ((end == b && !norm_boundary(n, b)) || end + 1 >= n->len ||
	    n->s[end] != ' ')
		return pos;
	c = code_at(n, end + 1, &e);
	if (!c || e - end - 1 != 3 || !norm_boundary(n, e))
		return pos;
	en_say_num(n, pos, b);
	if (scale)
		norm_say(n, scale);
	norm_say(n, !scale && !frac && norm_value(n, pos, b) == 1 ?
		  c->one : c->many);
	return e;
}

/* "600m", "2.5bn" without a currency: the scale word ("m" after a whole
 * number before a word like "race" or "tall" is metres: see en_rule_unit). */
size_t en_rule_scale(struct norm *n, size_t pos)
{
	const char *scale = NULL;
	size_t b, frac, end;

	b = norm_number(n, pos, &frac);
	if (b == pos || (pos > 0 && n->s[pos - 1] == '.'))
		return pos;
	end = en_scale_at(n, b, &scale, 1);
	if (end == b || n->s[b] == 'k' || n->s[b] == 'K' ||
	    n->s[b] == 'M' || n->s[b] == 'B' || n->s[b] == 'T')
		return pos;
	en_say_num(n, pos, b);
	norm_say(n, scale);
	return end;
}

static const char *sign_at(const struct norm *n, size_t pos, size_t *len)
{
	*len = 1;
	if (n->s[pos] == '+')
		return "plus";
	if (n->s[pos] == '-' && (pos == 0 || n->s[pos - 1] == ' ' ||
				 n->s[pos - 1] == '('))
		return "minus";
	*len = 3;
	if (norm_has(n, pos, "\xe2\x88\x92"))	/* − */
		return "minus";
	*len = 0;
	return NULL;
}

/* "+5%": plus 5 percent; "-3.2%": minus 3.2 percent; "5pc". */
size_t en_rule_percent(struct norm *n, size_t pos)
{
	size_t a, b, frac, end;
	const char *sign = sign_at(n, pos, &a);

	a += pos;
	b = norm_number(n, a, &frac);
	if (b == a || b >= n->len)
		return pos;
	if (n->s[b] == '%')
		end = b + 1;
	else if (norm_has_word(n, b, "pc"))
		end = b + 2;
	else
		return pos;
	if (sign)
		norm_say(n, sign);
	en_say_num(n, a, b);
	norm_say(n, "percent");
	return end;
}

/* ---- units ---- */

struct unit {
	const char *abbr;	/* as written after the number */
	const char *one;	/* "kilometre" */
	const char *many;	/* "kilometres" */
	int attached;		/* ATTACHED, EXACT: see below; or 0 */
};

/* Unit flags: ATTACHED, only right after the digits ("5m", "2in");
 * EXACT, only in the case listed ("10 ms", but "10 MS patients"). */
enum { ATTACHED = 1, EXACT = 2 };

/* Longer abbreviations before their prefixes ("km/h" before "km"). */
static const struct unit units[] = {
	{ "km/h", "kilometre per hour", "kilometres per hour", 0 },
	{ "kph", "kilometre per hour", "kilometres per hour", 0 },
	{ "mph", "mile per hour", "miles per hour", 0 },
	{ "m/s", "metre per second", "metres per second", 0 },
	{ "sq ft", "square foot", "square feet", 0 },
	{ "sq m", "square metre", "square metres", 0 },
	{ "sq km", "square kilometre", "square kilometres", 0 },
	{ "sq mi", "square mile", "square miles", 0 },
	{ "sq. ft", "square foot", "square feet", 0 },
	{ "sq. m", "square metre", "square metres", 0 },
	{ "sq. km", "square kilometre", "square kilometres", 0 },
	{ "sq. mi", "square mile", "square miles", 0 },
	{ "ft\xc2\xb2", "square foot", "square feet", 0 },
	{ "mi\xc2\xb2", "square mile", "square miles", 0 },
	{ "km\xc2\xb2", "square kilometre", "square kilometres", 0 },
	{ "km\xc2\xb3", "cubic kilometre", "cubic kilometres", 0 },
	{ "cm\xc2\xb3", "cubic centimetre", "cubic centimetres", 0 },
	{ "m\xc2\xb3", "cubic metre", "cubic metres", 0 },
	{ "cu ft", "cubic foot", "cubic feet", 0 },
	{ "m\xc2\xb2", "square metre", "square metres", 0 },
	{ "km", "kilometre", "kilometres", 0 },
	{ "cm", "centimetre", "centimetres", 0 },
	{ "mm", "millimetre", "millimetres", 0 },
	{ "kg", "kilogram", "kilograms", 0 },
	{ "mg", "milligram", "milligrams", 0 },
	{ "g", "gram", "grams", 1 },
	{ "lbs", "pound", "pounds", 0 },
	{ "lb", "pound", "pounds", 0 },
	{ "oz", "ounce", "ounces", 0 },
	{ "ft", "foot", "feet", 0 },
	{ "in", "inch", "inches", 1 },
	{ "psi", "pound per square inch", "pounds per square inch", 0 },
	{ "yds", "yard", "yards", 0 },
	{ "yd", "yard", "yards", 0 },
	{ "mpg", "mile per gallon", "miles per gallon", 0 },
	{ "mi", "mile", "miles", 0 },
	{ "ml", "millilitre", "millilitres", 0 },
	{ "cl", "centilitre", "centilitres", 0 },
	{ "fl oz", "fluid ounce", "fluid ounces", 0 },
	{ "gal", "gallon", "gallons", 0 },
	{ "L", "litre", "litres", EXACT },
	{ "l", "litre", "litres", EXACT },
	{ "tbsp", "tablespoon", "tablespoons", 0 },
	{ "tsp", "teaspoon", "teaspoons", 0 },
	{ "kn", "knot", "knots", 0 },
	{ "ms", "millisecond", "milliseconds", EXACT },
	{ "sec", "second", "seconds", 0 },
	{ "secs", "second", "seconds", 0 },
	{ "min", "minute", "minutes", 0 },
	{ "hr", "hour", "hours", 0 },
	{ "h", "hour", "hours", 1 },
	{ "ha", "hectare", "hectares", EXACT },
	{ "kWh", "kilowatt hour", "kilowatt hours", 0 },
	{ "MWh", "megawatt hour", "megawatt hours", 0 },
	{ "GWh", "gigawatt hour", "gigawatt hours", 0 },
	{ "TWh", "terawatt hour", "terawatt hours", 0 },
	{ "kW", "kilowatt", "kilowatts", 0 },
	{ "MW", "megawatt", "megawatts", 0 },
	{ "GW", "gigawatt", "gigawatts", 0 },
	{ "KB", "kilobyte", "kilobytes", 0 },
	{ "MB", "megabyte", "megabytes", 0 },
	{ "GB", "gigabyte", "gigabytes", 0 },
	{ "TB", "terabyte", "terabytes", 0 },
	{ "Mbps", "megabit per second", "megabits per second", 0 },
	{ "Gbps", "gigabit per second", "gigabits per second", 0 },
	{ "mbps", "megabit per second", "megabits per second", 0 },
	{ "kbps", "kilobit per second", "kilobits per second", 0 },
	{ "kHz", "kilohertz", "kilohertz", 0 },
	{ "MHz", "megahertz", "megahertz", 0 },
	{ "GHz", "gigahertz", "gigahertz", 0 },
	{ "Hz", "hertz", "hertz", 0 },
	{ "bhp", "brake horsepower", "brake horsepower", 0 },
	{ "hp", "horsepower", "horsepower", 0 },
	{ "ppm", "part per million", "parts per million", 0 },
	{ "dB", "decibel", "decibels", EXACT },
	{ "kcal", "kilocalorie", "kilocalories", 0 },
	{ "mAh", "milliamp hour", "milliamp hours", EXACT },
	{ "kV", "kilovolt", "kilovolts", EXACT },
	{ "mins", "minute", "minutes", 0 },
	{ "hrs", "hour", "hours", 0 },
	{ "\xc2\xb0" "C", "degree Celsius", "degrees Celsius", 0 },
	{ "\xc2\xb0" "F", "degree Fahrenheit", "degrees Fahrenheit", 0 },
	{ "\xc2\xb0", "degree", "degrees", 0 },
	{ "C", "degree Celsius", "degrees Celsius", 1 },
	{ "p", "penny", "pence", 1 },
	{ "\xc2\xa2", "cent", "cents", 1 },		/* ¢ */
	{ "m", "metre", "metres", 1 },
	{ NULL, NULL, NULL, 0 }
};

/* Words after "100m" that make it metres rather than millions. */
static const char *const metre_words[] = {
	"tall", "high", "long", "wide", "deep", "away", "race", "sprint",
	"final", "freestyle", "hurdles", "relay", "backstroke", "butterfly",
	"breaststroke", "medley", "above", "below", "underground", "drop",
	"metres", "taller", "higher", "longer", "deeper", "title", "titles",
	"champion", "champions", "championship", "gold", "silver", "bronze",
	"medal", "medals", "medallist", "record", "records", "track",
	"runner", "runners", "event", "events", "races", "heat", "heats",
	"semi-final", "semi-finals", "finals", "indoor", "indoors", "outdoor",
	"swim", "run", "dash", "record-holder", "world", "personal", NULL
};

/* Words before "100m" that make it metres: "the men's 100m". */
static const char *const metre_before[] = {
	"men's", "women's", "boys'", "girls'", "Olympic", "indoor",
	"outdoor", "last", "final", "opening", "closing", NULL
};

static int unit_end_ok(const struct norm *n, const struct unit *u, size_t e)
{
	size_t ws, wl;

	if (!norm_boundary(n, e) && !((unsigned char)n->s[e - 1] & 0x80))
		return 0;
	if (strcmp(u->abbr, "m") != 0)
		return 1;
	if (norm_prev_word(n, e - 1, NULL, &ws, &wl) &&
	    en_prev_in(n, ws, metre_before))
		return 1;
	return norm_next_word(n, e, &ws, &wl) &&
	       norm_word_in(n, ws, wl, metre_words);
}

/* 1 when abbreviation u is written at q: as listed or, for lower-case
 * abbreviations of two letters or more that are not also words ("km",
 * "lbs", "mph"), in any case ("KM", "Lbs"). */
static int unit_written(const struct norm *n, const struct unit *u, size_t q)
{
	size_t l = strlen(u->abbr), i;

	if (norm_has(n, q, u->abbr))
		return 1;
	if (u->attached || l < 2 || q + l > n->len)	/* ATTACHED or EXACT */
		return 0;
	for (i = 0; i < l; i++)
		if (!en_is_lower(u->abbr[i]) && u->abbr[i] != '/')
			return 0;
	return strncasecmp(n->s + q, u->abbr, l) == 0;
}

static const struct unit *unit_at(const struct norm *n, size_t p,
				  size_t *end)
{
	const struct unit *u;
	size_t q;
	int space = p < n->len && (n->s[p] == ' ' || n->s[p] == '-');

	for (u = units; u->abbr; u++) {
		if ((u->attached & ATTACHED) && space &&
		    strcmp(u->abbr, "m") != 0)
			continue;	/* "200 m swim": metres by the words */
		q = p + (space ? 1 : 0);
		if (unit_written(n, u, q) &&
		    unit_end_ok(n, u, q + strlen(u->abbr))) {
			*end = q + strlen(u->abbr);
			return u;
		}
	}
	return NULL;
}

/* Says a unit's name, spelled "meter" and "liter" where the locale
 * spells them so (en-US, where espeak-ng also stresses "kilometer" the
 * American way). */
static void say_unit(struct norm *n, const char *word)
{
	const char *re;

	norm_say(n, "");
	while (n->month_first && (re = strstr(word, "tre")) != NULL) {
		crier_strbuf_add(n->out, word, (size_t)(re - word));
		crier_strbuf_adds(n->out, "ter");
		word = re + 3;
	}
	crier_strbuf_adds(n->out, word);
}

/* 1 when s[a..b) is an abbreviation of one to three letters without a
 * vowel ("cc", "s", "hp"): a unit, not a word ("and/or"). */
static int bare_unit(const struct norm *n, size_t a, size_t b)
{
	size_t i;

	if (b == a || b - a > 3)
		return 0;
	for (i = a; i < b; i++)
		if (strchr("aeiouAEIOU", n->s[i]))
			return 0;
	return 1;
}

/* "/s", "/m³" after a unit at p: says "per" and the unit ("per second";
 * an abbreviation it does not know as written); returns its end, or p. */
static size_t per_unit(struct norm *n, size_t p)
{
	const struct unit *u;
	size_t e;

	if (p + 1 >= n->len || n->s[p] != '/' || n->s[p + 1] == ' ')
		return p;
	u = unit_at(n, p + 1, &e);
	if (u) {
		norm_say(n, "per");
		say_unit(n, u->one);
		return e;
	}
	e = norm_letters(n, p + 1);
	if (e == p + 2 && n->s[p + 1] == 'm' && norm_boundary(n, e)) {
		norm_say(n, "per");	/* "kg/m": per metre */
		say_unit(n, "metre");
		return e;
	}
	if (!bare_unit(n, p + 1, e) || !norm_boundary(n, e))
		return p;
	norm_say(n, "per");
	norm_say(n, "");
	norm_copy(n, p + 1, e);
	return e;
}

/* "3 cc/s": a number and an abbreviation it does not know, per another:
 * 3 cc per s.  Returns the end, or pos. */
static size_t unknown_per_unit(struct norm *n, size_t pos, size_t b)
{
	size_t x, e;

	if (b + 1 >= n->len || n->s[b] != ' ')
		return pos;
	x = norm_letters(n, b + 1);
	if (!bare_unit(n, b + 1, x) || x >= n->len || n->s[x] != '/' ||
	    !norm_boundary(n, norm_letters(n, x + 1)) ||
	    !bare_unit(n, x + 1, norm_letters(n, x + 1)))
		return pos;
	en_say_num(n, pos, b);
	norm_say(n, "");
	norm_copy(n, b + 1, x);
	e = per_unit(n, x);
	return e;
}

/* " 2 in" after feet at p ("6 ft 2 in"): says the inches; returns the
 * end, or p ("in" alone is the word in). */
static size_t inches_after_feet(struct norm *n, const struct unit *u,
				size_t p)
{
	size_t i, e;

	if (strcmp(u->abbr, "ft") != 0 || p + 1 >= n->len || n->s[p] != ' ')
		return p;
	i = norm_digits(n, p + 1);
	if (i == p + 1 || i - p - 1 > 2 || norm_value(n, p + 1, i) > 11)
		return p;
	e = i < n->len && n->s[i] == ' ' ? i + 1 : i;
	if (!norm_has_word(n, e, "in"))
		return p;
	en_say_num(n, p + 1, i);
	say_unit(n, norm_value(n, p + 1, i) == 1 ? "inch" : "inches");
	return e + 2;
}

/* "5km": 5 kilometres; "a 5km race": a 5 kilometre race. */
size_t en_rule_unit(struct norm *n, size_t pos)
{
	const struct unit *u;
	size_t frac, b = norm_number(n, pos, &frac), end, per;
	int one;

	if (b == pos)
		return pos;
	u = unit_at(n, b, &end);
	if (!u)
		return unknown_per_unit(n, pos, b);
	one = en_adjectival(n, pos, end) || (b < n->len && n->s[b] == '-') ||
	      (!frac && norm_value(n, pos, b) == 1);
	en_say_num(n, pos, b);
	say_unit(n, one ? u->one : u->many);
	per = en_per_period(n, end);
	if (per == end)
		per = per_unit(n, end);
	if (per == end)
		per = inches_after_feet(n, u, end);
	if (per > end)
		return per;
	/* "6 ft. tall": the stop ends the abbreviation, not the sentence */
	if (end + 2 < n->len && n->s[end] == '.' && n->s[end + 1] == ' ' &&
	    en_is_lower(n->s[end + 2]) && norm_is_alpha(n->s[end - 1]))
		return end + 1;
	return end;
}

/* A feet mark at p ("'" or a prime), or 0; its size otherwise. */
static size_t feet_mark(const struct norm *n, size_t p)
{
	if (p < n->len && n->s[p] == '\'')
		return 1;
	return norm_has(n, p, "\xe2\x80\xb2") ? 3 : 0;	/* ′ */
}

/* An inches mark at p ('"' or a double prime), or 0. */
static size_t inches_mark(const struct norm *n, size_t p)
{
	if (p < n->len && n->s[p] == '"')
		return 1;
	return norm_has(n, p, "\xe2\x80\xb3") ? 3 : 0;	/* ″ */
}

/* "5'10\"", "6′ 2″": 5 feet 10 inches; "a 6'4\" forward": a 6 foot 4
 * forward ("6'" alone may close a quote and is left alone). */
size_t en_rule_feet_inches(struct norm *n, size_t pos)
{
	size_t f = norm_digits(n, pos), q, i, m;
	unsigned long ft;
	int adj;

	if (f == pos || f - pos > 1 || !(m = feet_mark(n, f)) ||
	    (pos > 0 && norm_is_alnum(n->s[pos - 1])))
		return pos;
	q = f + m;
	if (q < n->len && n->s[q] == ' ')
		q++;
	i = norm_digits(n, q);
	if (i == q || i - q > 2 || norm_value(n, q, i) > 11 ||
	    !(m = inches_mark(n, i)) || !norm_boundary(n, i + m))
		return pos;
	ft = norm_value(n, pos, f);
	adj = en_det_before(n, pos) && en_noun_after(n, i + m);
	en_say_num(n, pos, f);
	norm_say(n, ft == 1 || adj ? "foot" : "feet");
	en_say_num(n, q, i);
	if (!adj)	/* "a 6'4\" forward": a six foot four forward */
		norm_say(n, norm_value(n, q, i) == 1 ? "inch" : "inches");
	return i + m;
}

size_t en_say_unit_at(struct norm *n, size_t p, int one)
{
	const struct unit *u = unit_at(n, p, &p);

	if (u)
		say_unit(n, one ? u->one : u->many);
	return p;
}

int en_unit_follows(const struct norm *n, size_t p)
{
	size_t end;

	return unit_at(n, p, &end) != NULL;
}
