/*
 * cli.h - crier's command line: global options, subcommands and their
 * options, in any order ("crier --dry-run plugins" = "crier plugins -n").
 */
#ifndef CRIER_CLI_H
#define CRIER_CLI_H

#include <crier/strbuf.h>

#define CLI_MAX_OPTIONS 16

/* One option of a subcommand. */
struct cli_option {
	const char *name;	/* long name, without "--" */
	int short_name;		/* a letter, or 0 */
	const char *arg;	/* the argument's name, or NULL for a flag */
	const char *help;	/* one line */
};

/* The parsed command line. */
struct cli {
	const char *config;	/* --config FILE, or NULL */
	const char *output;	/* --output FILE.wav, or NULL */
	const char *driver;	/* --driver NAME, or NULL */
	int dry_run;		/* --dry-run */
	int quiet;		/* --quiet */
	int verbose;		/* --verbose */
	double started;		/* when crier started (CLOCK_MONOTONIC s) */
	/* The subcommand's options by index: NULL when absent, "" for a set flag. */
	const char *value[CLI_MAX_OPTIONS];
	char **args;		/* operands after the subcommand */
	int n_args;
	const struct command *command;
};

/* A subcommand. */
struct command {
	const char *name;
	const char *usage;	/* operands and options, for --help */
	const char *summary;	/* one line, for --help */
	const struct cli_option *options;	/* ends with a NULL name; may be NULL */
	/* Runs the command; returns the exit status. */
	int (*run)(struct cli *cli);
};

/* Exit statuses, documented in crier(1). */
enum {
	EXIT_OK = 0,
	EXIT_SOURCES_FAILED = 1,	/* the briefing ran, some sources failed */
	EXIT_USAGE = 2,			/* bad command line or config */
	EXIT_AUDIO = 3,			/* audio output or speech failed */
	EXIT_NOTHING = 4,		/* every source failed */
	EXIT_INTERRUPTED = 130,
};

/*
 * Parses argv into cli, finding the subcommand among commands (NULL-ended;
 * the first is the default).  Returns -1 to exit with *status (after
 * --help, --version or an error, already printed), 0 to run cli->command.
 */
int cli_parse(int argc, char **argv, const struct command *const *commands,
	      struct cli *cli, int *status);
/*
 * Appends the text a command is given: its operands joined by spaces, or
 * standard input when there are none or the only one is "-".  0, or -1
 * with crier_error() when standard input cannot be read.
 */
int cli_text(const struct cli *cli, struct crier_strbuf *out);
/* Parses a non-negative integer operand; -1 with a message on error. */
int cli_uint(const char *option, const char *text, unsigned *out);

#endif
