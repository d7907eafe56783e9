/*
 * commands.c - the table of subcommands and what they share.
 */
#include <stdio.h>

#include "commands.h"
#include "libcrier.h"
#include "config/paths.h"

#define COMMAND(name) &cmd_##name,
const struct command *const crier_commands[] = {
#include "commands.list"
	NULL
};
#undef COMMAND

void report_error(void)
{
	fprintf(stderr, "crier: %s\n", crier_last_error());
}

int load_config(const struct cli *cli, const char *file, struct config *c)
{
	struct crier_strbuf path = CRIER_STRBUF_INIT;
	int ret;

	if (!file)
		file = cli->config;
	if (!file && paths_default_config(&path)) {
		crier_strbuf_reset(&path);
		crier_strbuf_addf(&path, "%s/crier.conf", paths_demo_dir());
	}
	ret = config_load(c, file ? file : path.buf);
	if (ret)
		fprintf(stderr, "%s\n", crier_last_error());
	crier_strbuf_release(&path);
	return ret;
}

void setup_loader(struct loader *l, const struct config *c)
{
	loader_init(l, c ? c->plugin_path : NULL, c ? c->n_plugin_path : 0);
}
