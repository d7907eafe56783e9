/*
 * extract.c - crier_extract(): decode a web page, parse it, read what it
 * says about itself and hand the body to the scorer (extract_score.c).
 *
 * Decoding: the HTTP charset, else a byte order mark, else <meta charset>
 * or http-equiv in the first 4 KiB; a page without any is UTF-8 when it is
 * valid UTF-8 and windows-1252 otherwise, and a page that declares a
 * single-byte charset but is valid, non-ASCII UTF-8 is read as UTF-8.  The
 * page reaches libxml2 as valid UTF-8 with the declared encoding ignored,
 * so the parser never guesses.  libxml2 caps the tree depth at 256.
 */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libxml/HTMLparser.h>

#include <crier/extract.h>
#include <crier/plugin.h>
#include "extract_int.h"
#include "utf8.h"
#include "xalloc.h"

/* A JSON-LD articleBody shorter than this is a teaser, not the text. */
#define JSON_LD_MIN 500

struct crier_page {
	char *field[CRIER_PAGE_FIELD_COUNT];	/* never NULL */
	int64_t published;
};

/* What the page's <head> (and a few body elements) say. */
struct page_meta {
	char *doc_title, *og_title, *h1;
	char *ld_body;		/* JSON-LD articleBody, decoded */
	char *lang, *author, *site, *canonical, *date;
};

/* ---- decoding ---- */

/* Length of the UTF-8 sequence at s (no NULs), or 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t left)
{
	unsigned c = s[0];
	size_t n;

	if (c >= 0x01 && c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		n = 2;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4;
	else
		return 0;
	if (n > left)
		return 0;
	for (size_t k = 1; k < n; k++)
		if ((s[k] & 0xc0) != 0x80)
			return 0;
	if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f) ||
	    (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] > 0x8f))
		return 0;
	return n;
}

/* How s reads as UTF-8: multi-byte characters and invalid bytes. */
struct utf8_count {
	size_t multi;
	size_t bad;
};

static void utf8_check(const unsigned char *s, size_t len,
		       struct utf8_count *c)
{
	size_t i = 0;

	c->multi = c->bad = 0;
	while (i < len) {
		size_t n;

		if (s[i] >= 0x01 && s[i] < 0x80) {
			i++;
			continue;
		}
		n = utf8_seq(s + i, len - i);
		if (n) {
			c->multi++;
			i += n;
		} else {
			c->bad++;
			i++;
		}
	}
}

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

static int is_utf8_name(const char *enc)
{
	return !strcasecmp(enc, "utf-8") || !strcasecmp(enc, "utf8");
}

/* Single-byte Latin names browsers read as windows-1252. */
static const char *browser_name(const char *enc)
{
	static const char *const latin1[] = {
		"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii",
		"ascii", "l1", "iso_8859-1", "cp1252", NULL
	};

	for (const char *const *p = latin1; *p; p++)
		if (!strcasecmp(enc, *p))
			return "WINDOWS-1252";
	return enc;
}

/* Converts s from charset enc to UTF-8 into out; -1 if enc is unknown. */
static int convert(const char *s, size_t len, const char *enc,
		   struct crier_strbuf *out)
{
	iconv_t cd = iconv_open("UTF-8", browser_name(enc));
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
	if (enc && is_utf8_name(enc)) {
		if (c->bad <= c->multi)
			return "UTF-8";
		enc = meta && !is_utf8_name(meta) ? meta : NULL;
	}
	if (!enc || !strncasecmp(enc, "x-user-defined", 14))
		return "WINDOWS-1252";
	return enc;
}

/* Puts html, decoded to valid UTF-8, into out; -1 on binary input. */
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
	utf8_check(u + skip, len - skip, &count);
	enc = choose_charset(declared, has_meta ? meta : NULL, &count);
	if (!is_utf8_name(enc) &&
	    convert(html + skip, len - skip, enc, out) == 0)
		return 0;
	if (!count.bad) {
		crier_strbuf_add(out, html + skip, len - skip);
		return 0;
	}
	crier_utf8_sanitize(html + skip, len - skip, out);
	return 0;
}

