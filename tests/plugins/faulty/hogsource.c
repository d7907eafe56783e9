/*
 * hogsource.c - a source plugin that allocates memory until it cannot,
 * then aborts.  It gives up at 480 MB, above the 300 MB limit the tests
 * set, so that builds without crier's memory limit (AddressSanitizer's,
 * see core/fetch/fetcher.c) stay bounded and reach the abort well within
 * the tests' timeouts on a busy machine.
 */
#include <stdlib.h>
#include <string.h>
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
	for (int mb = 0; mb < 480; mb++) {
		char *p = malloc(1 << 20);

		if (!p)
			break;
		memset(p, 1, 1 << 20);
	}
	abort();
	return 0;
}

static const struct crier_source_ops ops = { .open = open_, .fetch = fetch };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "hogsource", .kind = CRIER_PLUGIN_SOURCE, .source = &ops,
};
