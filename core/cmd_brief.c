/*
 * cmd_brief.c - the default command: compose the briefing and speak it,
 * or print it with --dry-run.
 */
#include <stdio.h>
#include <time.h>

#include "briefing.h"
#include "commands.h"

static int brief_run(struct cli *cli)
{
	struct config c;
	struct loader l;
	struct script script;
	size_t failed = 0;
	int status = EXIT_USAGE;

	script_init(&script);
	setup_loader(&l, NULL);
	if (cli->n_args) {
		fprintf(stderr, "crier: unexpected argument '%s'; see 'crier --help'\n",
			cli->args[0]);
		goto out_loader;
	}
	if (load_config(cli, NULL, &c))
		goto out;
	loader_release(&l);
	setup_loader(&l, &c);
	briefing_compose(&c, &l, &script, &failed);
	script_add_outro(&script, &c);
	/* The intro names the count, so it is composed last and moved first. */
	script_add_intro(&script, &c, time(NULL), script.stories);
	script_move_last_first(&script);
	if (cli->dry_run) {
		script_print(&script, stdout);
		status = EXIT_OK;
	} else {
		status = briefing_speak(&script, cli, &c);
	}
	if (status == EXIT_OK && failed)
		status = failed == c.n_sources ? EXIT_NOTHING : EXIT_SOURCES_FAILED;
out:
	config_release(&c);
out_loader:
	loader_release(&l);
	script_release(&script);
	return status;
}

const struct command cmd_brief = {
	.name = "brief",
	.usage = "",
	.summary = "compose the briefing and speak it (the default)",
	.run = brief_run,
};
