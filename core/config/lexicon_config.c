/*
 * lexicon_config.c - the "lexicon" list of the config into a
 * struct crier_lexicon, each mistake reported with its file and line.
 */
#include <stdio.h>
#include <string.h>

#include "lexicon_config.h"
#include "libcrier.h"

static const char *const entry_keys[] = { "match", "regex", "say", "lang", NULL };

/* Fails with "FILE:LINE: lexicon: what" for setting s. */
static int bad(const config_setting_t *s, const char *what, const char *key)
{
	char at[512];

	return crier_error("%s: lexicon: %s%s%s", crier_config_where_r(s, at, sizeof(at)),
			   what, key ? " " : "", key ? key : "");
}

/* Reads the optional string key of entry into *out; -1 if not a string. */
static int get_string(const config_setting_t *entry, const char *key,
		      const char **out)
{
	const config_setting_t *m = config_setting_get_member(entry, key);

	*out = NULL;
	if (!m)
		return 0;
	if (config_setting_type(m) != CONFIG_TYPE_STRING)
		return bad(m, "this must be a string:", key);
	*out = config_setting_get_string(m);
	return 0;
}

/* -1 (with the message) when entry has a key that is not an entry key. */
static int check_keys(const config_setting_t *entry)
{
	int n = config_setting_length(entry);

	for (int i = 0; i < n; i++) {
		const config_setting_t *m =
			config_setting_get_elem(entry, (unsigned)i);
		const char *name = config_setting_name(m);
		size_t k = 0;

		while (entry_keys[k] && strcmp(entry_keys[k], name))
			k++;
		if (!entry_keys[k])
			return bad(m, "unknown key (use match or regex, say, "
				   "lang):", name);
	}
	return 0;
}

static int add_entry(const config_setting_t *entry, struct crier_lexicon *lex)
{
	const char *match, *regex, *say, *lang;
	char at[512];

	if (config_setting_type(entry) != CONFIG_TYPE_GROUP)
		return bad(entry, "each entry must be a group "
			   "{ match = ...; say = ...; }", NULL);
	if (check_keys(entry) || get_string(entry, "match", &match) ||
	    get_string(entry, "regex", &regex) ||
	    get_string(entry, "say", &say) || get_string(entry, "lang", &lang))
		return -1;
	if (!match == !regex)
		return bad(entry, "an entry needs either match or regex", NULL);
	if (!say)
		return bad(entry, "an entry needs say", NULL);
	if (crier_lexicon_add(lex, lang, match ? match : regex, regex != NULL,
			      say) == 0)
		return 0;
	/* crier_lexicon_add's message already starts with "lexicon: " */
	return crier_error("%s: %s", crier_config_where_r(entry, at, sizeof(at)),
			   crier_last_error());
}

int lexicon_from_config(const config_setting_t *list, struct crier_lexicon *lex)
{
	int n;

	if (!list)
		return 0;
	if (config_setting_type(list) != CONFIG_TYPE_LIST)
		return bad(list, "must be a list: lexicon = ( { ... }, { ... } );",
			   NULL);
	n = config_setting_length(list);
	for (int i = 0; i < n; i++)
		if (add_entry(config_setting_get_elem(list, (unsigned)i), lex))
			return -1;
	return 0;
}
