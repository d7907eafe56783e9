/*
 * hello.c - an example crier source plugin, built outside crier's tree.
 *
 * Each string of the source's "items" list becomes one story: its first
 * sentence is the headline and the whole string the body.  Without items
 * it gives one story made of its "greeting".  For example:
 *
 *	sources = ( { name = "Reminders"; plugin = "hello";
 *		items = [ "The bins go out tonight. Green bin only.",
 *			  "Choir practice moves to Thursday this week." ]; } );
 *
 * It shows the whole life of a source: open() reads and checks the
 * settings, fetch() adds articles, close() frees the state.  Build it with
 * the Makefile next to it (pkg-config crier-plugin); see crier-plugin(7).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <crier/plugin.h>

/* Longest greeting accepted, in bytes: a headline, not an article. */
#define HELLO_MAX_GREETING 200

/* One configured source.  The strings belong to crier (valid until close). */
struct hello {
	const struct crier_settings *settings;
	const char *greeting;
	size_t n_items;
};

static int hello_open(const struct crier_settings *settings, void **state)
{
	struct hello *h;
	const char *greeting = crier_settings_string(settings, "greeting",
		"Hello from the example plugin.");

	if (!*greeting || strlen(greeting) > HELLO_MAX_GREETING)
		return crier_error("%s: greeting must have 1 to %d bytes",
				   crier_settings_where(settings, "greeting"),
				   HELLO_MAX_GREETING);
	h = calloc(1, sizeof(*h));
	if (!h)
		return crier_error("out of memory");
	h->settings = settings;
	h->greeting = greeting;
	h->n_items = crier_settings_count(settings, "items");
	*state = h;
	return 0;
}

/*
 * Adds one story: text's first sentence as the headline (without its full
 * stop, as headlines are written) and the whole text as the body.
 */
static void hello_add(struct crier_source *src, const char *text,
		      size_t index)
{
	struct crier_article *a = crier_source_add(src);
	struct crier_spans spans = CRIER_SPANS_INIT;
	char id[32];

	crier_split_sentences(text, strlen(text), "en", &spans);
	if (spans.n) {
		const char *title = text + spans.v[0].start;
		size_t len = spans.v[0].len;

		if (len > 1 && title[len - 1] == '.')
			len--;
		crier_article_set(a, CRIER_FIELD_TITLE, title, len);
	}
	crier_article_sets(a, CRIER_FIELD_BODY, text);
	snprintf(id, sizeof(id), "hello:%zu", index);
	crier_article_sets(a, CRIER_FIELD_ID, id);
	crier_article_sets(a, CRIER_FIELD_LANGUAGE, "en");
	crier_article_set_published(a, (int64_t)time(NULL));
	crier_spans_release(&spans);
}

static int hello_fetch(void *state, struct crier_source *src)
{
	struct hello *h = state;

	if (!h->n_items) {
		hello_add(src, h->greeting, 0);
		return 0;
	}
	for (size_t i = 0; i < h->n_items; i++) {
		const char *item = crier_settings_item(h->settings, "items", i);

		if (item && *item)
			hello_add(src, item, i + 1);
		else
			crier_warn("%s: item %zu is empty, skipped",
				   crier_settings_where(h->settings, "items"),
				   i + 1);
	}
	return 0;
}

static void hello_close(void *state)
{
	free(state);
}

static const struct crier_source_ops hello_ops = {
	.open = hello_open,
	.fetch = hello_fetch,
	.close = hello_close,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "hello",
	.description = "stories from the items in its config (an example)",
	.version = "1.0",
	.kind = CRIER_PLUGIN_SOURCE,
	.source = &hello_ops,
};
