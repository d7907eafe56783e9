/*
 * jsonfeed.c - JSON Feed 1.0 and 1.1, with json-c.
 *
 * Items without an author inherit the feed's ("authors" in 1.1, "author"
 * in 1.0).  content_html is turned into text; content_text is used when
 * there is no HTML.  Numeric ids become strings, as the spec allows.
 */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include <crier/plugin.h>
#include "feed-int.h"
#include "text/date.h"
#include "feed_item.h"

static const char *str(json_object *obj, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(obj, key, &v))
		return NULL;
	if (json_object_is_type(v, json_type_string))
		return json_object_get_string(v);
	return NULL;
}

/* Copies s, repairing invalid UTF-8 (JSON text is not checked by json-c). */
static char *utf8_dup(const char *s)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	if (!s)
		return NULL;
	crier_utf8_sanitize(s, strlen(s), &sb);
	return crier_strbuf_detach(&sb);
}

static void set_plain(char **field, const char *s)
{
	char *clean = utf8_dup(s);

	feed_set_plain(field, clean);
	free(clean);
}

static void set_html(char **field, const char *s)
{
	char *clean = utf8_dup(s);

	feed_set_html(field, clean);
	free(clean);
}

static const char *author_name(json_object *author)
{
	const char *name;

	if (!author || !json_object_is_type(author, json_type_object))
		return NULL;
	name = str(author, "name");
	return name && *name ? name : NULL;
}

/* The first author's name: "authors" (1.1), then "author" (1.0). */
static const char *authors(json_object *obj)
{
	json_object *v;

	if (json_object_object_get_ex(obj, "authors", &v) &&
	    json_object_is_type(v, json_type_array)) {
		for (size_t i = 0; i < json_object_array_length(v); i++) {
			const char *name =
				author_name(json_object_array_get_idx(v, i));

			if (name)
				return name;
		}
	}
	if (json_object_object_get_ex(obj, "author", &v))
		return author_name(v);
	return NULL;
}

static char *id_of(json_object *item)
{
	json_object *v;

	if (!json_object_object_get_ex(item, "id", &v) || !v)
		return NULL;
	if (json_object_is_type(v, json_type_string) ||
	    json_object_is_type(v, json_type_int) ||
	    json_object_is_type(v, json_type_double))
		return utf8_dup(json_object_get_string(v));
	return NULL;
}

static void add_item(struct feed *f, json_object *item, const char *author)
{
	struct feed_item *it = feed_add_item(f);
	const char *link = str(item, "url");
	const char *html = str(item, "content_html");
	const char *lang = str(item, "language");

	set_plain(&it->title, str(item, "title"));
	if (!link)
		link = str(item, "external_url");
	it->link = utf8_dup(link);
	it->id = id_of(item);
	it->published = crier_parse_date(str(item, "date_published"));
	if (it->published == CRIER_TIME_UNKNOWN)
		it->published = crier_parse_date(str(item, "date_modified"));
	if (!authors(item))
		set_plain(&it->author, author);
	else
		set_plain(&it->author, authors(item));
	set_html(&it->summary, str(item, "summary"));
	if (html)
		set_html(&it->content, html);
	else
		set_plain(&it->content, str(item, "content_text"));
	it->language = lang ? feed_keep_lang(f, lang) : f->language;
}

/* data as a JSON value, after any BOM; NULL with tok's error. */
static json_object *read_json(const char *data, size_t len, json_tokener *tok)
{
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3)) {
		data += 3;
		len -= 3;
	}
	return json_tokener_parse_ex(tok, data, (int)len);
}

void jsonfeed_read_only(const char *data, size_t len)
{
	json_tokener *tok = json_tokener_new();

	if (!tok)
		abort();
	json_object_put(read_json(data, len, tok));
	json_tokener_free(tok);
}

int jsonfeed_parse(const char *data, size_t len, struct feed *f)
{
	json_tokener *tok = json_tokener_new();
	json_object *root, *items;
	int ret = 0;

	if (!tok)
		abort();
	root = read_json(data, len, tok);
	if (!root || !json_object_is_type(root, json_type_object)) {
		ret = crier_error("not a feed: invalid JSON (%s)",
			json_tokener_error_desc(json_tokener_get_error(tok)));
		goto out;
	}
	if (!json_object_object_get_ex(root, "items", &items) ||
	    !json_object_is_type(items, json_type_array)) {
		ret = crier_error("not a feed: JSON without an "
				  "\"items\" array");
		goto out;
	}
	f->format = "json";
	set_plain(&f->title, str(root, "title"));
	f->language = utf8_dup(str(root, "language"));
	for (size_t i = 0; i < json_object_array_length(items); i++) {
		json_object *item = json_object_array_get_idx(items, i);

		if (json_object_is_type(item, json_type_object))
			add_item(f, item, authors(root));
	}
out:
	json_object_put(root);
	json_tokener_free(tok);
	return ret;
}
