/* exitsource.c - a source plugin that calls exit(0) inside fetch. */
#include <stdlib.h>
#include <crier/plugin.h>

static int fetch(void *state, struct crier_source *src)
{
	(void)state;
	(void)src;
	exit(0);
}

static int open_(const struct crier_settings *s, void **state)
{
	(void)s;
	*state = NULL;
	return 0;
}

static const struct crier_source_ops ops = { .open = open_, .fetch = fetch };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "exitsource", .kind = CRIER_PLUGIN_SOURCE, .source = &ops,
};
