/*
 * feed_item.c - filling a struct feed: new items, the languages they
 * point to, and their text fields as plain text (white space collapsed,
 * HTML turned into text, titles stripped of tags when they are markup).
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include <crier/plugin.h>
#include "feed_item.h"
#include "base/xalloc.h"

struct feed_item *feed_add_item(struct feed *f)
{
	struct feed_item *it;

	f->items = xgrow(f->items, &f->alloc, f->n + 1, sizeof(*f->items));
	it = &f->items[f->n++];
	memset(it, 0, sizeof(*it));
	it->published = CRIER_TIME_UNKNOWN;
	return it;
}

const char *feed_keep_lang(struct feed *f, const char *lang)
{
	if (!lang || !*lang)
		return NULL;
	for (size_t i = 0; i < f->nlangs; i++)
		if (!strcmp(f->langs[i], lang))
			return f->langs[i];
	f->langs = xgrow(f->langs, &f->langs_alloc, f->nlangs + 1,
			 sizeof(*f->langs));
	f->langs[f->nlangs] = xstrdup(lang);
	return f->langs[f->nlangs++];
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
