/*
 * cmd_history.c - "crier history": the stories heard most recently, from
 * the ledger, newest first: when, source, headline.  --clear forgets them
 * all, --forget one (by its headline or link), so that the next briefing
 * speaks them again.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"
#include "briefing/ledger.h"
#include "config/paths.h"

enum { OPT_LIMIT, OPT_CLEAR, OPT_FORGET };

static const struct cli_option history_options[] = {
	[OPT_LIMIT] = { "limit", 'l', "N",
		"list at most N stories (default 20; 0 lists all)" },
	[OPT_CLEAR] = { "clear", 0, NULL,
		"forget every heard story (the next briefing speaks them again)" },
	[OPT_FORGET] = { "forget", 0, "TEXT",
		"forget the story whose headline (as listed) or link is TEXT" },
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

/* --clear (what NULL) or --forget what, on the ledger at path. */
static int forget(const char *path, const char *what)
{
	struct ledger *l = NULL;
	size_t n = 0;
	int status = EXIT_SOURCES_FAILED;

	if (access(path, F_OK)) {
		fprintf(stderr, "crier: no story has been heard yet (%s)\n", path);
		return what ? EXIT_SOURCES_FAILED : EXIT_OK;
	}
	if (ledger_open_path(path, &l) || ledger_forget(l, what, &n)) {
		report_error();
	} else if (what && !n) {
		fprintf(stderr, "crier: no heard story has the headline or link "
			"'%s'; see 'crier history'\n", what);
	} else {
		fprintf(stderr, "crier: forgot %zu heard %s\n", n,
			n == 1 ? "story" : "stories");
		status = EXIT_OK;
	}
	ledger_close(l);
	return status;
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
	if (cli->value[OPT_CLEAR] && cli->value[OPT_FORGET]) {
		fprintf(stderr, "crier: history: --clear or --forget, not both\n");
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
	if (cli->value[OPT_CLEAR] || cli->value[OPT_FORGET]) {
		status = forget(path.buf, cli->value[OPT_FORGET]);
		goto out;
	}
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
	.usage = "[--limit N | --clear | --forget TEXT]",
	.summary = "list the stories heard most recently, newest first",
	.options = history_options,
	.run = history_run,
};
