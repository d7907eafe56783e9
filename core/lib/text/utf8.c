/*
 * utf8.c - UTF-8 decoding, validation, classification and the text.h
 * functions that work on code points: sanitizing, collapsing white space,
 * lower-casing.
 */
#include <string.h>

#include <crier/text.h>
#include "utf8.h"

size_t utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n;
	uint32_t c;

	*cp = s[0];
	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, c = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, c = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, c = s[0] & 0x07;
	else
		return 0;
	if (n > len)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

#define ONES 0x0101010101010101ULL
#define HIGHS (ONES * 0x80)

/* Whether the 8 bytes at s are ASCII. */
static int ascii8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return !(w & HIGHS);
}

size_t crier_utf8_check(const char *text, size_t len, size_t *multi)
{
	size_t i = 0, bad = 0, wide = 0;

	while (i < len) {
		uint32_t cp;
		size_t n;

		if (i + 8 <= len && ascii8(text + i)) {
			i += 8;
			continue;
		}
		n = utf8_decode(text + i, len - i, &cp);
		if (!n) {
			bad++;
			i++;
			continue;
		}
		wide += n > 1;
		i += n;
	}
	if (multi)
		*multi = wide;
	return bad;
}

size_t utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3f));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

int utf8_is_space(uint32_t cp)
{
	return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xa0 ||
	       cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f ||
	       cp == 0x3000 || cp == 0x85;
}

int utf8_is_alnum(uint32_t cp)
{
	if (cp < 0x80)
		return utf8_is_ascii_alnum(cp);
	if (cp == 0xd7 || cp == 0xf7)
		return 0;
	return (cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x370 && cp <= 0x3ff) ||
	       (cp >= 0x400 && cp <= 0x52f) || (cp >= 0x530 && cp <= 0x1fff) ||
	       (cp >= 0x3040 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) ||
	       (cp >= 0x1e00 && cp <= 0x1eff);
}

int utf8_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8_to_lower(cp) != cp;
}

uint32_t utf8_to_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	if ((cp >= 0xc0 && cp <= 0xde && cp != 0xd7) ||
	    (cp >= 0x391 && cp <= 0x3ab && cp != 0x3a2) ||
	    (cp >= 0x410 && cp <= 0x42f))
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40f)
		return cp + 80;
	if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14a && cp <= 0x177)) &&
	    !(cp & 1))
		return cp + 1;
	if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e)) &&
	    (cp & 1))
		return cp + 1;
	return cp;
}

/* The high bit of every byte of w that is below 0x20 or above 0x7e. */
static uint64_t unprintable8(uint64_t w)
{
	return (((w - ONES * 0x20) & ~w) | w | (w + ONES)) & HIGHS;
}

/* The high bit of every byte of w that is ' ' (no carries: exact). */
static uint64_t spaces8(uint64_t w)
{
	uint64_t x = w ^ (ONES * ' ');

	return ~(((x & ~HIGHS) + ~HIGHS) | x) & HIGHS;
}

size_t utf8_printable_run(const char *s, size_t len)
{
	size_t i = 0;
	uint64_t w;

	while (i + 8 <= len) {
		memcpy(&w, s + i, 8);
		if (unprintable8(w))
			break;
		i += 8;
	}
	while (i < len && s[i] >= 0x20 && s[i] < 0x7f)
		i++;
	return i;
}

size_t crier_utf8_sanitize(const char *text, size_t len,
			   struct crier_strbuf *out)
{
	size_t i = 0, bad = 0;

	crier_strbuf_grow(out, len);
	while (i < len) {
		size_t run = utf8_printable_run(text + i, len - i);
		uint32_t cp;
		size_t n;

		crier_strbuf_add(out, text + i, run);
		i += run;
		if (i == len)
			break;
		n = utf8_decode(text + i, len - i, &cp);
		if (!n) {
			crier_strbuf_add(out, "\xef\xbf\xbd", 3);
			bad++;
			i++;
		} else if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
			   cp == 0x7f) {
			crier_strbuf_addch(out, ' ');
			bad++;
			i += n;
		} else {
			crier_strbuf_add(out, text + i, n);
			i += n;
		}
	}
	return bad;
}

/*
 * Whether the 8 bytes at s come out of crier_collapse_space() as they
 * are: printable ASCII with no space after a space (within them, or
 * first after the one before).
 */
static int copies_as_is(const char *s, int after_space)
{
	uint64_t w, sp;

	memcpy(&w, s, 8);
	if (unprintable8(w))
		return 0;
	sp = spaces8(w);
	return !(sp & (sp << 8)) && !(after_space && s[0] == ' ');
}

/*
 * 8 bytes at a time where they need no change, else a character at a
 * time: white space after white space is dropped, other white space
 * becomes ' '.  Starting "after white space" drops the leading run; a
 * trailing ' ' is taken back at the end.  The result is never longer
 * than the text, so one crier_strbuf_grow() makes room for it.
 */
void crier_collapse_space(const char *text, size_t len,
			  struct crier_strbuf *out)
{
	size_t i = 0, o, start;
	int after_space = 1;
	char *dst;

	crier_strbuf_grow(out, len);
	dst = out->buf;
	o = start = out->len;
	while (i < len) {
		uint32_t cp = (unsigned char)text[i];
		size_t n = 1;
		int space;

		if (i + 8 <= len && copies_as_is(text + i, after_space)) {
			memcpy(dst + o, text + i, 8);
			o += 8;
			i += 8;
			after_space = text[i - 1] == ' ';
			continue;
		}
		if (cp >= 0x80 && !(n = utf8_decode(text + i, len - i, &cp)))
			n = 1;	/* not UTF-8: cp is the byte, copied as it is */
		space = utf8_is_space(cp);
		if (!space) {
			memcpy(dst + o, text + i, n);
			o += n;
		} else if (!after_space) {
			dst[o++] = ' ';
		}
		after_space = space;
		i += n;
	}
	if (o > start && after_space)
		o--;
	crier_strbuf_setlen(out, o);
}

/* Appends the lower case of the ASCII text[0..len) to out. */
static void lowercase_ascii(const char *text, size_t len,
			    struct crier_strbuf *out)
{
	char *p;

	crier_strbuf_grow(out, len);
	p = out->buf + out->len;
	for (size_t i = 0; i < len; i++)
		p[i] = (char)utf8_to_lower((unsigned char)text[i]);
	crier_strbuf_setlen(out, out->len + len);
}

void crier_lowercase(const char *text, size_t len, struct crier_strbuf *out)
{
	size_t i = 0;
	char enc[4];

	crier_strbuf_grow(out, len);
	while (i < len) {
		size_t run = utf8_printable_run(text + i, len - i), n;
		uint32_t cp;

		lowercase_ascii(text + i, run, out);
		if ((i += run) == len)
			break;
		n = utf8_decode(text + i, len - i, &cp);
		if (!n) {
			crier_strbuf_addch(out, text[i++]);
			continue;
		}
		if (cp < 0x80)
			crier_strbuf_addch(out, (int)utf8_to_lower(cp));
		else
			crier_strbuf_add(out, enc, utf8_encode(utf8_to_lower(cp), enc));
		i += n;
	}
}
