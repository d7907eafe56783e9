/*
 * normalize_en.c - the English rule table: abbreviations, money, times,
 * dates, decades, ordinals, fractions, ranges, percentages, units, large
 * number suffixes, years and regnal numbers.  Each rule reads one token
 * (see normalize_int.h) and only rewrites what espeak-ng reads wrongly;
 * plain numbers are left as digits, which espeak-ng reads well.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

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
	"worth", "ago", "up", "down", "off", "out", "too", "then",
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

/* 1 when the word before pos is a determiner or a possessive ("a $5bn
 * rescue", "Britain's £2bn plan"). */
static int det_before(const struct norm *n, size_t pos)
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

/* ---- abbreviations ---- */

enum abbr_kind {
	ABBR_TITLE,	/* only before a name; never ends a sentence */
	ABBR_WORD,	/* anywhere */
	ABBR_MONTH,	/* anywhere; without a stop only before a day */
	ABBR_NUMBER,	/* only before a number ("No. 10") */
	ABBR_PLACE	/* "St.": Saint before a name, Street after one */
};

struct abbr {
	const char *abbr;	/* without the full stop */
	const char *say;	/* its reading (before a name for ABBR_PLACE) */
	const char *after;	/* ABBR_PLACE: the reading after a name */
	enum abbr_kind kind;
	int dotless;		/* also expanded without a full stop */
	int can_end;		/* its stop may also end the sentence */
};

static const struct abbr abbrs[] = {
	{ "Mr", "Mister", NULL, ABBR_TITLE, 0, 0 },
	{ "Mrs", "Missus", NULL, ABBR_TITLE, 0, 0 },
	{ "Ms", "Miz", NULL, ABBR_TITLE, 1, 0 },
	{ "Dr", "Doctor", "Drive", ABBR_PLACE, 0, 1 },
	{ "St", "Saint", "Street", ABBR_PLACE, 1, 1 },
	{ "Gov", "Governor", NULL, ABBR_TITLE, 1, 0 },
	{ "Sen", "Senator", NULL, ABBR_TITLE, 1, 0 },
	{ "Rep", "Representative", NULL, ABBR_TITLE, 1, 0 },
	{ "Gen", "General", NULL, ABBR_TITLE, 1, 0 },
	{ "Lt", "Lieutenant", NULL, ABBR_TITLE, 1, 0 },
	{ "Col", "Colonel", NULL, ABBR_TITLE, 1, 0 },
	{ "Sgt", "Sergeant", NULL, ABBR_TITLE, 1, 0 },
	{ "Supt", "Superintendent", NULL, ABBR_TITLE, 1, 0 },
	{ "Prof", "Professor", NULL, ABBR_TITLE, 1, 0 },
	{ "Capt", "Captain", NULL, ABBR_TITLE, 1, 0 },
	{ "Cmdr", "Commander", NULL, ABBR_TITLE, 1, 0 },
	{ "Adm", "Admiral", NULL, ABBR_TITLE, 1, 0 },
	{ "Maj", "Major", NULL, ABBR_TITLE, 0, 0 },
	{ "Cpl", "Corporal", NULL, ABBR_TITLE, 1, 0 },
	{ "Insp", "Inspector", NULL, ABBR_TITLE, 1, 0 },
	{ "Det", "Detective", NULL, ABBR_TITLE, 1, 0 },
	{ "Cllr", "Councillor", NULL, ABBR_TITLE, 1, 0 },
	{ "Rev", "Reverend", NULL, ABBR_TITLE, 0, 0 },
	{ "Fr", "Father", NULL, ABBR_TITLE, 0, 0 },
	{ "Pres", "President", NULL, ABBR_TITLE, 0, 0 },
	{ "Atty", "Attorney", NULL, ABBR_TITLE, 1, 0 },
	{ "Mt", "Mount", NULL, ABBR_TITLE, 1, 0 },
	{ "Ft", "Fort", NULL, ABBR_TITLE, 0, 0 },
	{ "Jr", "Junior", NULL, ABBR_WORD, 0, 1 },
	{ "vs", "versus", NULL, ABBR_WORD, 1, 0 },
	{ "approx", "approximately", NULL, ABBR_WORD, 1, 0 },
	{ "etc", "et cetera", NULL, ABBR_WORD, 1, 1 },
	{ "Corp", "Corporation", NULL, ABBR_WORD, 0, 1 },
	{ "Bros", "Brothers", NULL, ABBR_WORD, 0, 1 },
	{ "Ave", "Avenue", NULL, ABBR_WORD, 0, 1 },
	{ "Rd", "Road", NULL, ABBR_WORD, 0, 1 },
	{ "Blvd", "Boulevard", NULL, ABBR_WORD, 1, 1 },
	{ "govt", "government", NULL, ABBR_WORD, 1, 1 },
	{ "dept", "department", NULL, ABBR_WORD, 1, 1 },
	{ "No", "Number", NULL, ABBR_NUMBER, 1, 0 },
	{ "no", "number", NULL, ABBR_NUMBER, 0, 0 },
	{ "Nos", "Numbers", NULL, ABBR_NUMBER, 0, 0 },
	{ "Jan", "January", NULL, ABBR_MONTH, 0, 1 },
	{ "Feb", "February", NULL, ABBR_MONTH, 0, 1 },
	{ "Mar", "March", NULL, ABBR_MONTH, 0, 1 },
	{ "Apr", "April", NULL, ABBR_MONTH, 0, 1 },
	{ "Jun", "June", NULL, ABBR_MONTH, 0, 1 },
	{ "Jul", "July", NULL, ABBR_MONTH, 0, 1 },
	{ "Aug", "August", NULL, ABBR_MONTH, 0, 1 },
	{ "Sep", "September", NULL, ABBR_MONTH, 0, 1 },
	{ "Sept", "September", NULL, ABBR_MONTH, 0, 1 },
	{ "Oct", "October", NULL, ABBR_MONTH, 0, 1 },
	{ "Nov", "November", NULL, ABBR_MONTH, 0, 1 },
	{ "Dec", "December", NULL, ABBR_MONTH, 0, 1 },
	{ NULL, NULL, NULL, ABBR_WORD, 0, 0 }
};

