/*
 * chattysource.c - a source plugin that writes to standard output (as a
 * careless author's debugging would) and returns one article.
 */
#include <stdio.h>
#include <unistd.h>
#include <crier/plugin.h>

static int open_(const struct crier_settings *s, void **state)
{
	(void)s;
	*state = NULL;
	printf("CHATTY-PRINTF-NOISE\n");
	return 0;
}

static int fetch(void *state, struct crier_source *src)
{
	static const char raw[] = "CHATTY-WRITE-NOISE\n";
	struct crier_article *a;

	(void)state;
	if (write(STDOUT_FILENO, raw, sizeof(raw) - 1) < 0)
		return crier_error("cannot write");
	a = crier_source_add(src);
	crier_article_sets(a, CRIER_FIELD_TITLE, "Chatty story");
	crier_article_sets(a, CRIER_FIELD_BODY, "The chatty source sent this. It is spoken.");
	return 0;
}

static const struct crier_source_ops ops = { .open = open_, .fetch = fetch };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "chattysource", .kind = CRIER_PLUGIN_SOURCE, .source = &ops,
};
