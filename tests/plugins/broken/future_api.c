/* future_api.c - a plugin that needs a newer plugin API than crier has. */
#include <crier/plugin.h>

static int sum(void *state, const struct crier_summary_request *req,
	       struct crier_summary *out)
{
	(void)state;
	(void)req;
	(void)out;
	return 0;
}

static const struct crier_summarizer_ops ops = { .summarize = sum };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API + 1,
	.name = "futureapi",
	.kind = CRIER_PLUGIN_SUMMARIZER,
	.summarizer = &ops,
};