/* Abbreviations written with inner full stops; none ends a sentence
 * unless a capital follows. */
static const char *const dotted[][2] = {
	{ "e.g.", "for example" }, { "i.e.", "that is" },
	{ "a.k.a.", "also known as" }, { NULL, NULL }
};

/* The next word after pos starts with a capital letter. */
static int name_after(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	return norm_next_word(n, pos, &ws, &wl) && is_upper(n->s[ws]);
}

/* The next word after pos looks like a name: "Warren", not "Z" or "AI". */
static int real_name_after(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	return norm_next_word(n, pos, &ws, &wl) && wl >= 2 &&
	       is_upper(n->s[ws]) && is_lower(n->s[ws + 1]);
}

/* The word just before pos (one space between) is capitalized and isn't
 * the first of its sentence: "Downing St." */
static int name_before(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	return pos > 0 && n->s[pos - 1] == ' ' &&
	       norm_prev_word(n, pos, NULL, &ws, &wl) &&
	       is_upper(n->s[ws]) && !norm_sentence_start(n, ws) &&
	       ws + wl + 1 == pos;
}

static size_t rule_dotted(struct norm *n, size_t pos)
{
	size_t l;
	int i;

	for (i = 0; dotted[i][0]; i++) {
		l = strlen(dotted[i][0]);
		if (norm_has(n, pos, dotted[i][0]) &&
		    norm_boundary(n, pos + l)) {
			norm_say(n, dotted[i][1]);
			return pos + l;
		}
	}
	return pos;
}

static const struct abbr *find_abbr(const struct norm *n, size_t pos,
				    size_t end)
{
	const struct abbr *a;

	for (a = abbrs; a->abbr; a++)
		if (strlen(a->abbr) == end - pos &&
		    memcmp(n->s + pos, a->abbr, end - pos) == 0)
			return a;
	return NULL;
}

