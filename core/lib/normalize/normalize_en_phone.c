/*
 * normalize_en_phone.c - telephone numbers, read digit by digit in their
 * groups with a pause between groups, the way a newsreader gives them:
 * "123-123-5678", "(123) 123-5678", "555.555.5555", "+1 123-123-5678",
 * "+44 20 7946 0018", "+44 (0)20 7946 0018", "+1 (123) 123-5678",
 * "020 7946 0018", groups with spaces after "call" or "tel" ("call 123
 * 123 5678"), local numbers ("555-1234"), and
 * toll-free numbers with words in them
 * ("1-800-GO-2-HAUL": one, eight hundred, GO two, HAUL); and IP addresses,
 * said the same way with "dot" between the groups ("192.168.0.1").
 */
#include <string.h>

#include "normalize_en.h"

static const char *const digit_words[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine"
};

/* The groups of one number: each is s[a..b). */
struct phone {
	size_t a[8], b[8];
	int count;
};

static void add_group(struct phone *ph, size_t a, size_t b)
{
	ph->a[ph->count] = a;
	ph->b[ph->count] = b;
	ph->count++;
}

/* A run of exactly len digits at p: its end, or p. */
static size_t digits_of(const struct norm *n, size_t p, size_t len)
{
	size_t e = norm_digits(n, p);

	return e - p == len ? e : p;
}

/* The end of a North American number at p (area code in brackets or
 * not, then 3 and 4 digits; '-', '.' or ' ' between; only spaces when
 * spaced, which the caller allows after a word like "call"), or p. */
static size_t nanp_at(const struct norm *n, size_t p, struct phone *ph,
		      int spaced)
{
	size_t q = p, e;
	char sep;

	if (q < n->len && n->s[q] == '(') {
		e = digits_of(n, q + 1, 3);
		if (e == q + 1 || e >= n->len || n->s[e] != ')')
			return p;
		add_group(ph, q + 1, e);
		q = e + 1;
		if (q < n->len && (n->s[q] == ' ' || n->s[q] == '-'))
			q++;
	} else {
		e = digits_of(n, q, 3);
		if (e == q || e >= n->len ||
		    !strchr(spaced ? "-. " : "-.", n->s[e]))
			return p;
		add_group(ph, q, e);
		q = e + 1;
	}
	e = digits_of(n, q, 3);
	if (e == q || e + 1 >= n->len || !strchr("-. ", n->s[e]))
		return p;
	sep = n->s[e];
	add_group(ph, q, e);
	q = e + 1;
	e = digits_of(n, q, 4);
	if (e == q || !norm_boundary(n, e) ||
	    (sep == ' ' && ph->count == 2 && n->s[ph->b[0]] != ')' &&
	     !spaced))
		return p;
	add_group(ph, q, e);
	return e;
}

/* "+44 20 7946 0018", "+44 (0)20 7946 0018", "+1 (555) 010-4477", "+91
 * 98765 43210": a country code of 1 to 3 digits, the trunk zero in
 * brackets (not said) and groups of 1 to 6 digits, 6 to 12 in all, or a
 * North American number. */
static size_t international_at(const struct norm *n, size_t p,
			       struct phone *ph)
{
	size_t q = p + 1, e, z, digits = 0;

	if (p >= n->len || n->s[p] != '+')
		return p;
	e = norm_digits(n, q);
	if (e == q || e - q > 3)
		return p;
	add_group(ph, q, e);
	z = e;
	if (norm_has(n, z, " (0)"))
		z += 4;
	else if (norm_has(n, z, "(0)"))
		z += 3;
	if (z < n->len && strchr(" -", n->s[z]))
		z++;
	else if (z == e)
		return p;
	e = nanp_at(n, z, ph, 0);
	if (e > z)
		return e;
	ph->count = 1;
	q = z;
	for (;;) {
		e = norm_digits(n, q);
		if (e == q || e - q > 6 || ph->count == 8)
			return p;
		add_group(ph, q, e);
		digits += e - q;
		if (e + 1 >= n->len || !strchr(" -", n->s[e]) ||
		    !norm_is_digit(n->s[e + 1]))
			break;
		q = e + 1;
	}
	return ph->count >= 3 && digits >= 6 && digits <= 12 &&
	       norm_boundary(n, e) ? e : p;
}

/* "1-800-GO-2-HAUL": a toll-free prefix and groups of digits or
 * capitals, at least one a word. */
static size_t vanity_at(const struct norm *n, size_t p, struct phone *ph)
{
	size_t q = p + 2, e;
	int word = 0;

	if (!norm_has(n, p, "1-8") || digits_of(n, q, 3) != q + 3)
		return p;
	add_group(ph, p, p + 1);
	for (;;) {
		e = norm_digits(n, q);
		if (e == q) {
			while (e < n->len && en_is_upper(n->s[e]))
				e++;
			word = 1;
		}
		if (e == q || ph->count == 8)
			return p;
		add_group(ph, q, e);
		if (e + 1 >= n->len || n->s[e] != '-' ||
		    !norm_is_alnum(n->s[e + 1]))
			break;
		q = e + 1;
	}
	return word && norm_boundary(n, e) ? e : p;
}

/* Says one group: digits one by one ("800" after a leading 1 as "eight
 * hundred"), words as written. */
static void say_group(struct norm *n, const struct phone *ph, int i)
{
	size_t p;

	if (ph->b[i] - ph->a[i] == 3 && norm_has(n, ph->a[i], "800") &&
	    i == 1 && ph->b[0] - ph->a[0] == 1) {
		norm_say(n, "eight hundred");
		return;
	}
	if (!norm_is_digit(n->s[ph->a[i]])) {
		norm_say(n, "");
		norm_copy(n, ph->a[i], ph->b[i]);
		return;
	}
	for (p = ph->a[i]; p < ph->b[i]; p++)
		norm_say(n, digit_words[n->s[p] - '0']);
}

