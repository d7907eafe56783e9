/*
 * ledger_keys.c - the normalized link and headline that the ledger (and
 * dedup, for one page at two addresses) match stories by; declared in
 * ledger.h.  Pure string work: no database.
 */
#include <string.h>

#include <crier/text.h>
#include "ledger.h"

static int lower_ascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c;
}

/* The length of the scheme before "://" at the start of s, or 0. */
static size_t scheme_len(const char *s)
{
	size_t i = 0;

	while ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
	       (i && ((s[i] >= '0' && s[i] <= '9') || strchr("+-.", s[i]))))
		i++;
	return i && !strncmp(s + i, "://", 3) ? i : 0;
}

/* Appends scheme and host of the URL s (scheme n bytes); returns the rest. */
static const char *add_authority(const char *s, size_t n,
				 struct crier_strbuf *out)
{
	size_t start, host = strcspn(s + n + 3, "/?#");
	int http = n == 4 && !strncasecmp(s, "http", 4);
	int https = n == 5 && !strncasecmp(s, "https", 5);

	if (http || https)
		crier_strbuf_adds(out, "https");
	else
		for (size_t i = 0; i < n; i++)
			crier_strbuf_addch(out, lower_ascii(s[i]));
	crier_strbuf_adds(out, "://");
	start = out->len;
	for (size_t i = 0; i < host; i++)
		crier_strbuf_addch(out, lower_ascii(s[n + 3 + i]));
	if ((http && out->len - start > 3 &&
	     !strcmp(out->buf + out->len - 3, ":80")) ||
	    (https && out->len - start > 4 &&
	     !strcmp(out->buf + out->len - 4, ":443")))
		crier_strbuf_setlen(out, strrchr(out->buf + start, ':') - out->buf);
	return s + n + 3 + host;
}

/* Appends the query q[0..len) without its utm_* and empty parameters. */
static void add_query(const char *q, size_t len, struct crier_strbuf *out)
{
	int first = 1;

	while (len) {
		size_t n = 0;

		while (n < len && q[n] != '&' && q[n] != ';')
			n++;
		if (n && !(n >= 4 && !strncasecmp(q, "utm_", 4))) {
			crier_strbuf_addch(out, first ? '?' : '&');
			crier_strbuf_add(out, q, n);
			first = 0;
		}
		q += n < len ? n + 1 : n;
		len -= n < len ? n + 1 : n;
	}
}

void ledger_normalize_link(const char *link, struct crier_strbuf *out)
{
	size_t n, path, end;

	while (*link == ' ' || *link == '\t' || *link == '\n' || *link == '\r')
		link++;
	n = scheme_len(link);
	if (n)
		link = add_authority(link, n, out);
	end = strcspn(link, "#");
	while (end && strchr(" \t\r\n", link[end - 1]))
		end--;
	path = strcspn(link, "?#");
	if (path > end)
		path = end;
	n = path;
	while (n && link[n - 1] == '/')
		n--;
	crier_strbuf_add(out, link, n);
	if (path < end)
		add_query(link + path + 1, end - path - 1, out);
}

void ledger_normalize_title(const char *title, struct crier_strbuf *out)
{
	size_t pos = 0, len = strlen(title);
	struct crier_span w;

	while (crier_next_word(title, len, &pos, &w)) {
		if (out->len)
			crier_strbuf_addch(out, ' ');
		crier_lowercase(title + w.start, w.len, out);
	}
}
