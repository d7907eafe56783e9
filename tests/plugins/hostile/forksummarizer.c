/*
 * forksummarizer.c - a summarizer that starts a process spinning on the
 * CPU for ever (it writes its id to the file named by the pidfile
 * setting), then never returns itself.  With setsid = true, the
 * process leaves crier's process group first.
 */
#include <unistd.h>
#include <crier/plugin.h>

#include "stray.h"

static const char *pidfile = "/dev/null";
static int own_session;

static int open_(const struct crier_settings *s, void **state)
{
	pidfile = crier_settings_string(s, "pidfile", "/dev/null");
	own_session = crier_settings_bool(s, "setsid", 0);
	*state = NULL;
	return 0;
}

static int summarize(void *state, const struct crier_summary_request *req,
		     struct crier_summary *out)
{
	(void)state;
	(void)req;
	(void)out;
	start_stray(pidfile, own_session, 1);
	for (;;)
		pause();
	return 0;
}

static const struct crier_summarizer_ops ops = {
	.open = open_, .summarize = summarize,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "forksummarizer", .kind = CRIER_PLUGIN_SUMMARIZER,
	.summarizer = &ops,
};