static void say_phone(struct norm *n, const struct phone *ph, int plus)
{
	int i;

	if (plus)
		norm_say(n, "plus");
	for (i = 0; i < ph->count; i++) {
		if (i > 0)
			crier_strbuf_adds(n->out, ", ");
		say_group(n, ph, i);
	}
}

/* A local number at p, "555-1234": three digits not starting with 0 or 1,
 * a dash and four digits, neither group a multiple of ten (so "300-1200"
 * stays a range).  Its end, or p. */
static size_t local_at(const struct norm *n, size_t p, struct phone *ph)
{
	size_t e = digits_of(n, p, 3), f;

	if (e == p || n->s[p] < '2' || e >= n->len || n->s[e] != '-' ||
	    n->s[e - 1] == '0')
		return p;
	f = digits_of(n, e + 1, 4);
	if (f == e + 1 || n->s[f - 1] == '0' || !norm_boundary(n, f) ||
	    (f < n->len && f + 1 < n->len && strchr("-.", n->s[f]) &&
	     norm_is_digit(n->s[f + 1])))
		return p;
	add_group(ph, p, e);
	add_group(ph, e + 1, f);
	return f;
}

/* A number written the British way at p, "020 7946 0018", "01632
 * 960001", "07700 900 461": a trunk code of 3 to 5 digits starting with
 * one 0, then one or two groups of 3 to 6 digits, 10 or 11 digits in all,
 * single spaces between.  Its end, or p. */
static size_t trunk_at(const struct norm *n, size_t p, struct phone *ph)
{
	size_t q = p, e = norm_digits(n, p), digits;

	if (e - p < 3 || e - p > 5 || n->s[p] != '0' || n->s[p + 1] == '0')
		return p;
	add_group(ph, p, e);
	digits = e - p;
	while (ph->count < 3 && e + 1 < n->len && n->s[e] == ' ' &&
	       norm_is_digit(n->s[e + 1])) {
		q = e + 1;
		e = norm_digits(n, q);
		if (e - q < 3 || e - q > 6)
			return p;
		add_group(ph, q, e);
		digits += e - q;
	}
	if (ph->count < 2 || digits < 10 || digits > 11 || !norm_boundary(n, e) ||
	    (e + 1 < n->len && n->s[e] == ' ' && norm_is_digit(n->s[e + 1])))
		return p;
	return e;
}

/* An IP address at p, "192.168.0.1": four groups of 1 to 3 digits up to
 * 255 joined by dots (no decimal has three dots).  Its end, or p. */
static size_t ip_at(const struct norm *n, size_t p, struct phone *ph)
{
	size_t q = p, e = p;

	while (ph->count < 4) {
		e = norm_digits(n, q);
		if (e == q || e - q > 3 || norm_value(n, q, e) > 255)
			return p;
		add_group(ph, q, e);
		if (ph->count < 4 && (e + 1 >= n->len || n->s[e] != '.'))
			return p;
		q = e + 1;
	}
	if (!norm_boundary(n, e) ||
	    (e + 1 < n->len && n->s[e] == '.' && norm_is_digit(n->s[e + 1])))
		return p;
	return e;
}

/* Says an IP address: each group digit by digit, "dot" between. */
static void say_ip(struct norm *n, const struct phone *ph)
{
	int i;

	for (i = 0; i < ph->count; i++) {
		if (i > 0)
			norm_say(n, "dot");
		say_group(n, ph, i);
	}
}

/* Words after which digits in groups with spaces between are a
 * telephone number: "call 555 010 4477". */
static const char *const phone_words[] = {
	"call", "calling", "ring", "dial", "phone", "telephone", "tel",
	"fax", "hotline", "helpline", "text", "mobile", NULL
};

size_t en_rule_phone(struct norm *n, size_t pos)
{
	struct phone ph = { { 0 }, { 0 }, 0 };
	size_t end, q = pos, ws, wl;
	int plus = 0, spaced;

	if (pos > 0 && (norm_is_alnum(n->s[pos - 1]) ||
			strchr("-./$", n->s[pos - 1])))
		return pos;
	spaced = norm_prev_word(n, pos, ":.", &ws, &wl) &&
		 norm_word_in(n, ws, wl, phone_words);
	end = ip_at(n, pos, &ph);
	if (end > pos) {
		say_ip(n, &ph);
		return end;
	}
	ph.count = 0;
	end = vanity_at(n, pos, &ph);
	if (end == pos) {
		ph.count = 0;
		end = international_at(n, pos, &ph);
		plus = end > pos;
	}
	if (end == pos && (norm_has(n, pos, "1-") ||
			   (spaced && norm_has(n, pos, "1 ")))) {
		ph.count = 0;	/* "1-800-555-1234" */
		add_group(&ph, pos, pos + 1);
		q = pos + 2;
		end = nanp_at(n, q, &ph, spaced);
		if (end == q)
			end = pos;
	}
	if (end == pos) {
		ph.count = 0;
		end = nanp_at(n, pos, &ph, spaced);
	}
	if (end == pos) {
		ph.count = 0;
		end = local_at(n, pos, &ph);
	}
	if (end == pos) {
		ph.count = 0;
		end = trunk_at(n, pos, &ph);
	}
	if (end == pos)
		return pos;
	say_phone(n, &ph, plus);
	return end;
}
