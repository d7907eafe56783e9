/*
 * cmd_history.c - "crier history": the stories heard most recently, from
 * the ledger, newest first: when, source, headline.
 */
#include <stdio.h>
#include <time.h>

#include "commands.h"
#include "briefing/ledger.h"
#include "config/paths.h"

enum { OPT_LIMIT };

static const struct cli_option history_options[] = {
	[OPT_LIMIT] = { "limit", 'l', "N",
		"list at most N stories (default 20; 0 lists all)" },
	{ NULL, 0, NULL, NULL }
};

static int print_entry(const struct ledger_entry *e, void *data)
{
	time_t when = (time_t)e->when;
	struct tm tm;
	char stamp[32];

	(*(size_t *)data)++;
	localtime_r(&when, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%d %H:%M", &tm);
	printf("%s  %s: %s\n", stamp, *e->source ? e->source : "-", e->title);
	return 0;
}

static int history_run(struct cli *cli)
{
	struct crier_strbuf path = CRIER_STRBUF_INIT;
	struct ledger *l = NULL;
	unsigned limit = 20;
	size_t n = 0;
	int status = EXIT_USAGE, found;

	if (cli->n_args) {
		fprintf(stderr, "crier: unexpected argument '%s'; see 'crier --help'\n",
			cli->args[0]);
		goto out;
	}
	if (cli->value[OPT_LIMIT] &&
	    cli_uint("limit", cli->value[OPT_LIMIT], &limit))
		goto out;
	status = EXIT_SOURCES_FAILED;
	if (paths_state_dir(&path)) {
		report_error();
		goto out;
	}
	crier_strbuf_adds(&path, "/heard.db");
	found = ledger_open_readonly(path.buf, &l);
	if (found < 0 || (found && ledger_recent(l, limit, print_entry, &n))) {
		report_error();
		goto out;
	}
	if (!n)
		fprintf(stderr, "crier: no story has been heard yet (%s)\n", path.buf);
	status = EXIT_OK;
out:
	ledger_close(l);
	crier_strbuf_release(&path);
	return status;
}

const struct command cmd_history = {
	.name = "history",
	.usage = "[--limit N]",
	.summary = "list the stories heard most recently, newest first",
	.options = history_options,
	.run = history_run,
};