/* 1 when abbreviation a at s[pos..end) is used the way its kind needs. */
static int abbr_fits(const struct norm *n, const struct abbr *a, size_t pos,
		     size_t end, int dot)
{
	size_t ws, wl, after = end + (dot ? 1 : 0);
	int digit_next = norm_next_word(n, after, &ws, &wl) &&
			 norm_is_digit(n->s[ws]);

	switch (a->kind) {
	case ABBR_NUMBER:
		return digit_next && (dot || (a->dotless && n->s[end] == ' '));
	case ABBR_TITLE:
		if (!dot)	/* "Gen Z" is no general */
			return a->dotless && real_name_after(n, after);
		return name_after(n, after);
	case ABBR_MONTH:
		return dot || (digit_next && n->s[end] == ' ');
	case ABBR_PLACE:
		return dot || (a->dotless && (name_after(n, after) ||
					      name_before(n, pos)));
	default:
		return dot || a->dotless;
	}
}

static size_t rule_abbr(struct norm *n, size_t pos)
{
	const struct abbr *a;
	const char *say;
	size_t end, after;
	int dot;

	end = rule_dotted(n, pos);
	if (end > pos)
		return end;
	end = norm_letters(n, pos);
	a = end > pos ? find_abbr(n, pos, end) : NULL;
	if (!a)
		return pos;
	dot = end < n->len && n->s[end] == '.';
	if ((!dot && !norm_boundary(n, end)) || !abbr_fits(n, a, pos, end, dot))
		return pos;
	after = end + (dot ? 1 : 0);
	say = a->say;
	if (a->kind == ABBR_PLACE &&
	    (name_before(n, pos) || !name_after(n, after)))
		say = a->after;
	norm_say(n, say);
	/* "in Feb." or "Downing St." may end the sentence; "St. Louis" not */
	if (dot && a->can_end && sentence_may_end(n, after) &&
	    !(a->kind == ABBR_PLACE && say == a->say))
		crier_strbuf_addch(n->out, '.');
	return after;
}

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

/* Scale suffixes written after a number, and scale words. */
static const char *const scales[][2] = {
	{ "k", "thousand" }, { "K", "thousand" }, { "m", "million" },
	{ "mn", "million" }, { "mln", "million" }, { "M", "million" },
	{ "bn", "billion" }, { "b", "billion" }, { "B", "billion" },
	{ "bln", "billion" }, { "tn", "trillion" }, { "trn", "trillion" },
	{ "tr", "trillion" }, { "T", "trillion" }, { NULL, NULL }
};

static const char *const scale_words[] = {
	"thousand", "million", "billion", "trillion", NULL
};

/* A scale at p ("bn" attached, or " billion"); its word in *word.
 * attached_only limits it to suffixes.  Returns its end, or p. */
static size_t scale_at(const struct norm *n, size_t p, const char **word,
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
	if (attached_only || !norm_next_word(n, p, &ws, &wl) || ws != p + 1 ||
	    !norm_word_in(n, ws, wl, scale_words))
		return p;
	for (i = 0; scale_words[i]; i++)
		if (strncasecmp(n->s + ws, scale_words[i], wl) == 0)
			*word = scale_words[i];
	return ws + wl;
}

static const struct currency *currency_at(const struct norm *n, size_t pos)
{
	const struct currency *c;

	for (c = currencies; c->sign; c++)
		if (norm_has(n, pos, c->sign))
			return c;
	return NULL;
}

/* "$3.50": 3 dollars 50; "$0.50": 50 cents. */
static void say_cents(struct norm *n, const struct currency *c, size_t a,
		      size_t dot, size_t b)
{
	unsigned long whole = norm_value(n, a, dot);
	unsigned long cents = norm_value(n, dot + 1, b);

	if (whole == 0) {
		norm_say(n, "");
		crier_strbuf_addf(n->out, "%lu %s", cents, c->minor);
		return;
	}
	say_num(n, a, dot);
	norm_say(n, whole == 1 ? c->one : c->many);
	if (cents >= 10)
		crier_strbuf_addf(n->out, " %lu", cents);
	else if (cents)
		crier_strbuf_addf(n->out, " and %lu %s", cents, c->minor);
}

