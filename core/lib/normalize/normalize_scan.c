/*
 * normalize_scan.c - small scanners the normalizer's rules are built from:
 * digits, numbers, words before and after a position, and appending
 * readings.  ASCII only; other bytes count as neither letters nor digits,
 * except that bytes of multibyte UTF-8 characters count as letters.
 */
#include <string.h>
#include <strings.h>
#include <stdint.h>

#include "normalize_int.h"
#include "text/utf8.h"

int norm_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int norm_is_digit(int c)
{
	return c >= '0' && c <= '9';
}

int norm_is_alnum(int c)
{
	return norm_is_alpha(c) || norm_is_digit(c);
}

size_t norm_alnum_at(const struct norm *n, size_t pos)
{
	uint32_t cp;
	size_t l;

	if (pos >= n->len)
		return 0;
	if (!((unsigned char)n->s[pos] & 0x80))
		return norm_is_alnum(n->s[pos]);
	l = utf8_decode(n->s + pos, n->len - pos, &cp);
	return l && utf8_is_alnum(cp) ? l : 0;
}

int norm_boundary(const struct norm *n, size_t pos)
{
	return norm_alnum_at(n, pos) == 0;
}

size_t norm_digits(const struct norm *n, size_t pos)
{
	while (pos < n->len && norm_is_digit(n->s[pos]))
		pos++;
	return pos;
}

size_t norm_letters(const struct norm *n, size_t pos)
{
	while (pos < n->len && norm_is_alpha(n->s[pos]))
		pos++;
	return pos;
}

/* Skips ",dd" groups and a last ",ddd" after the first digits of a
 * number, the Indian way ("1,00,000", "12,50,00,000"); returns p when
 * they are not there. */
static size_t skip_lakh_groups(const struct norm *n, size_t p)
{
	size_t q = p;

	while (q + 2 < n->len && n->s[q] == ',' &&
	       norm_digits(n, q + 1) == q + 3)
		q += 3;
	if (q == p || q + 3 >= n->len || n->s[q] != ',' ||
	    norm_digits(n, q + 1) != q + 4)
		return p;
	return q + 4;
}

/* Skips ",ddd" groups after the first digits of a number. */
static size_t skip_groups(const struct norm *n, size_t p)
{
	size_t q = skip_lakh_groups(n, p);

	if (q > p)
		return q;
	while (p + 3 < n->len + 0 && n->s[p] == ',' &&
	       norm_digits(n, p + 1) == p + 4)
		p += 4;
	return p;
}

size_t norm_group_space(const struct norm *n, size_t p)
{
	if (p < n->len && n->s[p] == ' ')
		return 1;
	if (norm_has(n, p, "\xc2\xa0"))		/* no-break space */
		return 2;
	if (norm_has(n, p, "\xe2\x80\x89") ||	/* thin space */
	    norm_has(n, p, "\xe2\x80\xaf"))	/* narrow no-break space */
		return 3;
	return 0;
}

/* 1 when a currency sign ends just before pos ("$", "£", "€ "). */
static int sign_before(const struct norm *n, size_t pos)
{
	if (pos >= 2 && n->s[pos - 1] == ' ')
		pos--;
	return pos >= 1 && (n->s[pos - 1] == '$' ||
			    ((unsigned char)n->s[pos - 1] & 0x80));
}

/* Skips " ddd" groups ("10 000", "1 500 000") after the first digits of
 * a number at pos, ending at p.  All or none: a group of another length
 * or a number before pos ("in 2019 100 people", "555 123 4567") makes
 * it no grouped number, and so does a fraction or a code after it ("2
 * 142/1", "10 737-800").  One group must be round ("10 500") unless a
 * currency sign comes first: "ordered 10 737 jets" counts two things. */
