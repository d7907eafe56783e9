/*
 * cmd_brief.c - the default command: compose the briefing and speak it,
 * or print it with --dry-run.
 */
#include <stdio.h>

#include "briefing.h"
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
	struct config c;
	struct loader l;
	int status = EXIT_USAGE;

	if (cli->n_args) {
		fprintf(stderr, "crier: unexpected argument '%s'; see 'crier --help'\n",
			cli->args[0]);
		return EXIT_USAGE;
	}
	if (load_config(cli, NULL, &c))
		goto out;
	setup_loader(&l, &c);
	status = briefing_run(&c, &l, &o);
	loader_release(&l);
out:
	config_release(&c);
	return status;
}

const struct command cmd_brief = {
	.name = "brief",
	.usage = "[--no-isolation] [--all]",
	.summary = "compose the briefing and speak it (the default)",
	.options = brief_options,
	.run = brief_run,
};