/* A dash between numbers at p ("-" or an en dash); its end, or p. */
static size_t range_dash(const struct norm *n, size_t p)
{
	if (p < n->len && n->s[p] == '-')
		return p + 1;
	if (norm_has(n, p, "\xe2\x80\x93"))
		return p + 3;
	return p;
}

/* "$5-10bn": 5 to 10 billion dollars; "£3bn-£4bn".  s[a..b) is the
 * first number; returns the end of the range, or b when there is none. */
static size_t money_range(struct norm *n, const struct currency *c,
			  size_t a, size_t b)
{
	const char *s1 = NULL, *s2 = NULL;
	size_t e1 = scale_at(n, b, &s1, 1), p = range_dash(n, e1), d, end;
	size_t frac;

	if (p == e1)
		return b;
	if (norm_has(n, p, c->sign))
		p += strlen(c->sign);
	d = norm_number(n, p, &frac);
	if (d == p)
		return b;
	end = scale_at(n, d, &s2, 0);
	if (end == d && !norm_boundary(n, d))
		return b;
	say_num(n, a, b);
	if (s1)
		norm_say(n, s1);
	norm_say(n, "to");
	say_num(n, p, d);
	if (s2)
		norm_say(n, s2);
	norm_say(n, c->many);
	return end;
}

static size_t rule_money(struct norm *n, size_t pos)
{
	const struct currency *c = currency_at(n, pos);
	const char *scale = NULL;
	size_t a, b, frac, end;
	int one;

	if (!c)
		return pos;
	a = pos + strlen(c->sign);
	b = norm_number(n, a, &frac);
	if (b == a)
		return pos;
	end = money_range(n, c, a, b);
	if (end > b)
		return end;
	end = scale_at(n, b, &scale, 0);
	if (end == b && !norm_boundary(n, b))
		return pos;
	if (!scale && frac && b - frac == 3 && c->minor) {
		say_cents(n, c, a, frac, b);
		return b;
	}
	one = adjectival(n, pos, end) ||
	      (!scale && !frac && norm_value(n, a, b) == 1);
	say_num(n, a, b);
	if (scale)
		norm_say(n, scale);
	norm_say(n, one ? c->one : c->many);
	return end;
}

/* "600m", "2.5bn" without a currency: the scale word ("m" after a whole
 * number before a word like "race" or "tall" is metres: see rule_unit). */
static size_t rule_scale(struct norm *n, size_t pos)
{
	const char *scale = NULL;
	size_t b, frac, end;

	b = norm_number(n, pos, &frac);
	if (b == pos || (pos > 0 && n->s[pos - 1] == '.'))
		return pos;
	end = scale_at(n, b, &scale, 1);
	if (end == b || n->s[b] == 'k' || n->s[b] == 'K' ||
	    n->s[b] == 'M' || n->s[b] == 'B' || n->s[b] == 'T')
		return pos;
	say_num(n, pos, b);
	norm_say(n, scale);
	return end;
}

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

