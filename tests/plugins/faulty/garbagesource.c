/*
 * garbagesource.c - a source plugin that scribbles bytes on every
 * descriptor it may own, then ends as if all went well: crier must reject
 * what reaches it as malformed, not follow it.
 */
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
	static const char junk[] = "S\xff\xff\xff\x7f garbage \x01\x02 E";

	(void)state;
	(void)src;
	for (int fd = 3; fd < 64; fd++)
		if (write(fd, junk, sizeof(junk)) < 0)
			continue;
	_exit(0);
	return 0;
}

static const struct crier_source_ops ops = { .open = open_, .fetch = fetch };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "garbagesource", .kind = CRIER_PLUGIN_SOURCE, .source = &ops,
};