/* ---- metadata ---- */

static void set_once(char **slot, const char *value)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	if (*slot || !value)
		return;
	crier_collapse_space(value, strlen(value), &sb);
	if (sb.len)
		*slot = crier_strbuf_detach(&sb);
	crier_strbuf_release(&sb);
}

static void read_meta_tag(struct page_meta *m, const xmlNode *node)
{
	const char *key = ext_attr(node, "property");
	const char *content = ext_attr(node, "content");

	if (!key)
		key = ext_attr(node, "name");
	if (!key)
		key = ext_attr(node, "itemprop");
	if (!key) {
		key = ext_attr(node, "http-equiv");
		if (key && !strcasecmp(key, "content-language"))
			set_once(&m->lang, content);
		return;
	}
	if (!content)
		content = ext_attr(node, "datetime");
	if (!strcasecmp(key, "og:title") || !strcasecmp(key, "twitter:title"))
		set_once(&m->og_title, content);
	else if (!strcasecmp(key, "og:site_name"))
		set_once(&m->site, content);
	else if (!strcasecmp(key, "author") || !strcasecmp(key, "parsely-author") ||
		 !strcasecmp(key, "sailthru.author") ||
		 !strcasecmp(key, "dc.creator"))
		set_once(&m->author, content);
	else if (!strcasecmp(key, "article:published_time") ||
		 !strcasecmp(key, "datepublished") ||
		 !strcasecmp(key, "parsely-pub-date") ||
		 !strcasecmp(key, "sailthru.date") ||
		 !strcasecmp(key, "pubdate") || !strcasecmp(key, "date") ||
		 !strcasecmp(key, "dc.date.issued") || !strcasecmp(key, "dc.date"))
		set_once(&m->date, content);
	else if (!strcasecmp(key, "og:locale") && content && !m->lang)
		set_once(&m->lang, content);
}

/* Appends code point cp as UTF-8 (U+FFFD for what is not one). */
static void add_code_point(struct crier_strbuf *out, unsigned long cp)
{
	char buf[4];
	size_t n;

	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0)
		cp = 0xfffd;
	n = utf8_encode((uint32_t)cp, buf);
	crier_strbuf_add(out, buf, n);
}

/* Reads 4 hex digits at s; -1 if they are not. */
static long hex4(const char *s)
{
	long v = 0;

	for (int i = 0; i < 4; i++) {
		int c = s[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if ((c | 32) >= 'a' && (c | 32) <= 'f')
			v |= (c | 32) - 'a' + 10;
		else
			return -1;
	}
	return v;
}

/*
 * Decodes the JSON string literal whose first character (after the
 * opening quote) is at s into out; stops at the closing quote or the end.
 */
static void json_string(const char *s, struct crier_strbuf *out)
{
	static const char esc[] = "\"\"\\\\//b\bf\fn\nr\rt\t";

	for (; *s && *s != '"'; s++) {
		const char *e;
		long cp, lo;

		if (*s != '\\') {
			crier_strbuf_addch(out, *s);
			continue;
		}
		if (!*++s)
			break;
		if (*s != 'u') {
			e = strchr(esc, *s);
			crier_strbuf_addch(out, e && (e - esc) % 2 == 0 ? e[1] : *s);
			continue;
		}
		cp = hex4(s + 1);
		if (cp < 0)
			continue;
		s += 4;
		if (cp >= 0xd800 && cp <= 0xdbff && s[1] == '\\' && s[2] == 'u' &&
		    (lo = hex4(s + 3)) >= 0xdc00 && lo <= 0xdfff) {
			cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
			s += 6;
		}
		add_code_point(out, (unsigned long)cp);
	}
}

/* The "articleBody" of a JSON-LD script, into m->ld_body. */
static void read_json_ld(struct page_meta *m, const xmlNode *node)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	const char *type = ext_attr(node, "type");
	const char *json, *key;

	if (m->ld_body || !type || strcasecmp(type, "application/ld+json") ||
	    !node->children || !node->children->content)
		return;
	json = (const char *)node->children->content;
	key = strstr(json, "\"articleBody\"");
	if (!key)
		return;
	key += 13;
	while (*key == ' ' || *key == '\t' || *key == '\n' || *key == '\r')
		key++;
	if (*key++ != ':')
		return;
	while (*key == ' ' || *key == '\t' || *key == '\n' || *key == '\r')
		key++;
	if (*key++ != '"')
		return;
	json_string(key, &sb);
	if (sb.len)
		m->ld_body = crier_strbuf_detach(&sb);
	crier_strbuf_release(&sb);
}