static size_t rule_time(struct norm *n, size_t pos)
{
	size_t h = norm_digits(n, pos), m = h, end;
	unsigned long hour = norm_value(n, pos, h), min = 0;
	int pm = 0, has_min = 0;

	if (h == pos || h - pos > 2 || hour > 24 ||
	    (pos > 0 && (n->s[pos - 1] == '.' || n->s[pos - 1] == ':')))
		return pos;
	if (h + 2 < n->len && (n->s[h] == ':' || n->s[h] == '.') &&
	    norm_digits(n, h + 1) == h + 3) {
		min = norm_value(n, h + 1, h + 3);
		m = h + 3;
		has_min = min < 60;
	}
	if (m + 1 < n->len && n->s[m] == ':' && norm_is_digit(n->s[m + 1]))
		return pos;	/* "2:03:45" is a race time */
	end = ampm_at(n, has_min ? m : h, &pm);
	if (end == (has_min ? m : h)) {	/* no am/pm: only "14:30" */
		if (!has_min || n->s[h] != ':' || !norm_boundary(n, m))
			return pos;
		end = 0;
	}
	if (!has_min && end && hour > 12)
		return pos;
	say_num(n, pos, h);
	if (has_min && min == 0 && !end)
		norm_say(n, hour > 12 || hour == 0 ? "hundred" : "o'clock");
	else if (has_min && min > 0 && min < 10)
		crier_strbuf_addf(n->out, " oh %lu", min);
	else if (has_min && min > 0)
		crier_strbuf_addf(n->out, " %lu", min);
	if (!end)
		return m;
	norm_say(n, pm ? "PM" : "AM");
	if (n->s[end - 1] == '.' && sentence_may_end(n, end))
		crier_strbuf_addch(n->out, '.');
	return end;
}

/* "2024-04-19": April 19, 2024 */
static size_t rule_iso_date(struct norm *n, size_t pos)
{
	size_t y = norm_digits(n, pos);
	unsigned long year, month, day;

	if (y - pos != 4 || y + 6 > n->len || n->s[y] != '-' ||
	    norm_digits(n, y + 1) != y + 3 || n->s[y + 3] != '-' ||
	    norm_digits(n, y + 4) != y + 6 || !norm_boundary(n, y + 6))
		return pos;
	year = norm_value(n, pos, y);
	month = norm_value(n, y + 1, y + 3);
	day = norm_value(n, y + 4, y + 6);
	if (month < 1 || month > 12 || day < 1 || day > 31)
		return pos;
	norm_say(n, months[month - 1]);
	crier_strbuf_addf(n->out, " %lu,", day);
	if (year >= 2000)
		crier_strbuf_addf(n->out, " %lu", year);
	else
		say_words(n, en_year, year);
	return y + 6;
}

/* ---- decades, years, ordinals ---- */

/* "1990s", "1990's", "'80s", "70s": nineteen nineties, eighties. */
static size_t rule_decade(struct norm *n, size_t pos)
{
	struct crier_strbuf words = CRIER_STRBUF_INIT;
	size_t a = pos, b, s;
	unsigned long v;

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
	v = norm_value(n, a, b);
	if (en_decade(&words, v) < 0)
		return pos;
	norm_say(n, words.buf);
	crier_strbuf_release(&words);
	return s + 1;
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
	return p >= n->len || (strchr(",.;:)!?", n->s[p]) &&
			       (p + 1 >= n->len || !norm_is_digit(n->s[p + 1])));
}

/* A year from 1000 to 1999 after "in", "since", a month...: nineteen
 * ninety.  espeak-ng says "nineteen hundred ninety" or "one thousand
 * eight hundred five"; later years it reads well. */
static size_t rule_year(struct norm *n, size_t pos)
{
	size_t b = norm_digits(n, pos), ws, wl;
	unsigned long v;

	if (b - pos != 4 || !norm_boundary(n, b) ||
	    (b < n->len && n->s[b] == '%'))
		return pos;
	v = norm_value(n, pos, b);
	if (v < 1000 || v > 1999)
		return pos;
	if (!prev_in(n, pos, year_words) && !year_end(n, b) &&
	    !(norm_prev_word(n, pos, ",", &ws, &wl) &&
	      norm_is_digit(n->s[ws]) && wl <= 2))
		return pos;
	if (norm_next_word(n, b, &ws, &wl) && ws == b + 1 &&
	    is_lower(n->s[ws]) && !norm_word_in(n, ws, wl, not_nouns))
		return pos;	/* "in 1500 cases" */
	say_words(n, en_year, v);
	return b;
}

