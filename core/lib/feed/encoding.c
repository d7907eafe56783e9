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
#include <string.h>
#include <strings.h>

#include "feed-int.h"
#include "text/charset.h"
#include "text/utf8.h"

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

const char *feed_pick_encoding(const char *data, size_t len,
			       const char *http_charset, char *buf, size_t size)
{
	const unsigned char *u = (const unsigned char *)data;
	const char *name = NULL;
	size_t multi;	/* characters beyond ASCII */

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
		return !crier_utf8_check(data, len, &multi) && multi ? "UTF-8"
							       : "windows-1252";
	if (name && !crier_charset_is_utf8(name) &&
	    strncasecmp(name, "utf-16", 6))
		return name;
	if (crier_utf8_check(data, len, NULL))
		return "windows-1252";
	return "UTF-8";
}
