/*
 * cmd_brief.c - the default command: compose the briefing and speak it,
 * or print it with --dry-run.
 */
#include <stdio.h>

#include "briefing/briefing.h"
#include "commands.h"

enum { OPT_NO_ISOLATION, OPT_ALL };

static const struct cli_option brief_options[] = {
	[OPT_NO_ISOLATION] = { "no-isolation", 0, NULL,
		"run every source in crier's own process (for debugging)" },
	[OPT_ALL] = { "all", 'a', NULL,
		"include the stories heard in earlier briefings" },
	{ NULL, 0, NULL, NULL }
};

static int brief_run(struct cli *cli)
{
	struct briefing_options o = {
		.dry_run = cli->dry_run, .quiet = cli->quiet,
		.verbose = cli->verbose, .started = cli->started,
		.isolate = !cli->value[OPT_NO_ISOLATION],
		.all = cli->value[OPT_ALL] != NULL,
		.output = cli->output, .driver = cli->driver,
	};

	return briefing_command(cli, &o);
}

const struct command cmd_brief = {
	.name = "brief",
	.usage = "[--no-isolation] [--all]",
	.summary = "compose the briefing and speak it (the default)",
	.options = brief_options,
	.run = brief_run,
};
