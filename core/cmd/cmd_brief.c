/*
 * cmd_brief.c - the default command: compose the briefing and speak it,
 * or print it with --dry-run.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "briefing/briefing.h"
#include "commands.h"

enum { OPT_NO_ISOLATION, OPT_ALL, OPT_STOP_AFTER };

static const struct cli_option brief_options[] = {
	[OPT_NO_ISOLATION] = { "no-isolation", 0, NULL,
		"run every source in crier's own process (for debugging)" },
	[OPT_ALL] = { "all", 'a', NULL,
		"include the stories heard in earlier briefings" },
	[OPT_STOP_AFTER] = { "stop-after", 0, "MINUTES",
		"sleep timer: stop playing after MINUTES (the story cut off stays unheard)" },
	{ NULL, 0, NULL, NULL }
};

/* The sleep timer's minutes, in seconds: 0 when absent, -1 when bad. */
static double stop_after(const char *text)
{
	char *end;
	double minutes;

	if (!text)
		return 0;
	minutes = strtod(text, &end);
	if (end == text || *end || !isfinite(minutes) || minutes <= 0 ||
	    minutes > 24 * 60) {
		fprintf(stderr, "crier: --stop-after wants minutes between 0 and 1440, "
			"not '%s'\n", text);
		return -1;
	}
	return minutes * 60;
}

static int brief_run(struct cli *cli)
{
	struct briefing_options o = {
		.dry_run = cli->dry_run, .quiet = cli->quiet,
		.verbose = cli->verbose, .started = cli->started,
		.isolate = !cli->value[OPT_NO_ISOLATION],
		.all = cli->value[OPT_ALL] != NULL,
		.output = cli->output, .driver = cli->driver,
		.stop_after_s = stop_after(cli->value[OPT_STOP_AFTER]),
	};

	if (o.stop_after_s < 0)
		return EXIT_USAGE;
	return briefing_command(cli, &o);
}

const struct command cmd_brief = {
	.name = "brief",
	.usage = "[--no-isolation] [--all] [--stop-after MINUTES]",
	.summary = "compose the briefing and speak it (the default)",
	.options = brief_options,
	.run = brief_run,
};
