/*
 * extract_charset.c - a web page's bytes as valid UTF-8.
 *
 * The charset comes from the HTTP header, else a byte order mark, else
 * <meta charset> or http-equiv in the first 4 KiB; a page without any is
 * UTF-8 when it is valid UTF-8 and windows-1252 otherwise, and a page
 * that declares a single-byte charset but is valid, non-ASCII UTF-8 is
 * read as UTF-8 (a wrong label is likelier than such text).  Conversion
 * is iconv's; bytes it cannot convert become U+FFFD.  A stray NUL byte
 * (some servers leave them in a page) neither changes the charset nor
 * reaches the parser, which would stop there: it becomes a space.
 */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include <crier/plugin.h>
#include "extract_int.h"
#include "text/charset.h"
#include "text/utf8.h"

/* How a page reads as UTF-8: characters beyond ASCII, invalid bytes. */
struct utf8_count {
	size_t multi;
	size_t bad;
};

/* Copies the charset name at s (after "charset") into enc (size 40). */
static int read_charset(const char *s, const char *end, char *enc)
{
	size_t n = 0;

	while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++;
	if (s >= end || *s != '=')
		return 0;
	s++;
	while (s < end && (*s == ' ' || *s == '"' || *s == '\''))
		s++;
	while (s < end && n < 39 &&
	       (strchr("-_.:", *s) || (*s >= '0' && *s <= '9') ||
		((*s | 32) >= 'a' && (*s | 32) <= 'z')))
		enc[n++] = *s++;
	enc[n] = '\0';
	return n > 0;
}

/* The charset a <meta> tag in the first 4 KiB declares, into enc. */
static int meta_charset(const char *s, size_t len, char *enc)
{
	const char *end = s + (len < 4096 ? len : 4096);

	for (const char *p = s; p + 7 < end; p++) {
		const char *lt;

		if (strncasecmp(p, "charset", 7))
			continue;
		for (lt = p; lt > s && *lt != '<' && *lt != '>'; lt--)
			;
		if (*lt != '<' || end - lt < 5 || strncasecmp(lt, "<meta", 5))
			continue;
		if (read_charset(p + 7, end, enc))
			return 1;
	}
	return 0;
}

/* Converts s from charset enc to UTF-8 into out; -1 if enc is unknown. */
static int convert(const char *s, size_t len, const char *enc,
		   struct crier_strbuf *out)
{
	iconv_t cd = iconv_open("UTF-8", crier_charset_is_latin1(enc) ?
					  "WINDOWS-1252" : enc);
	char *in = (char *)s;
	size_t left = len;

	if (cd == (iconv_t)-1)
		return -1;
	while (left) {
		char *dst;
		size_t room;

		crier_strbuf_grow(out, left * 2 + 16);
		dst = out->buf + out->len;
		room = out->alloc - out->len - 1;
		if (iconv(cd, &in, &left, &dst, &room) != (size_t)-1 ||
		    errno == E2BIG) {
			crier_strbuf_setlen(out, (size_t)(dst - out->buf));
			continue;
		}
		crier_strbuf_setlen(out, (size_t)(dst - out->buf));
		if (errno == EINVAL)
			break;		/* truncated sequence at the end */
		crier_strbuf_adds(out, "\xef\xbf\xbd");
		in++;
		left--;
	}
	iconv_close(cd);
	return 0;
}

/* The byte order mark's charset and length, or NULL. */
static const char *bom(const unsigned char *s, size_t len, size_t *skip)
{
	if (len >= 3 && s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf) {
		*skip = 3;
		return "UTF-8";
	}
	if (len >= 2 && s[0] == 0xff && s[1] == 0xfe) {
		*skip = 2;
		return "UTF-16LE";
	}
	if (len >= 2 && s[0] == 0xfe && s[1] == 0xff) {
		*skip = 2;
		return "UTF-16BE";
	}
	return NULL;
}

/* 1 when the first 8 KiB look like binary data rather than text. */
static int looks_binary(const unsigned char *s, size_t len)
{
	size_t n = len < 8192 ? len : 8192, bad = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == 0)
			return 1;
		if ((s[i] < 0x20 && !strchr("\t\n\r\f", s[i])) || s[i] == 0x7f)
			bad++;
	}
	return bad * 50 > n;
}

/*
 * The charset to read a page in: the declared one (enc, may be NULL), but
 * UTF-8 when the bytes are valid UTF-8 with non-ASCII characters (a wrong
 * label is likelier than such text in another charset), and a legacy
 * charset when "UTF-8" bytes are mostly invalid.
 */
static const char *choose_charset(const char *enc, const char *meta,
				  const struct utf8_count *c)
{
	if (!c->bad && (c->multi || !enc))
		return "UTF-8";
	if (enc && crier_charset_is_utf8(enc)) {
		if (c->bad <= c->multi)
			return "UTF-8";
		enc = meta && !crier_charset_is_utf8(meta) ? meta : NULL;
	}
	if (!enc || !strncasecmp(enc, "x-user-defined", 14))
		return "WINDOWS-1252";
	return enc;
}

/* Decodes html (see ext_decode()), NUL bytes and all. */
static int decode(const char *html, size_t len, const char *http_charset,
		  struct crier_strbuf *out)
{
	const unsigned char *u = (const unsigned char *)html;
	size_t skip = 0;
	const char *enc = bom(u, len, &skip), *declared;
	char meta[40];
	int has_meta;
	struct utf8_count count;

	if (http_charset && *http_charset && !enc)
		enc = http_charset;
	if (enc && !strncasecmp(enc, "utf-16", 6)) {
		if (convert(html + skip, len - skip, enc, out) < 0)
			return crier_error("cannot decode %s", enc);
		return 0;
	}
	if (looks_binary(u, len))
		return crier_error("binary data, not an HTML page");
	has_meta = meta_charset(html, len, meta);
	declared = enc ? enc : has_meta ? meta : NULL;
	count.bad = crier_utf8_check(html + skip, len - skip, &count.multi);
	enc = choose_charset(declared, has_meta ? meta : NULL, &count);
	if (!crier_charset_is_utf8(enc) &&
	    convert(html + skip, len - skip, enc, out) == 0)
		return 0;
	if (!count.bad) {
		crier_strbuf_add(out, html + skip, len - skip);
		return 0;
	}
	crier_utf8_sanitize(html + skip, len - skip, out);
	return 0;
}

int ext_decode(const char *html, size_t len, const char *http_charset,
	       struct crier_strbuf *out)
{
	size_t start = out->len;

	if (decode(html, len, http_charset, out) < 0)
		return -1;
	for (char *p = memchr(out->buf + start, '\0', out->len - start); p;
	     p = memchr(p, '\0', out->len - (size_t)(p - out->buf)))
		*p = ' ';
	return 0;
}