static void read_element(struct page_meta *m, const xmlNode *node)
{
	const char *name = (const char *)node->name;
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	if (!strcmp(name, "meta")) {
		read_meta_tag(m, node);
	} else if (!strcmp(name, "script")) {
		read_json_ld(m, node);
	} else if (!strcmp(name, "html")) {
		set_once(&m->lang, ext_attr(node, "lang"));
		set_once(&m->lang, ext_attr(node, "xml:lang"));
	} else if (!strcmp(name, "link")) {
		const char *rel = ext_attr(node, "rel");

		if (rel && !strcasecmp(rel, "canonical"))
			set_once(&m->canonical, ext_attr(node, "href"));
	} else if ((!strcmp(name, "title") && !m->doc_title) ||
		   (!strcmp(name, "h1") && !m->h1)) {
		ext_node_text(node, &sb);
		set_once(!strcmp(name, "h1") ? &m->h1 : &m->doc_title, sb.buf);
	}
	crier_strbuf_release(&sb);
}

static void read_meta(struct page_meta *m, xmlNode *root)
{
	for (xmlNode *n = root; n; n = ext_next(n, root, 1)) {
		if (n->type == XML_ELEMENT_NODE)
			read_element(m, n);
	}
}

static void meta_release(struct page_meta *m)
{
	free(m->doc_title);
	free(m->og_title);
	free(m->ld_body);
	free(m->h1);
	free(m->lang);
	free(m->author);
	free(m->site);
	free(m->canonical);
	free(m->date);
}

/* 1 when the words of part appear, in order, inside whole. */
static int inside(const char *part, const char *whole)
{
	struct crier_strbuf a = CRIER_STRBUF_INIT, b = CRIER_STRBUF_INIT;
	int yes;

	crier_lowercase(part, strlen(part), &a);
	crier_lowercase(whole, strlen(whole), &b);
	yes = a.len >= 8 && strstr(b.buf, a.buf) != NULL;
	crier_strbuf_release(&a);
	crier_strbuf_release(&b);
	return yes;
}

/* The <title> without a " | Site name" part: its longest piece. */
static char *strip_site(const char *title)
{
	static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ",
		" \xe2\x80\x94 ", " :: ", " \xc2\xbb ", " / ", NULL };
	const char *best = title, *p = title;
	size_t best_len = 0;

	while (*p) {
		const char *next = NULL;
		size_t seplen = 0;

		for (const char *const *s = seps; *s; s++) {
			const char *hit = strstr(p, *s);

			if (hit && (!next || hit < next)) {
				next = hit;
				seplen = strlen(*s);
			}
		}
		if (!next)
			next = p + strlen(p);
		if ((size_t)(next - p) > best_len) {
			best = p;
			best_len = (size_t)(next - p);
		}
		p = *next ? next + seplen : next;
	}
	return xstrndup(best, best_len);
}

