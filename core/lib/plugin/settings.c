/*
 * settings.c - plugins' read-only view of their config group.
 *
 * Wraps a libconfig group, falls back to a parent group for missing keys,
 * remembers which keys were read (so the core can warn about the rest) and
 * owns the strings it builds (expanded paths).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libcrier.h"
#include "base/xalloc.h"

struct crier_settings {
	const config_setting_t *group;
	const struct crier_settings *parent;
	const char *name;
	const char *config_dir;
	unsigned char *read;	/* one flag per member of group */
	char **owned;		/* strings built here */
	size_t n_owned, alloc_owned;
	char **asked;		/* every key a getter asked for, once each */
	size_t n_asked, alloc_asked;
	char where[512];
};

struct crier_settings *crier_settings_new(const config_setting_t *group,
					  const struct crier_settings *parent,
					  const char *name,
					  const char *config_dir)
{
	struct crier_settings *s = xcalloc(1, sizeof(*s));
	int n = group ? config_setting_length(group) : 0;

	s->group = group;
	s->parent = parent;
	s->name = name;
	s->config_dir = config_dir;
	s->read = xcalloc((size_t)n + 1, 1);
	return s;
}

void crier_settings_free(struct crier_settings *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_owned; i++)
		free(s->owned[i]);
	free(s->owned);
	for (size_t i = 0; i < s->n_asked; i++)
		free(s->asked[i]);
	free(s->asked);
	free(s->read);
	free(s);
}

static const char *own(const struct crier_settings *cs, char *str)
{
	struct crier_settings *s = (struct crier_settings *)cs;

	s->owned = xgrow(s->owned, &s->alloc_owned, s->n_owned + 1,
			 sizeof(*s->owned));
	s->owned[s->n_owned++] = str;
	return str;
}

/* The member key of s's own group, marking it read; NULL when absent. */
static config_setting_t *own_member(const struct crier_settings *s,
				    const char *key)
{
	int n = s->group ? config_setting_length(s->group) : 0;

	for (int i = 0; i < n; i++) {
		config_setting_t *m = config_setting_get_elem(s->group, i);
		const char *name = config_setting_name(m);

		if (name && !strcmp(name, key)) {
			s->read[i] = 1;
			return m;
		}
	}
	return NULL;
}

/* Remembers that key was asked for (what "did you mean" chooses from). */
static void note_asked(const struct crier_settings *cs, const char *key)
{
	struct crier_settings *s = (struct crier_settings *)cs;

	for (size_t i = 0; i < s->n_asked; i++)
		if (!strcmp(s->asked[i], key))
			return;
	s->asked = xgrow(s->asked, &s->alloc_asked, s->n_asked + 1,
			 sizeof(*s->asked));
	s->asked[s->n_asked++] = xstrdup(key);
}

/* The member key of s or its ancestors; NULL when absent everywhere. */
static config_setting_t *member(const struct crier_settings *s,
				const char *key)
{
	if (s)
		note_asked(s, key);
	for (; s; s = s->parent) {
		config_setting_t *m = own_member(s, key);

		if (m)
			return m;
	}
	return NULL;
}

static void warn_type(const config_setting_t *m, const char *want)
{
	crier_warn("%s: '%s' should be %s; using the default",
		   crier_config_where(m), config_setting_name(m), want);
}

const char *crier_settings_string(const struct crier_settings *s,
				  const char *key, const char *def)
{
	config_setting_t *m = member(s, key);

	if (!m)
		return def;
	if (config_setting_type(m) != CONFIG_TYPE_STRING) {
		warn_type(m, "a string");
		return def;
	}
	return config_setting_get_string(m);
}

long crier_settings_int(const struct crier_settings *s, const char *key,
			long def)
{
	config_setting_t *m = member(s, key);

	if (!m)
		return def;
	switch (config_setting_type(m)) {
	case CONFIG_TYPE_INT:
		return config_setting_get_int(m);
	case CONFIG_TYPE_INT64:
		return (long)config_setting_get_int64(m);
	default:
		warn_type(m, "an integer");
		return def;
	}
}