/* "21st", "100th": words (espeak-ng says "one hundred th"). */
static size_t rule_ordinal(struct norm *n, size_t pos)
{
	size_t frac, b = norm_number(n, pos, &frac);
	static const char *const sfx[] = { "st", "nd", "rd", "th", NULL };

	if (b == pos || frac || b + 2 > n->len || !norm_boundary(n, b + 2) ||
	    !norm_word_in(n, b, 2, sfx))
		return pos;
	say_words(n, en_ordinal, norm_value(n, pos, b));
	return b + 2;
}

/* ---- fractions, ranges, percentages ---- */

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

/* "1/3": one third; "24/7", "9/11": twenty four seven, nine eleven. */
static size_t rule_fraction(struct norm *n, size_t pos)
{
	size_t a = norm_digits(n, pos), b;
	unsigned long num, den;

	if (a == pos || a >= n->len || n->s[a] != '/' ||
	    (pos > 0 && n->s[pos - 1] == '/'))
		return pos;
	b = norm_digits(n, a + 1);
	if (b == a + 1 || !norm_boundary(n, b) ||
	    (b < n->len && n->s[b] == '/'))
		return pos;
	num = norm_value(n, pos, a);
	den = norm_value(n, a + 1, b);
	if (num == 0 || den < 2 || num > 99 || den > 99)
		return pos;
	if (num < den && den <= 10) {
		say_fraction(n, pos, num, den);
		return b;
	}
	say_words(n, en_cardinal, num);
	say_words(n, en_cardinal, den);
	return b;
}

/* Unicode vulgar fractions: "½", "2¾". */
static size_t rule_vulgar(struct norm *n, size_t pos)
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
			return pos + strlen(v[i].s);
		}
	}
	return pos;
}

static const char *const score_words[] = {
	"won", "win", "wins", "beat", "beats", "lost", "lose", "loses",
	"defeat", "defeated", "drew", "draw", "victory", "score", "scored",
	"led", "lead", "leads", "trail", "trailed", "thrashed", "edged", NULL
};

/* 1 when one of the three words before pos is about a match's score. */
static int score_context(const struct norm *n, size_t pos)
{
	size_t ws, wl;
	int i;

	for (i = 0; i < 3; i++) {
		if (!norm_prev_word(n, pos, ",", &ws, &wl))
			return 0;
		if (norm_word_in(n, ws, wl, score_words))
			return 1;
		pos = ws;
	}
	return 0;
}

/* "1914-18": nineteen fourteen to nineteen eighteen; "2003-05". */
static int year_range(struct norm *n, size_t pos, size_t a, size_t c,
		      size_t d)
{
	unsigned long y1 = norm_value(n, pos, a), y2 = norm_value(n, c, d);

	if (a - pos != 4 || (d - c != 2 && d - c != 4) || y1 < 1000 ||
	    y1 > 2099)
		return 0;
	if (d - c == 2)
		y2 += y1 / 100 * 100 + (y2 < y1 % 100 ? 100 : 0);
	if (y2 <= y1 || y2 - y1 > 100)
		return 0;
	say_words(n, y1 >= 2000 ? en_cardinal : en_year, y1);
	norm_say(n, "to");
	say_words(n, y2 >= 2000 ? en_cardinal : en_year, y2);
	return 1;
}

/* 1 when the word before pos names a thing that takes model numbers
 * ("Boeing 737-800"): capitalized, not first in its sentence, no month. */
static int model_before(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	return norm_prev_word(n, pos, NULL, &ws, &wl) && is_upper(n->s[ws]) &&
	       !norm_sentence_start(n, ws) && !norm_word_in(n, ws, wl, months);
}

/* 1 when "a 60-40 split" shares out a whole: said "sixty forty". */
static int split_of_whole(const struct norm *n, size_t pos, size_t a,
			  size_t c, size_t d)
{
	return norm_value(n, pos, a) + norm_value(n, c, d) == 100 &&
	       det_before(n, pos);
}

/* "10-12": 10 to 12 (the second number is left to the other rules, so
 * "5-7%" and "10-12km" work); "50-50": 50 50; scores: "won 3-1". */