/* Cuts a " | Site name" ending off title when it names the site. */
static void cut_site_name(char *title, const char *site)
{
	static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ",
		" \xe2\x80\x94 ", " :: ", NULL };

	if (!site)
		return;
	for (const char *const *sep = seps; *sep; sep++) {
		char *cut = strstr(title, *sep), *next;

		while (cut && (next = strstr(cut + 1, *sep)))
			cut = next;
		if (cut && cut > title && ext_same_text(cut + strlen(*sep), site)) {
			*cut = '\0';
			return;
		}
	}
}

static char *choose_title(const struct page_meta *m)
{
	char *title;

	if (m->h1 && ((m->og_title && inside(m->h1, m->og_title)) ||
		      (m->doc_title && inside(m->h1, m->doc_title))))
		title = xstrdup(m->h1);
	else if (m->og_title)
		title = xstrdup(m->og_title);
	else if (m->doc_title)
		title = strip_site(m->doc_title);
	else
		title = xstrdup(m->h1 ? m->h1 : "");
	cut_site_name(title, m->site);
	return title;
}

/* Parses an ISO 8601 date ("2019-11-19T08:03:00-05:00"); INT64_MIN if not. */
static int64_t parse_date(const char *s)
{
	struct tm tm;
	int y, mo, d, h = 0, mi = 0, sec = 0, n = 0, off = 0;
	const char *p;

	if (!s || sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) < 3 || n != 10)
		return INT64_MIN;
	p = s + n;
	if ((*p == 'T' || *p == ' ') &&
	    sscanf(p + 1, "%2d:%2d%n", &h, &mi, &n) >= 2) {
		p += 1 + n;
		if (*p == ':' && sscanf(p + 1, "%2d%n", &sec, &n) >= 1)
			p += 1 + n;
		while (*p == '.' || (*p >= '0' && *p <= '9'))
			p++;
		if (*p == '+' || *p == '-') {
			int oh = 0, om = 0;

			if (sscanf(p + 1, "%2d:%2d", &oh, &om) < 2)
				sscanf(p + 1, "%2d%2d", &oh, &om);
			off = (*p == '-' ? -1 : 1) * (oh * 3600 + om * 60);
		}
	}
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	return (int64_t)timegm(&tm) - off;
}

/* ---- the page ---- */

static struct crier_page *page_new(void)
{
	struct crier_page *page = xcalloc(1, sizeof(*page));

	page->published = INT64_MIN;
	return page;
}

static void page_set(struct crier_page *page, enum crier_page_field f,
		     const char *value)
{
	free(page->field[f]);
	page->field[f] = xstrdup(value ? value : "");
}

static void fill_meta(struct crier_page *page, const struct page_meta *m,
		      const char *url)
{
	char *title = choose_title(m);

	page_set(page, CRIER_PAGE_TITLE, title);
	page_set(page, CRIER_PAGE_LANGUAGE, m->lang);
	if (page->field[CRIER_PAGE_LANGUAGE][0])
		for (char *p = page->field[CRIER_PAGE_LANGUAGE]; *p; p++)
			if (*p == '_')
				*p = '-';
	page_set(page, CRIER_PAGE_AUTHOR,
		 m->author && strncmp(m->author, "http", 4) ? m->author : NULL);
	page_set(page, CRIER_PAGE_SITE_NAME, m->site);
	page_set(page, CRIER_PAGE_URL, m->canonical ? m->canonical : url);
	page->published = parse_date(m->date);
	free(title);
}

static xmlNode *find_body(xmlDoc *doc)
{
	xmlNode *root = xmlDocGetRootElement(doc);

	if (!root)
		return NULL;
	for (xmlNode *n = root->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    !strcmp((const char *)n->name, "body"))
			return n;
	return root;
}