int crier_settings_int_range(const struct crier_settings *s, const char *key,
			     long def, long min, long max, long *out)
{
	config_setting_t *m = member(s, key);
	long long v;

	*out = def;
	if (!m)
		return 0;
	switch (config_setting_type(m)) {
	case CONFIG_TYPE_INT:
		v = config_setting_get_int(m);
		break;
	case CONFIG_TYPE_INT64:
		v = config_setting_get_int64(m);
		break;
	default:
		return crier_error("%s: '%s' must be an integer between %ld and %ld",
				   crier_settings_where(s, key), key, min, max);
	}
	if (v < min || v > max)
		return crier_error("%s: '%s' must be between %ld and %ld, not %lld",
				   crier_settings_where(s, key), key, min, max, v);
	*out = (long)v;
	return 0;
}

double crier_settings_float(const struct crier_settings *s, const char *key,
			    double def)
{
	config_setting_t *m = member(s, key);

	if (!m)
		return def;
	switch (config_setting_type(m)) {
	case CONFIG_TYPE_FLOAT:
		return config_setting_get_float(m);
	case CONFIG_TYPE_INT:
		return config_setting_get_int(m);
	case CONFIG_TYPE_INT64:
		return (double)config_setting_get_int64(m);
	default:
		warn_type(m, "a number");
		return def;
	}
}

int crier_settings_bool(const struct crier_settings *s, const char *key,
			int def)
{
	config_setting_t *m = member(s, key);

	if (!m)
		return def;
	if (config_setting_type(m) != CONFIG_TYPE_BOOL) {
		warn_type(m, "true or false");
		return def;
	}
	return config_setting_get_bool(m);
}

const char *crier_settings_path(const struct crier_settings *s,
				const char *key, const char *def)
{
	const char *path = crier_settings_string(s, key, def);

	if (!path)
		return NULL;
	return own(s, crier_path_expand(path, s->config_dir));
}

size_t crier_settings_count(const struct crier_settings *s, const char *key)
{
	config_setting_t *m = member(s, key);

	if (!m)
		return 0;
	if (config_setting_type(m) == CONFIG_TYPE_STRING)
		return 1;
	if (!config_setting_is_aggregate(m))
		return 0;
	return (size_t)config_setting_length(m);
}

const char *crier_settings_item(const struct crier_settings *s,
				const char *key, size_t i)
{
	config_setting_t *m = member(s, key);

	if (!m)
		return NULL;
	if (config_setting_type(m) == CONFIG_TYPE_STRING)
		return i == 0 ? config_setting_get_string(m) : NULL;
	if (!config_setting_is_aggregate(m) || i >= (size_t)config_setting_length(m))
		return NULL;
	return config_setting_get_string_elem(m, (int)i);
}

const char *crier_settings_name(const struct crier_settings *s)
{
	return s->name ? s->name : "";
}

const char *crier_settings_where(const struct crier_settings *cs,
				 const char *key)
{
	struct crier_settings *s = (struct crier_settings *)cs;
	const config_setting_t *m = key ? member(s, key) : s->group;

	if (!m)
		m = s->group;
	if (!m)
		return "built-in settings";
	return crier_config_where_r(m, s->where, sizeof(s->where));
}

static int listed(const char *name, const char *const *list)
{
	for (; list && *list; list++)
		if (!strcmp(name, *list))
			return 1;
	return 0;
}

int crier_settings_warn_unread(const struct crier_settings *s,
			       const char *const *also_known, int only_near)
{
	int n = s->group ? config_setting_length(s->group) : 0, count = 0;
	size_t n_also = crier_list_length(also_known), n_known = s->n_asked + n_also;
	const char **known = xcalloc(n_known + 1, sizeof(*known));
	char where[512];

	for (size_t i = 0; i < s->n_asked; i++)
		known[i] = s->asked[i];
	for (size_t i = 0; i < n_also; i++)
		known[s->n_asked + i] = also_known[i];
	for (int i = 0; i < n; i++) {
		config_setting_t *m = config_setting_get_elem(s->group, i);
		const char *name = config_setting_name(m);

		if (s->read[i] || !name || listed(name, also_known) ||
		    (only_near && !crier_suggest(name, known, n_known)))
			continue;
		crier_config_where_r(m, where, sizeof(where));
		crier_warn_unknown_setting(where, name,
					   s->name ? s->name : "this group",
					   known, n_known);
		count++;
	}
	free(known);
	return count;
}
