/*
 * episodes.c - the podcast's episode list in JSON (json-c); see
 * episodes.h for the format.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "libcrier.h"
#include "base/xalloc.h"
#include "episodes.h"
#include "replace_file.h"

static char *get_str(json_object *o, const char *key)
{
	json_object *v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return xstrdup(json_object_get_string(v));
}

static int64_t get_int(json_object *o, const char *key)
{
	json_object *v;

	return json_object_object_get_ex(o, key, &v) ? json_object_get_int64(v) : 0;
}

/* One episode; -1 when a required field is missing. */
static int read_episode(json_object *o, struct episode *e)
{
	json_object *v;

	memset(e, 0, sizeof(*e));
	e->id = get_str(o, "id");
	e->title = get_str(o, "title");
	e->description = get_str(o, "description");
	e->audio = get_str(o, "audio");
	e->transcript = get_str(o, "transcript");
	e->chapters = get_str(o, "chapters");
	e->type = get_str(o, "type");
	e->date = get_int(o, "date");
	e->bytes = get_int(o, "bytes");
	if (json_object_object_get_ex(o, "seconds", &v))
		e->seconds = json_object_get_double(v);
	if (!e->description)
		e->description = xstrdup("");
	return e->id && e->title && e->audio && e->type ? 0 : -1;
}

static int read_list(struct episodes *eps, json_object *root, const char *path)
{
	json_object *list, *feeds;

	if (!json_object_is_type(root, json_type_object) ||
	    !json_object_object_get_ex(root, "episodes", &list) ||
	    !json_object_is_type(list, json_type_array))
		return crier_error("%s: not crier's episode list (no \"episodes\" array)",
				   path);
	if (json_object_object_get_ex(root, "feeds", &feeds))
		for (size_t i = 0; i < 2 && i < json_object_array_length(feeds); i++)
			eps->feeds[i] = (uint64_t)json_object_get_int64(
				json_object_array_get_idx(feeds, i));
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		struct episode e;

		if (read_episode(json_object_array_get_idx(list, i), &e)) {
			episode_release(&e);
			return crier_error("%s: episode %zu lacks id, title, audio or type",
					   path, i + 1);
		}
		episodes_add(eps, &e);
	}
	return 0;
}

int episodes_load(struct episodes *eps, const char *path)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	json_tokener *tok = NULL;
	json_object *root = NULL;
	int ret = -1;

	memset(eps, 0, sizeof(*eps));
	if (access(path, F_OK) && errno == ENOENT)
		return 0;
	if (crier_strbuf_read_file(&text, path, 64 << 20))
		goto out;
	tok = json_tokener_new();
	root = json_tokener_parse_ex(tok, text.buf, (int)text.len);
	if (!root || json_tokener_get_error(tok) != json_tokener_success) {
		crier_error("%s: not valid JSON (%s at byte %zu); crier keeps its "
			    "episode list there: fix or remove it", path,
			    json_tokener_error_desc(json_tokener_get_error(tok)),
			    json_tokener_get_parse_end(tok));
		goto out;
	}
	ret = read_list(eps, root, path);
out:
	if (tok)
		json_tokener_free(tok);
	json_object_put(root);
	crier_strbuf_release(&text);
	return ret;
}

static void put_str(json_object *o, const char *key, const char *v)
{
	if (v)
		json_object_object_add(o, key, json_object_new_string(v));
}

static json_object *episode_json(const struct episode *e)
{
	json_object *o = json_object_new_object();

	put_str(o, "id", e->id);
	put_str(o, "title", e->title);
	put_str(o, "description", e->description);
	json_object_object_add(o, "date", json_object_new_int64(e->date));
	put_str(o, "audio", e->audio);
	put_str(o, "transcript", e->transcript);
	put_str(o, "chapters", e->chapters);
	put_str(o, "type", e->type);
	json_object_object_add(o, "bytes", json_object_new_int64(e->bytes));
	json_object_object_add(o, "seconds", json_object_new_double(e->seconds));
	return o;
}

int episodes_save(const struct episodes *eps, const char *path)
{
	json_object *root = json_object_new_object();
	json_object *list = json_object_new_array();
	json_object *feeds = json_object_new_array();
	const char *text;
	int ret;

	json_object_object_add(root, "version", json_object_new_int(1));
	for (size_t i = 0; i < 2; i++)
		json_object_array_add(feeds, json_object_new_int64((int64_t)eps->feeds[i]));
	json_object_object_add(root, "feeds", feeds);
	for (size_t i = 0; i < eps->n; i++)
		json_object_array_add(list, episode_json(&eps->e[i]));
	json_object_object_add(root, "episodes", list);
	text = json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY |
					      JSON_C_TO_STRING_NOSLASHESCAPE);
	ret = replace_file(path, text, strlen(text));
	json_object_put(root);
	return ret;
}

void episodes_add(struct episodes *eps, struct episode *e)
{
	eps->e = xrealloc(eps->e, (eps->n + 1) * sizeof(*eps->e));
	eps->e[eps->n++] = *e;
	memset(e, 0, sizeof(*e));
}

int episodes_has(const struct episodes *eps, const char *id)
{
	for (size_t i = 0; i < eps->n; i++)
		if (!strcmp(eps->e[i].id, id))
			return 1;
	return 0;
}

void episodes_prune(struct episodes *eps, size_t keep, struct episodes *old)
{
	size_t drop = eps->n > keep ? eps->n - keep : 0;

	memset(old, 0, sizeof(*old));
	for (size_t i = 0; i < drop; i++)
		episodes_add(old, &eps->e[i]);
	memmove(eps->e, eps->e + drop, (eps->n - drop) * sizeof(*eps->e));
	eps->n -= drop;
}

void episodes_feed_written(struct episodes *eps, uint64_t fingerprint)
{
	eps->feeds[1] = eps->feeds[0];
	eps->feeds[0] = fingerprint;
}

void episode_release(struct episode *e)
{
	free(e->id);
	free(e->title);
	free(e->description);
	free(e->audio);
	free(e->transcript);
	free(e->chapters);
	free(e->type);
	memset(e, 0, sizeof(*e));
}

void episodes_release(struct episodes *eps)
{
	for (size_t i = 0; i < eps->n; i++)
		episode_release(&eps->e[i]);
	free(eps->e);
	memset(eps, 0, sizeof(*eps));
}

uint64_t episodes_fingerprint(const void *data, size_t len)
{
	const unsigned char *p = data;
	uint64_t h = 14695981039346656037ull;

	for (size_t i = 0; i < len; i++)
		h = (h ^ p[i]) * 1099511628211ull;
	return h;
}