/* Runs the attempts, strictest first, until one finds enough text. */
static void extract_body(struct ext_doc *d, struct crier_strbuf *body)
{
	static const int attempts[] = {
		EXT_STRIP_UNLIKELY | EXT_WEIGHT_CLASSES | EXT_CLEAN_CONDITIONALLY,
		EXT_WEIGHT_CLASSES | EXT_CLEAN_CONDITIONALLY,
		EXT_CLEAN_CONDITIONALLY,
		0
	};
	struct crier_strbuf try = CRIER_STRBUF_INIT;

	for (size_t i = 0; i < sizeof(attempts) / sizeof(attempts[0]); i++) {
		d->flags = attempts[i];
		crier_strbuf_reset(&try);
		ext_find_article(d, &try);
		if (try.len > body->len) {
			crier_strbuf_reset(body);
			crier_strbuf_add(body, try.buf, try.len);
		}
		if (body->len >= 500)
			break;
	}
	crier_strbuf_release(&try);
}

/*
 * Uses the JSON-LD articleBody (often cut short, so only as a fallback)
 * instead of body when the page's markup gave much less text: pages whose
 * text is put in place by scripts.
 */
static void prefer_json_ld(const char *ld, struct crier_strbuf *body)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;

	if (crier_html_to_text(ld, strlen(ld), &text) == 0 &&
	    text.len >= JSON_LD_MIN && body->len * 2 < text.len) {
		crier_strbuf_reset(body);
		crier_strbuf_add(body, text.buf, text.len);
	}
	crier_strbuf_release(&text);
}

static int parse_page(const char *utf8, size_t len, const char *url,
		      struct crier_page *page)
{
	struct page_meta m = { NULL };
	struct ext_doc d = { NULL };
	struct crier_strbuf body = CRIER_STRBUF_INIT;
	int ret = -1;

	d.doc = htmlReadMemory(utf8, (int)len, url, "UTF-8",
			       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			       HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
			       HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
	if (!d.doc) {
		crier_error("%s: cannot parse the page", url ? url : "HTML");
		goto out;
	}
	d.body = find_body(d.doc);
	if (d.body)
		read_meta(&m, xmlDocGetRootElement(d.doc));
	fill_meta(page, &m, url);
	d.title = page->field[CRIER_PAGE_TITLE];
	if (d.body && ext_nodes_attach(&d) == 0)
		extract_body(&d, &body);
	if (m.ld_body)
		prefer_json_ld(m.ld_body, &body);
	page_set(page, CRIER_PAGE_BODY, body.buf);
	ret = 0;
out:
	crier_strbuf_release(&body);
	meta_release(&m);
	free(d.nodes);
	if (d.doc)
		xmlFreeDoc(d.doc);
	return ret;
}

struct crier_page *crier_extract(const char *html, size_t len,
				 const char *url, const char *http_charset)
{
	struct crier_strbuf utf8 = CRIER_STRBUF_INIT;
	struct crier_page *page = NULL;

	if (!html || !len) {
		crier_error("%s: empty page", url ? url : "HTML");
		return NULL;
	}
	if (len > CRIER_EXTRACT_MAX_BYTES) {
		crier_error("%s: page too large (%zu bytes, limit %u)",
			    url ? url : "HTML", len, CRIER_EXTRACT_MAX_BYTES);
		return NULL;
	}
	if (decode(html, len, http_charset, &utf8) < 0)
		goto out;
	page = page_new();
	for (int f = 0; f < CRIER_PAGE_FIELD_COUNT; f++)
		page_set(page, f, NULL);
	if (parse_page(utf8.buf, utf8.len, url, page) < 0) {
		crier_page_free(page);
		page = NULL;
	}
out:
	crier_strbuf_release(&utf8);
	return page;
}

const char *crier_page_get(const struct crier_page *page,
			   enum crier_page_field field)
{
	if ((unsigned)field >= CRIER_PAGE_FIELD_COUNT || !page->field[field])
		return "";
	return page->field[field];
}

int64_t crier_page_published(const struct crier_page *page)
{
	return page->published;
}

void crier_page_free(struct crier_page *page)
{
	if (!page)
		return;
	for (int i = 0; i < CRIER_PAGE_FIELD_COUNT; i++)
		free(page->field[i]);
	free(page);
}