static size_t rule_range(struct norm *n, size_t pos)
{
	size_t fa, fc, a = norm_number(n, pos, &fa), c, d;

	if (a == pos || (pos > 0 && (n->s[pos - 1] == '-' ||
				    n->s[pos - 1] == '/')))
		return pos;
	c = range_dash(n, a);
	if (c == a || (model_before(n, pos) && !score_context(n, pos)))
		return pos;
	d = norm_number(n, c, &fc);
	if (d == c || range_dash(n, d) != d ||
	    (d < n->len && norm_is_digit(n->s[d])))
		return pos;
	if (!fa && !fc && norm_boundary(n, d) && year_range(n, pos, a, c, d))
		return d;
	say_num(n, pos, a);
	if (!score_context(n, pos) && !split_of_whole(n, pos, a, c, d) &&
	    (d - c != a - pos || memcmp(n->s + pos, n->s + c, a - pos) != 0))
		norm_say(n, "to");
	crier_strbuf_addch(n->out, ' ');
	return c;
}

/* A sign before a number at pos: "plus", "minus" or NULL; *len its size. */
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
static size_t rule_percent(struct norm *n, size_t pos)
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
	say_num(n, a, b);
	norm_say(n, "percent");
	return end;
}

/* ---- units ---- */

struct unit {
	const char *abbr;	/* as written after the number */
	const char *one;	/* "kilometre" */
	const char *many;	/* "kilometres" */
	int attached;		/* only right after the digits ("5m", "2in") */
};

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
	{ "km\xc2\xb2", "square kilometre", "square kilometres", 0 },
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
	{ "yd", "yard", "yards", 0 },
	{ "mi", "mile", "miles", 1 },
	{ "ml", "millilitre", "millilitres", 0 },
	{ "ha", "hectare", "hectares", 1 },
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
	{ "MHz", "megahertz", "megahertz", 0 },
	{ "GHz", "gigahertz", "gigahertz", 0 },
	{ "hp", "horsepower", "horsepower", 0 },
	{ "mins", "minute", "minutes", 0 },
	{ "hrs", "hour", "hours", 0 },
	{ "\xc2\xb0" "C", "degree Celsius", "degrees Celsius", 0 },
	{ "\xc2\xb0" "F", "degree Fahrenheit", "degrees Fahrenheit", 0 },
	{ "\xc2\xb0", "degree", "degrees", 0 },
	{ "C", "degree Celsius", "degrees Celsius", 1 },
	{ "p", "penny", "pence", 1 },
	{ "m", "metre", "metres", 1 },
	{ NULL, NULL, NULL, 0 }
};

/* Words after "100m" that make it metres rather than millions. */
static const char *const metre_words[] = {
	"tall", "high", "long", "wide", "deep", "away", "race", "sprint",
	"final", "freestyle", "hurdles", "relay", "backstroke", "butterfly",
	"breaststroke", "medley", "above", "below", "underground", "drop",
	"metres", "high", "taller", "higher", "longer", "deeper", NULL
};

static int unit_end_ok(const struct norm *n, const struct unit *u, size_t e)
{
	size_t ws, wl;

	if (!norm_boundary(n, e) && !((unsigned char)n->s[e - 1] & 0x80))
		return 0;
	if (strcmp(u->abbr, "m") != 0)
		return 1;
	return norm_next_word(n, e, &ws, &wl) &&
	       norm_word_in(n, ws, wl, metre_words);
}

static const struct unit *unit_at(const struct norm *n, size_t p,
				  size_t *end)
{
	const struct unit *u;
	size_t q;
	int space = p < n->len && (n->s[p] == ' ' || n->s[p] == '-');

	for (u = units; u->abbr; u++) {
		if (u->attached && space)
			continue;
		q = p + (space ? 1 : 0);
		if (norm_has(n, q, u->abbr) &&
		    unit_end_ok(n, u, q + strlen(u->abbr))) {
			*end = q + strlen(u->abbr);
			return u;
		}
	}
	return NULL;
}

