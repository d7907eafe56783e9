/*
 * cmd_list.c - "crier list": what a briefing would speak, a line per
 * story (source, age, estimated duration, headline), without speaking.
 */
#include <stdio.h>

#include "briefing/briefing.h"
#include "commands.h"

enum { OPT_ALL };

static const struct cli_option list_options[] = {
	[OPT_ALL] = { "all", 'a', NULL, "include stories heard in earlier briefings" },
	{ NULL, 0, NULL, NULL }
};

static int list_run(struct cli *cli)
{
	struct briefing_options o = {
		.list = 1, .quiet = cli->quiet, .verbose = cli->verbose,
		.isolate = 1, .started = cli->started,
		.all = cli->value[OPT_ALL] != NULL,
	};

	return briefing_command(cli, &o);
}

const struct command cmd_list = {
	.name = "list",
	.usage = "[--all]",
	.summary = "list the stories a briefing would speak, without speaking",
	.options = list_options,
	.run = list_run,
};
