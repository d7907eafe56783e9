/*
 * cmd_podcast.c - "crier podcast": make the briefing as an episode in
 * the podcast folder and rewrite its feed (core/podcast/publish.h).
 */
#include <stdio.h>
#include <unistd.h>

#include "briefing/briefing.h"
#include "commands.h"
#include "podcast/podcast_config.h"
#include "podcast/publish.h"

enum { OPT_ALL };

static const struct cli_option podcast_options[] = {
	[OPT_ALL] = { "all", 'a', NULL,
		"include the stories heard in earlier briefings" },
	{ NULL, 0, NULL, NULL }
};

/* The briefing into p's audio file; returns its exit status. */
static int make_briefing(const struct cli *cli, const struct config *c,
			 struct publish *p)
{
	struct briefing_options o = {
		.quiet = cli->quiet, .verbose = cli->verbose,
		.started = cli->started, .isolate = 1,
		.all = cli->value[OPT_ALL] != NULL, .output = p->audio,
		.written_s = &p->seconds,
	};
	struct loader l;
	int status;

	setup_loader(&l, c);
	status = briefing_run(c, &l, &o);
	loader_release(&l);
	return status;
}

static int run_in_folder(const struct cli *cli, const struct config *c,
			 const struct podcast_config *pc)
{
	struct publish p;
	int status = EXIT_AUDIO;

	if (publish_prepare(&p, pc)) {
		report_error();
		goto out;
	}
	status = make_briefing(cli, c, &p);
	if (status != EXIT_OK && status != EXIT_SOURCES_FAILED) {
		publish_discard(&p);	/* nothing new, or it failed */
		goto out;
	}
	if (publish_episode(&p)) {
		report_error();
		status = EXIT_AUDIO;
	} else if (!cli->quiet) {
		fprintf(stderr, "crier: episode %s added to %s/feed.xml\n",
			p.id, pc->folder);
	}
out:
	publish_release(&p);
	return status;
}

static int podcast_run(struct cli *cli)
{
	struct podcast_config pc;
	struct config c;
	int status = EXIT_USAGE;

	if (cli->n_args || cli->output) {
		fprintf(stderr, "crier: podcast writes into the podcast folder; "
			"it takes no %s\n", cli->n_args ? "argument" : "--output");
		return EXIT_USAGE;
	}
	if (load_config(cli, NULL, &c))
		goto out;
	if (podcast_config_read(&c, &pc))
		report_error();
	else
		status = run_in_folder(cli, &c, &pc);
	podcast_config_release(&pc);
out:
	config_release(&c);
	return status;
}

const struct command cmd_podcast = {
	.name = "podcast",
	.usage = "[--all]",
	.summary = "make the briefing as an episode of a podcast feed (the podcast group)",
	.options = podcast_options,
	.run = podcast_run,
};
