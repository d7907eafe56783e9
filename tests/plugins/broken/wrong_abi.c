/* wrong_abi.c - a plugin built for another ABI; crier must refuse it. */
#include <crier/plugin.h>

static int never(const struct crier_settings *s, void **state)
{
	(void)s;
	(void)state;
	return -1;
}

static int never_fetch(void *state, struct crier_source *src)
{
	(void)state;
	(void)src;
	return -1;
}

static const struct crier_source_ops ops = { .open = never, .fetch = never_fetch };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI + 998,
	.api = CRIER_PLUGIN_API,
	.name = "wrongabi",
	.kind = CRIER_PLUGIN_SOURCE,
	.source = &ops,
};
