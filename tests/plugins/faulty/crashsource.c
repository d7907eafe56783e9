/* crashsource.c - a source plugin whose fetch crashes (isolation test). */
#include <signal.h>
#include <crier/plugin.h>

static int open_(const struct crier_settings *s, void **state)
{
	(void)s;
	*state = NULL;
	return 0;
}

static int fetch(void *state, struct crier_source *src)
{
	crier_article_sets(crier_source_add(src), CRIER_FIELD_TITLE, "never seen");
	(void)state;
	raise(SIGSEGV);
	return 0;
}

static const struct crier_source_ops ops = { .open = open_, .fetch = fetch };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "crashsource", .kind = CRIER_PLUGIN_SOURCE, .source = &ops,
};
