/*
 * filter.c - compiled allow/block patterns and the age limit.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "filter.h"
#include "libcrier.h"
#include "base/xalloc.h"

enum field_mask {
	IN_TITLE = 1, IN_BODY = 2, IN_AUTHOR = 4, IN_ALL = 7
};

struct pattern {
	regex_t re;
	int fields;
};

struct pattern_list {
	struct pattern *v;
	size_t n;
};

struct filter {
	struct pattern_list allow, block;
	double max_age_h;	/* 0: none */
};

static const char *const filter_keys[] = { "allow", "block", "max_age", NULL };

/* Splits "title:..." into its field mask and the rest. */
static const char *field_prefix(const char *p, int *fields)
{
	static const struct { const char *name; int mask; } prefixes[] = {
		{ "title:", IN_TITLE }, { "body:", IN_BODY }, { "author:", IN_AUTHOR },
	};

	*fields = IN_ALL;
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		size_t n = strlen(prefixes[i].name);

		if (!strncasecmp(p, prefixes[i].name, n)) {
			*fields = prefixes[i].mask;
			return p + n;
		}
	}
	return p;
}

/* A keyword as a regex: the word, bounded, with its specials escaped. */
static void keyword_regex(const char *word, struct crier_strbuf *re)
{
	crier_strbuf_adds(re, "(^|[^[:alnum:]])(");
	for (const char *p = word; *p; p++) {
		if (strchr("\\^$.|?*+()[]{}", *p))
			crier_strbuf_addch(re, '\\');
		crier_strbuf_addch(re, *p);
	}
	crier_strbuf_adds(re, ")([^[:alnum:]]|$)");
}

static int compile_one(const config_setting_t *at, const char *text,
		       struct pattern *p)
{
	struct crier_strbuf re = CRIER_STRBUF_INIT;
	const char *body = field_prefix(text, &p->fields);
	size_t n = strlen(body);
	char msg[256];
	int err;

	if (n >= 2 && body[0] == '/' && body[n - 1] == '/')
		crier_strbuf_add(&re, body + 1, n - 2);
	else
		keyword_regex(body, &re);
	err = re.len ? regcomp(&p->re, re.buf, REG_EXTENDED | REG_ICASE | REG_NOSUB) : 1;
	crier_strbuf_release(&re);
	if (!err)
		return 0;
	if (n)
		regerror(err, &p->re, msg, sizeof(msg));
	return crier_error("%s: filter pattern '%s': %s", crier_config_where(at), text,
			   n ? msg : "empty");
}

static int compile_list(const config_setting_t *group, const char *key,
			struct pattern_list *list)
{
	config_setting_t *m = config_setting_get_member(group, key);
	int n;

	if (!m)
		return 0;
	if (config_setting_type(m) == CONFIG_TYPE_STRING)
		n = 1;
	else if (config_setting_is_array(m) || config_setting_is_list(m))
		n = config_setting_length(m);
	else
		return crier_error("%s: '%s' must be a list of patterns", crier_config_where(m), key);
	list->v = xcalloc((size_t)n + 1, sizeof(*list->v));
	for (int i = 0; i < n; i++) {
		const char *text = n == 1 && config_setting_type(m) == CONFIG_TYPE_STRING ?
				   config_setting_get_string(m) :
				   config_setting_get_string_elem(m, i);

		if (!text)
			return crier_error("%s: '%s' must hold strings", crier_config_where(m), key);
		if (compile_one(m, text, &list->v[i]))
			return -1;
		list->n++;
	}
	return 0;
}

static int read_max_age(const config_setting_t *group, struct filter *f)
{
	config_setting_t *m = config_setting_get_member(group, "max_age");

	if (!m)
		return 0;
	if (config_setting_type(m) == CONFIG_TYPE_INT)
		f->max_age_h = config_setting_get_int(m);
	else if (config_setting_type(m) == CONFIG_TYPE_FLOAT)
		f->max_age_h = config_setting_get_float(m);
	else
		return crier_error("%s: 'max_age' must be a number of hours", crier_config_where(m));
	if (f->max_age_h < 0)
		return crier_error("%s: 'max_age' must not be negative", crier_config_where(m));
	return 0;
}

static void warn_unknown(const config_setting_t *group)
{
	for (int i = 0; i < config_setting_length(group); i++) {
		config_setting_t *m = config_setting_get_elem(group, i);
		const char *name = config_setting_name(m);
		int known = 0;

		for (const char *const *k = filter_keys; *k; k++)
			known |= !strcmp(name, *k);
		if (!known)
			crier_warn_unknown_setting(crier_config_where(m), name, "filters",
						   filter_keys,
						   crier_list_length(filter_keys));
	}
}

int filter_compile(const config_setting_t *group, struct filter **out)
{
	struct filter *f;

	*out = NULL;
	if (!group)
		return 0;
	if (config_setting_type(group) != CONFIG_TYPE_GROUP)
		return crier_error("%s: 'filters' must be a group: filters = { block = [ ... ]; };",
				   crier_config_where(group));
	f = xcalloc(1, sizeof(*f));
	*out = f;
	warn_unknown(group);
	if (compile_list(group, "allow", &f->allow) ||
	    compile_list(group, "block", &f->block) || read_max_age(group, f))
		return -1;
	return 0;
}

static void free_list(struct pattern_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		regfree(&list->v[i].re);
	free(list->v);
}

void filter_free(struct filter *f)
{
	if (!f)
		return;
	free_list(&f->allow);
	free_list(&f->block);
	free(f);
}

static int matches(const struct pattern_list *list, const struct crier_article *a)
{
	static const struct { int mask; enum crier_field field; } fields[] = {
		{ IN_TITLE, CRIER_FIELD_TITLE }, { IN_BODY, CRIER_FIELD_BODY },
		{ IN_BODY, CRIER_FIELD_SUMMARY }, { IN_AUTHOR, CRIER_FIELD_AUTHOR },
	};

	for (size_t i = 0; i < list->n; i++)
		for (size_t k = 0; k < sizeof(fields) / sizeof(fields[0]); k++)
			if ((list->v[i].fields & fields[k].mask) &&
			    !regexec(&list->v[i].re, crier_article_get(a, fields[k].field),
				     0, NULL, 0))
				return 1;
	return 0;
}

static int too_old(const struct filter *f, const struct crier_article *a,
		   time_t now)
{
	int64_t when = crier_article_published(a);

	return f && f->max_age_h > 0 && when != CRIER_TIME_UNKNOWN &&
	       (double)(now - when) > f->max_age_h * 3600;
}

int filter_keep(const struct filter *global, const struct filter *source,
		const struct crier_article *a, time_t now, const char **why)
{
	const struct filter *allow = source && source->allow.n ? source : global;
	const char *reason = NULL;

	if ((global && matches(&global->block, a)) ||
	    (source && matches(&source->block, a)))
		reason = "it matches a block pattern";
	else if (allow && allow->allow.n && !matches(&allow->allow, a))
		reason = "it matches no allow pattern";
	else if (too_old(source && source->max_age_h > 0 ? source : global, a, now))
		reason = "it is older than max_age";
	if (why)
		*why = reason;
	return reason == NULL;
}
