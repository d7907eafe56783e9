/*
 * feed.c - the parser's entry point: recognizes the format from the
 * content, dispatches to the XML or JSON readers, and owns the result.
 * Also the JSON form of a feed.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include <crier/plugin.h>
#include "feed-int.h"
#include "text/date.h"

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
	if (it->published != CRIER_TIME_UNKNOWN)
		crier_format_date(it->published, &date);
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
