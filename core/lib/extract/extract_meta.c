/*
 * extract_meta.c - what a page says about itself: the title (h1,
 * og:title or <title> without the site's name), language, author, site
 * name, canonical URL, publication date, and a JSON-LD articleBody.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <crier/plugin.h>
#include "extract_int.h"
#include "text/utf8.h"
#include "base/xalloc.h"

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

static void read_meta_tag(struct ext_meta *m, const xmlNode *node)
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
	else if (!strcasecmp(key, "author") ||
		 !strcasecmp(key, "parsely-author") ||
		 !strcasecmp(key, "sailthru.author") ||
		 !strcasecmp(key, "dc.creator"))
		set_once(&m->author, content);
	else if (!strcasecmp(key, "article:published_time") ||
		 !strcasecmp(key, "datepublished") ||
		 !strcasecmp(key, "parsely-pub-date") ||
		 !strcasecmp(key, "sailthru.date") ||
		 !strcasecmp(key, "pubdate") || !strcasecmp(key, "date") ||
		 !strcasecmp(key, "dc.date.issued") ||
		 !strcasecmp(key, "dc.date"))
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
			crier_strbuf_addch(out, e && (e - esc) % 2 == 0 ?
					   e[1] : *s);
			continue;
		}
		cp = hex4(s + 1);
		if (cp < 0)
			continue;
		s += 4;
		if (cp >= 0xd800 && cp <= 0xdbff && s[1] == '\\' &&
		    s[2] == 'u' && (lo = hex4(s + 3)) >= 0xdc00 &&
		    lo <= 0xdfff) {
			cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
			s += 6;
		}
		add_code_point(out, (unsigned long)cp);
	}
}

/* The "articleBody" of a JSON-LD script, into m->ld_body. */
static void read_json_ld(struct ext_meta *m, const xmlNode *node)
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

static void read_element(struct ext_meta *m, const xmlNode *node)
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

void ext_meta_read(struct ext_meta *m, xmlNode *root)
{
	for (xmlNode *n = root; n; n = ext_next(n, root, 1)) {
		if (n->type == XML_ELEMENT_NODE)
			read_element(m, n);
	}
}

void ext_meta_release(struct ext_meta *m)
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
		if (cut && cut > title &&
		    ext_same_text(cut + strlen(*sep), site)) {
			*cut = '\0';
			return;
		}
	}
}

char *ext_meta_title(const struct ext_meta *m)
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
