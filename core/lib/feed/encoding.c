/*
 * encoding.c - which character set a feed is in.
 *
 * Precedence: a byte order mark, then the HTTP charset, then the XML
 * declaration, then UTF-8.  ISO-8859-1 and US-ASCII are read as
 * windows-1252 (its superset, as browsers do: feeds that say Latin-1
 * often use curly quotes from 0x80-0x9f), and a document that claims or
 * defaults to UTF-8 but is not valid UTF-8 is read as windows-1252 too.
 * A document said to be Latin-1 that is valid UTF-8 with characters
 * beyond ASCII is read as UTF-8 (a misconfigured server, usually).
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "feed-int.h"
#include "text/charset.h"

static uint64_t high_bits(const unsigned char *s)
{
	uint64_t word;

	memcpy(&word, s, 8);
	return word & 0x8080808080808080ULL;
}

/* The length of the ASCII run at s, found 32 or 8 bytes at a time. */
static size_t ascii_run(const unsigned char *s, size_t len)
{
	size_t i = 0;

	while (i + 32 <= len && !(high_bits(s + i) | high_bits(s + i + 8) |
				  high_bits(s + i + 16) | high_bits(s + i + 24)))
		i += 32;
	while (i + 8 <= len && !high_bits(s + i))
		i += 8;
	return i;
}

/* 1 if data is valid UTF-8 (overlongs and surrogates are not checked). */
static int valid_utf8(const unsigned char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		size_t n;

		if (c < 0x80) {
			size_t run = ascii_run(s + i, len - i);

			i += run ? run : 1;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 1;
		else if (c >= 0xe0 && c <= 0xef)
			n = 2;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 3;
		else
			return 0;
		if (i + n >= len)
			return 0;
		for (size_t k = 1; k <= n; k++)
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
		i += n + 1;
	}
	return 1;
}

/* Copies the declaration's encoding="..." into buf; 0 if there is none. */
static int declared(const char *data, size_t len, char *buf, size_t size)
{
	const char *end, *p;
	size_t n;

	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3)) {
		data += 3;
		len -= 3;
	}
	while (len && isspace((unsigned char)*data)) {
		data++;
		len--;
	}
	if (len < 6 || memcmp(data, "<?xml", 5))
		return 0;
	end = memchr(data, '>', len < 512 ? len : 512);
	if (!end)
		return 0;
	for (p = data; p + 8 < end; p++)
		if (!memcmp(p, "encoding", 8))
			break;
	if (p + 8 >= end)
		return 0;
	p += 8;
	while (p < end && (isspace((unsigned char)*p) || *p == '='))
		p++;
	if (p >= end || (*p != '"' && *p != '\''))
		return 0;
	n = strcspn(p + 1, "\"'>");
	if (!n || n >= size)
		return 0;
	memcpy(buf, p + 1, n);
	buf[n] = '\0';
	return 1;
}

/* 1 if data has a byte >= 0x80. */
static int has_high(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] & 0x80)
			return 1;
	return 0;
}

const char *feed_pick_encoding(const char *data, size_t len,
			       const char *http_charset, char *buf, size_t size)
{
	const unsigned char *u = (const unsigned char *)data;
	const char *name = NULL;

	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
		return "UTF-8";
	if (len >= 2 && ((u[0] == 0xff && u[1] == 0xfe) ||
			 (u[0] == 0xfe && u[1] == 0xff) || !u[0] || !u[1]))
		return NULL;
	if (http_charset && *http_charset && strlen(http_charset) < size) {
		strcpy(buf, http_charset);
		name = buf;
	} else if (declared(data, len, buf, size)) {
		name = buf;
	}
	/*
	 * Text that is valid UTF-8 with multibyte characters is UTF-8 even
	 * when a server or declaration says Latin-1: the other way round
	 * hardly ever happens by accident.
	 */
	if (name && crier_charset_is_latin1(name))
		return valid_utf8(u, len) && has_high(u, len) ? "UTF-8"
							      : "windows-1252";
	if (name && !crier_charset_is_utf8(name) &&
	    strncasecmp(name, "utf-16", 6))
		return name;
	if (!valid_utf8(u, len))
		return "windows-1252";
	return "UTF-8";
}