static size_t skip_spaced_groups(const struct norm *n, size_t pos, size_t p)
{
	size_t q = p, l;
	int groups = 0;

	if (pos >= 2 && norm_is_digit(n->s[pos - 2]) && n->s[pos - 1] == ' ')
		return p;
	while ((l = norm_group_space(n, q)) != 0 &&
	       norm_digits(n, q + l) == q + l + 3) {
		q += l + 3;
		groups++;
	}
	if (q == p || (!norm_boundary(n, q) && !norm_is_alpha(n->s[q])) ||
	    (q < n->len && strchr("/-:x", n->s[q])))
		return p;	/* a unit may follow: "10 000m" */
	if ((l = norm_group_space(n, q)) != 0 && norm_is_digit(n->s[q + l]))
		return p;
	if (groups == 1 && n->s[q - 1] != '0' && !sign_before(n, pos))
		return p;
	return q;
}

size_t norm_number(const struct norm *n, size_t pos, size_t *frac)
{
	size_t p = norm_digits(n, pos), d;

	*frac = 0;
	if (p == pos)
		return pos;
	if (p - pos <= 3)
		p = skip_groups(n, p);
	if (p - pos <= 3)
		p = skip_spaced_groups(n, pos, p);
	if (p < n->len && n->s[p] == '.') {
		d = norm_digits(n, p + 1);
		if (d > p + 1) {
			*frac = p;
			p = d;
		}
	}
	return p;
}

unsigned long norm_value(const struct norm *n, size_t a, size_t b)
{
	unsigned long v = 0;

	for (; a < b; a++) {
		if (!norm_is_digit(n->s[a]))
			continue;
		if (v > 100000000000UL)
			return v;
		v = v * 10 + (unsigned long)(n->s[a] - '0');
	}
	return v;
}

int norm_has(const struct norm *n, size_t pos, const char *w)
{
	size_t l = strlen(w);

	return pos + l <= n->len && memcmp(n->s + pos, w, l) == 0;
}

int norm_has_word(const struct norm *n, size_t pos, const char *w)
{
	return norm_has(n, pos, w) && norm_boundary(n, pos + strlen(w));
}

static int word_byte(int c)
{
	return norm_is_alnum(c) || c == '\'';
}

int norm_prev_word(const struct norm *n, size_t pos, const char *skip,
		   size_t *start, size_t *wlen)
{
	size_t e = pos;

	while (e > 0 && (n->s[e - 1] == ' ' || n->s[e - 1] == '\t' ||
			 n->s[e - 1] == '\n' ||
			 (skip && strchr(skip, n->s[e - 1]))))
		e--;
	*start = e;
	while (*start > 0 && word_byte(n->s[*start - 1]))
		(*start)--;
	*wlen = e - *start;
	return *wlen > 0;
}

int norm_next_word(const struct norm *n, size_t pos, size_t *start,
		   size_t *wlen)
{
	size_t p = pos;

	while (p < n->len && (n->s[p] == ' ' || n->s[p] == '\t' ||
			      n->s[p] == '\n'))
		p++;
	*start = p;
	while (p < n->len && word_byte(n->s[p]))
		p++;
	*wlen = p - *start;
	return *wlen > 0;
}

int norm_word_in(const struct norm *n, size_t start, size_t wlen,
		 const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == wlen &&
		    strncasecmp(n->s + start, *list, wlen) == 0)
			return 1;
	return 0;
}

/* The size of the space, quote or bracket just before pos, or 0. */
static size_t opener_before(const struct norm *n, size_t pos)
{
	if (pos >= 1 && strchr(" \t\"'(", n->s[pos - 1]))
		return 1;
	if (pos >= 3 && (norm_has(n, pos - 3, "\xe2\x80\x9c") ||	/* “ */
			 norm_has(n, pos - 3, "\xe2\x80\x98")))	/* ‘ */
		return 3;
	return 0;
}

int norm_sentence_start(const struct norm *n, size_t pos)
{
	size_t l = opener_before(n, pos);

	while (l > 0) {
		pos -= l;
		l = opener_before(n, pos);
	}
	return pos == 0 || strchr(".!?\n", n->s[pos - 1]) != NULL;
}

void norm_say(struct norm *n, const char *s)
{
	struct crier_strbuf *out = n->out;

	if (out->len > 0 && norm_is_alnum(out->buf[out->len - 1]))
		crier_strbuf_addch(out, ' ');
	crier_strbuf_adds(out, s);
}

void norm_copy(struct norm *n, size_t a, size_t b)
{
	crier_strbuf_add(n->out, n->s + a, b - a);
}