/* "5km": 5 kilometres; "a 5km race": a 5 kilometre race. */
static size_t rule_unit(struct norm *n, size_t pos)
{
	const struct unit *u;
	size_t frac, b = norm_number(n, pos, &frac), end;
	int one;

	if (b == pos)
		return pos;
	u = unit_at(n, b, &end);
	if (!u)
		return pos;
	one = adjectival(n, pos, end) || (b < n->len && n->s[b] == '-') ||
	      (!frac && norm_value(n, pos, b) == 1);
	say_num(n, pos, b);
	norm_say(n, one ? u->one : u->many);
	return end;
}

/* ---- regnal numbers ---- */

static const char *const cardinal_before[] = {
	"War", "Bowl", "Part", "Chapter", "Act", "Phase", "Type", "Class",
	"Grade", "Stage", "Level", "Title", "Vatican", "Apollo", "Article",
	"Volume", "Book", "Section", "Round", "Mark", "Mk", "Series", "Tier",
	"Category", "Division", "League", "Episode", "Season", "Year", NULL
};

static const char *const royal_titles[] = {
	"King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar",
	"Prince", "Princess", "Pharaoh", "Sultan", "Kaiser", "Duke", NULL
};

/* The value of the Roman numeral s[a..b), or 0 when it isn't one written
 * the usual way (each symbol at most three times, subtractive pairs). */
static unsigned long roman_value(const struct norm *n, size_t a, size_t b)
{
	static const char *const tens_r[] = {
		"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"
	};
	static const char *const ones_r[] = {
		"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"
	};
	char buf[16];
	unsigned long v;

	for (v = 1; v < 100; v++) {
		snprintf(buf, sizeof(buf), "%s%s", tens_r[v / 10],
			 ones_r[v % 10]);
		if (strlen(buf) == b - a && memcmp(buf, n->s + a, b - a) == 0)
			return v;
	}
	return 0;
}

/* 1 when the word before pos is a capitalized name (not all capitals). */
static int name_word_before(const struct norm *n, size_t pos, size_t *ws)
{
	size_t wl;

	return pos > 0 && n->s[pos - 1] == ' ' &&
	       norm_prev_word(n, pos, NULL, ws, &wl) && wl >= 2 &&
	       *ws + wl + 1 == pos && is_upper(n->s[*ws]) &&
	       is_lower(n->s[*ws + 1]);
}

/* "Henry VIII": Henry the eighth; "World War II": World War two. */
static size_t rule_roman(struct norm *n, size_t pos)
{
	size_t b = pos, ws;
	unsigned long v;

	while (b < n->len && strchr("IVXLC", n->s[b]) && n->s[b])
		b++;
	if (b == pos || !norm_boundary(n, b) || !name_word_before(n, pos, &ws))
		return pos;
	v = roman_value(n, pos, b);
	if (v == 0)
		return pos;
	if (prev_in(n, pos, cardinal_before)) {
		say_words(n, en_cardinal, v);
		return b;
	}
	if (v > 39 || (b - pos == 1 && !prev_in(n, ws, royal_titles)))
		return pos;
	norm_say(n, "the");
	say_words(n, en_ordinal, v);
	return b;
}

/* ---- the table ---- */

static const struct norm_rule en_rules[] = {
	{ "abbreviation", rule_abbr },
	{ "iso-date", rule_iso_date },
	{ "money", rule_money },
	{ "time", rule_time },
	{ "decade", rule_decade },
	{ "ordinal", rule_ordinal },
	{ "fraction", rule_fraction },
	{ "vulgar-fraction", rule_vulgar },
	{ "percent", rule_percent },
	{ "range", rule_range },
	{ "unit", rule_unit },
	{ "scale", rule_scale },
	{ "year", rule_year },
	{ "roman", rule_roman },
	{ NULL, NULL }
};

const struct norm_lang norm_lang_en = {
	"en", "and", "dot", "at", "slash", "dash", "underscore", "hashtag",
	en_rules
};
