/* hangsource.c - a source plugin whose fetch never returns. */
#include <unistd.h>
#include <crier/plugin.h>

static int open_(const struct crier_settings *s, void **state)
{
	(void)s;
	*state = NULL;
	return 0;
}

static int fetch(void *state, struct crier_source *src)
{
	(void)state;
	(void)src;
	for (;;)
		pause();
	return 0;
}

static const struct crier_source_ops ops = { .open = open_, .fetch = fetch };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "hangsource", .kind = CRIER_PLUGIN_SOURCE, .source = &ops,
};
