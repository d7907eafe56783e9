/*
 * feed.c - the parser's entry point: recognizes the format from the
 * content, dispatches to the XML or JSON readers, and owns the result.
 * Also the text helpers every format uses and the JSON form of a feed.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>
#include <libxml/HTMLparser.h>

#include <crier/plugin.h>
#include "feed-int.h"

static void *feed_xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p)
		abort();
	return p;
}

struct feed_item *feed_add_item(struct feed *f)
{
	struct feed_item *it;

	if (f->n == f->alloc) {
		f->alloc = f->alloc ? 2 * f->alloc : 16;
		f->items = feed_xrealloc(f->items,
					 f->alloc * sizeof(*f->items));
	}
	it = &f->items[f->n++];
	memset(it, 0, sizeof(*it));
	it->published = FEED_TIME_UNKNOWN;
	return it;
}

const char *feed_keep_lang(struct feed *f, const char *lang)
{
	char *copy;

	if (!lang || !*lang)
		return NULL;
	for (size_t i = 0; i < f->nlangs; i++)
		if (!strcmp(f->langs[i], lang))
			return f->langs[i];
	if (f->nlangs == f->langs_alloc) {
		f->langs_alloc = f->langs_alloc ? 2 * f->langs_alloc : 4;
		f->langs = feed_xrealloc(f->langs,
					 f->langs_alloc * sizeof(*f->langs));
	}
	copy = strdup(lang);
	if (!copy)
		abort();
	f->langs[f->nlangs++] = copy;
	return copy;
}

static void set_buf(char **field, struct crier_strbuf *sb)
{
	free(*field);
	*field = crier_strbuf_detach(sb);
}

void feed_set_plain(char **field, const char *s)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	if (!s)
		return;
	crier_collapse_space(s, strlen(s), &sb);
	set_buf(field, &sb);
}

void feed_set_html(char **field, const char *s)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	if (!s)
		return;
	crier_html_to_text(s, strlen(s), &sb);
	set_buf(field, &sb);
}

static int is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

/* "&amp;", "&#39;", "&#x27;": 1 if s starts an entity reference. */
static int entity_at(const char *s)
{
	size_t n = 1;

	if (s[n] == '#')
		n++;
	if (s[n] == 'x' && s[1] == '#')
		n++;
	while (is_name_char(s[n]))
		n++;
	return n > 1 && s[n] == ';' && is_name_char(s[n - 1]);
}

/* The name of the tag at s ("<b", "</b"), checked against HTML's. */
static int tag_at(const char *s, int *closing, int *known)
{
	char name[16];
	size_t n = 0;

	s++;
	*closing = *s == '/';
	s += *closing;
	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
		return 0;
	while (is_name_char(s[n]) && n < sizeof(name) - 1) {
		name[n] = s[n];
		n++;
	}
	name[n] = '\0';
	*known = htmlTagLookup((const xmlChar *)name) != NULL;
	return 1;
}

/*
 * A title "looks like markup" when it has a closing tag or an entity
 * reference and every tag in it is an HTML element.
 */
static int looks_like_markup(const char *s)
{
	int signs = 0, closing, known;

	for (; *s; s++) {
		if (*s == '&' && entity_at(s)) {
			signs = 1;
		} else if (*s == '<' && tag_at(s, &closing, &known)) {
			if (!known)
				return 0;
			signs |= closing;
		}
	}
	return signs;
}

void feed_set_title(char **field, const char *s)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;

	if (!s)
		return;
	if (!looks_like_markup(s)) {
		feed_set_plain(field, s);
		return;
	}
	crier_html_to_text(s, strlen(s), &text);
	feed_set_plain(field, text.buf);
	crier_strbuf_release(&text);
}

static void item_release(struct feed_item *it)
{
	free(it->title);
	free(it->link);
	free(it->id);
	free(it->author);
	free(it->summary);
	free(it->content);
}

void feed_release(struct feed *f)
{
	for (size_t i = 0; i < f->n; i++)
		item_release(&f->items[i]);
	free(f->items);
	for (size_t i = 0; i < f->nlangs; i++)
		free(f->langs[i]);
	free(f->langs);
	free(f->title);
	free(f->language);
	memset(f, 0, sizeof(*f));
}

/* The first byte that is not a BOM or white space, or 0. */
static int first_char(const char *data, size_t len)
{
	size_t i = 0;

	/* UTF-16 or UTF-32, with or without a byte order mark: XML */
	if (len >= 2 && ((unsigned char)data[0] == 0xfe ||
			 (unsigned char)data[0] == 0xff || !data[0] || !data[1]))
		return '<';
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
		i = 3;
	while (i < len && strchr(" \t\r\n", data[i]) && data[i])
		i++;
	return i < len ? (unsigned char)data[i] : 0;
}

void feed_read_only(const char *data, size_t len)
{
	char charset[64];

	if (first_char(data, len) == '{')
		jsonfeed_read_only(data, len);
	else
		xml_read_only(data, len, feed_pick_encoding(data, len, NULL,
							    charset,
							    sizeof(charset)));
}

int feed_parse(const char *data, size_t len, const char *url,
	       const char *http_charset, struct feed *out)
{
	int c = first_char(data, len);
	char charset[64];
	int ret;

	memset(out, 0, sizeof(*out));
	if (c == '{')
		ret = jsonfeed_parse(data, len, out);
	else if (c == '<')
		ret = xml_feed_parse(data, len, url,
				     feed_pick_encoding(data, len, http_charset,
							charset, sizeof(charset)),
				     out);
	else if (!c)
		return crier_error("not a feed: the document is empty");
	else
		return crier_error("not a feed: neither XML nor JSON");
	if (ret < 0)
		feed_release(out);
	return ret;
}

/* ---- JSON output ---- */

static void put(json_object *obj, const char *key, const char *value)
{
	json_object_object_add(obj, key,
			       value ? json_object_new_string(value) : NULL);
}

static json_object *item_json(const struct feed_item *it)
{
	json_object *obj = json_object_new_object();
	struct crier_strbuf date = CRIER_STRBUF_INIT;

	put(obj, "title", it->title);
	put(obj, "link", it->link);
	put(obj, "id", it->id);
	if (it->published != FEED_TIME_UNKNOWN)
		feed_format_date(it->published, &date);
	put(obj, "published", date.len ? date.buf : NULL);
	crier_strbuf_release(&date);
	put(obj, "author", it->author);
	put(obj, "summary", it->summary);
	put(obj, "content", it->content);
	return obj;
}

void feed_to_json(const struct feed *f, struct crier_strbuf *out)
{
	json_object *obj = json_object_new_object();
	json_object *items = json_object_new_array();

	put(obj, "title", f->title);
	for (size_t i = 0; i < f->n; i++)
		json_object_array_add(items, item_json(&f->items[i]));
	json_object_object_add(obj, "items", items);
	crier_strbuf_adds(out, json_object_to_json_string_ext(obj,
		JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(obj);
}
