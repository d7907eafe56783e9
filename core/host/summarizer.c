/*
 * summarizer.c - running summarizer plugins on articles.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "summarizer.h"

/* Reads a length limit in [0, max], checked before it is narrowed. */
static int read_limit(const struct crier_settings *set, const char *key,
		      unsigned max, unsigned *out)
{
	long v;

	if (crier_settings_int_range(set, key, 0, 0, (long)max, &v))
		return -1;
	*out = (unsigned)v;
	return 0;
}

int summarizer_open(struct summarizer *s, struct loader *l,
		    const config_setting_t *group,
		    const struct crier_settings *parent,
		    const char *plugin_name, const char *config_dir)
{
	const struct crier_summarizer_ops *ops;
	const char *name;
	const char *old;
	int ret = 0;

	memset(s, 0, sizeof(*s));
	s->settings = crier_settings_new(group, parent, "summarizer", config_dir);
	name = crier_settings_string(s->settings, "plugin", plugin_name);
	if (read_limit(s->settings, "sentences", SUMMARIZER_MAX_SENTENCES,
		       &s->sentences) ||
	    read_limit(s->settings, "words", SUMMARIZER_MAX_WORDS, &s->words))
		return -1;
	s->plugin = loader_find(l, name, CRIER_PLUGIN_SUMMARIZER);
	if (!s->plugin)
		return -1;
	ops = s->plugin->desc->summarizer;
	old = crier_set_context(s->plugin->desc->name);
	crier_clear_error();
	if (ops->open && ops->open(s->settings, &s->state))
		ret = crier_error("summarizer '%s': %s", name, crier_last_error());
	crier_set_context(old);
	return ret;
}

/* Lower-case words only, for comparing sentences. */
static void sentence_key(const char *s, struct crier_strbuf *key)
{
	struct crier_strbuf low = CRIER_STRBUF_INIT;
	struct crier_span w;
	size_t pos = 0;

	crier_lowercase(s, strlen(s), &low);
	while (crier_next_word(low.buf, low.len, &pos, &w)) {
		crier_strbuf_add(key, low.buf + w.start, w.len);
		crier_strbuf_addch(key, ' ');
	}
	crier_strbuf_release(&low);
}

/* Drops sentences whose words repeat the title or an earlier sentence. */
static void drop_repeats(struct crier_summary *sum, const char *title)
{
	struct crier_strbuf *keys = calloc(sum->n + 1, sizeof(*keys));
	size_t kept = 0;

	if (!keys)
		return;
	for (size_t i = 0; i <= sum->n; i++)
		crier_strbuf_init(&keys[i]);
	sentence_key(title, &keys[sum->n]);
	for (size_t i = 0; i < sum->n; i++) {
		int repeat = 0;

		sentence_key(sum->sentences[i], &keys[i]);
		repeat = !strcmp(keys[i].buf, keys[sum->n].buf);
		for (size_t j = 0; j < kept && !repeat; j++)
			repeat = !strcmp(keys[i].buf, keys[j].buf);
		if (repeat) {
			free(sum->sentences[i]);
			crier_strbuf_release(&keys[i]);
			continue;
		}
		sum->sentences[kept] = sum->sentences[i];
		keys[kept] = keys[i];
		kept++;
	}
	for (size_t i = 0; i < kept; i++)
		crier_strbuf_release(&keys[i]);
	crier_strbuf_release(&keys[sum->n]);
	sum->n = kept;
	free(keys);
}

/*
 * The text to summarize: the article's body (or its summary when it has
 * none) cleaned of page furniture (crier_clean_body), in body; the raw text
 * when cleaning leaves nothing (a one-line feed summary).
 */
static void story_text(const struct crier_article *a, const char *title,
		       struct crier_strbuf *body)
{
	const char *text = crier_article_get(a, CRIER_FIELD_BODY);

	if (!*text)
		text = crier_article_get(a, CRIER_FIELD_SUMMARY);
	crier_clean_body(text, strlen(text), title, body);
	if (!body->len)
		crier_strbuf_adds(body, text);
}

int summarizer_run(struct summarizer *s, const struct crier_article *a,
		   unsigned sentences, unsigned words, struct crier_summary *out)
{
	struct crier_summary_request req;
	struct crier_strbuf body = CRIER_STRBUF_INIT;
	const char *old;
	int ret = 0;

	memset(&req, 0, sizeof(req));
	req.title = *crier_article_get(a, CRIER_FIELD_TITLE) ?
		    crier_article_get(a, CRIER_FIELD_TITLE) : NULL;
	story_text(a, req.title, &body);
	req.text = body.buf ? body.buf : "";
	req.len = body.len;
	req.language = crier_article_get(a, CRIER_FIELD_LANGUAGE);
	req.sentences = sentences || words ? sentences : s->sentences;
	req.words = sentences || words ? words : s->words;
	old = crier_set_context(s->plugin->desc->name);
	crier_clear_error();
	if (s->plugin->desc->summarizer->summarize(s->state, &req, out))
		ret = crier_error("summarizer '%s': %s", s->plugin->desc->name,
				  crier_last_error());
	crier_set_context(old);
	drop_repeats(out, req.title ? req.title : "");
	summarizer_check(out, req.sentences, req.words, s->note, sizeof(s->note));
	crier_strbuf_release(&body);
	return ret;
}

void summarizer_close(struct summarizer *s)
{
	if (s->plugin && s->plugin->desc->summarizer->close)
		s->plugin->desc->summarizer->close(s->state);
	crier_settings_free(s->settings);
	memset(s, 0, sizeof(*s));
}
