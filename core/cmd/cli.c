/*
 * cli.c - parsing crier's command line with getopt_long.
 *
 * The subcommand is found first (the first operand that is not the
 * argument of a global option); then one getopt_long pass parses the
 * global options and that subcommand's options wherever they are.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build-config.h"
#include "cli.h"
#include "libcrier.h"
#include <crier/plugin.h>

#define OPT_BASE 1000

static const struct cli_option globals[] = {
	{ "config", 'c', "FILE", "read this config file" },
	{ "output", 'o', "FILE", "write the briefing to FILE.wav, FILE.mp3 or FILE.opus" },
	{ "driver", 'd', "NAME", "play through this libao driver (pulse, alsa, null, ...)" },
	{ "dry-run", 'n', NULL, "print the script and its durations; speak nothing" },
	{ "quiet", 'q', NULL, "print only errors and warnings" },
	{ "verbose", 'v', NULL, "also print timings and progress" },
	{ "help", 'h', NULL, "show this help" },
	{ "version", 'V', NULL, "show the version" },
	{ NULL, 0, NULL, NULL }
};

/* 1 when arg is one of opts that takes an argument ("--name" or "-x"). */
static int option_takes_argument(const struct cli_option *opts,
				 const char *arg)
{
	for (const struct cli_option *o = opts; o && o->name; o++) {
		if (!o->arg)
			continue;
		if (arg[1] == '-' && !strcmp(arg + 2, o->name))
			return 1;
		if (o->short_name && arg[1] == o->short_name && !arg[2])
			return 1;
	}
	return 0;
}

/*
 * 1 when arg takes the next word as its argument: a global option's, or
 * one of the default command's, which may come without its name
 * ("crier --stop-after 20").
 */
static int takes_argument(const char *arg, const struct command *fallback)
{
	return option_takes_argument(globals, arg) ||
	       option_takes_argument(fallback->options, arg);
}

static const struct command *find_command(int argc, char **argv,
					  const struct command *const *commands,
					  const char **name)
{
	*name = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (argv[i][0] == '-' && argv[i][1]) {
			i += takes_argument(argv[i], commands[0]);
			continue;
		}
		*name = argv[i];
		for (size_t c = 0; commands[c]; c++)
			if (!strcmp(commands[c]->name, argv[i]))
				return commands[c];
		return NULL;
	}
	return commands[0];
}

static void print_options(FILE *fp, const struct cli_option *opts)
{
	for (const struct cli_option *o = opts; o && o->name; o++) {
		char left[64];

		snprintf(left, sizeof(left), "%c%c%s--%s%s%s",
			 o->short_name ? '-' : ' ', o->short_name ? o->short_name : ' ',
			 o->short_name ? ", " : "  ", o->name, o->arg ? " " : "",
			 o->arg ? o->arg : "");
		fprintf(fp, "  %-28s %s\n", left, o->help);
	}
}

static void usage(FILE *fp, const struct command *const *commands,
		  const struct command *cmd)
{
	if (cmd && cmd != commands[0]) {
		fprintf(fp, "Usage: crier %s %s\n%s\n\nOptions:\n", cmd->name,
			cmd->usage, cmd->summary);
		print_options(fp, cmd->options);
		fprintf(fp, "\nGlobal options:\n");
		print_options(fp, globals);
		return;
	}
	fprintf(fp, "Usage: crier [OPTIONS] [COMMAND [ARGS]]\n"
		"Speaks a briefing of your news sources; without a command, plays it.\n\n"
		"Commands:\n");
	for (size_t i = 0; commands[i]; i++)
		fprintf(fp, "  %-14s %s\n", commands[i]->name, commands[i]->summary);
	fprintf(fp, "\nOptions (before or after the command):\n");
	print_options(fp, globals);
	fprintf(fp, "\nOptions of the briefing itself:\n");
	print_options(fp, commands[0]->options);
	fprintf(fp, "\nWithout --config, crier reads $XDG_CONFIG_HOME/crier/crier.conf,\n"
		"then %s/crier/crier.conf, then the built-in demo.\n"
		"'crier COMMAND --help' describes a command; see crier(1) and crier.conf(5).\n",
		CRIER_SYSCONFDIR);
}

/* Builds getopt's tables from the global and the command's options. */
static void build_table(const struct command *cmd, struct option *longs,
			char *shorts)
{
	size_t n = 0;
	char *s = shorts;

	*s++ = ':';	/* report missing arguments as ':' */
	for (int pass = 0; pass < 2; pass++) {
		const struct cli_option *o = pass ? (cmd ? cmd->options : NULL) : globals;

		for (int i = 0; o && o[i].name; i++) {
			longs[n].name = o[i].name;
			longs[n].has_arg = o[i].arg ? required_argument : no_argument;
			longs[n].flag = NULL;
			longs[n].val = pass ? OPT_BASE + i : o[i].short_name;
			n++;
			if (o[i].short_name && pass == 0) {
				*s++ = (char)o[i].short_name;
				if (o[i].arg)
					*s++ = ':';
			}
		}
	}
	*s = '\0';
	memset(&longs[n], 0, sizeof(longs[n]));
}

/* Maps a command's short option letter to its index, or -1. */
static int command_short(const struct command *cmd, int c)
{
	for (int i = 0; cmd && cmd->options && cmd->options[i].name; i++)
		if (cmd->options[i].short_name == c)
			return i;
	return -1;
}

static int set_global(struct cli *cli, int c, const char *arg)
{
	switch (c) {
	case 'c': cli->config = arg; return 0;
	case 'o': cli->output = arg; return 0;
	case 'd': cli->driver = arg; return 0;
	case 'n': cli->dry_run = 1; return 0;
	case 'q': cli->quiet = 1; return 0;
	case 'v': cli->verbose = 1; return 0;
	}
	return -1;
}

/* Adds the command's short letters to the getopt string. */
static void add_command_shorts(const struct command *cmd, char *shorts)
{
	char *s = shorts + strlen(shorts);

	for (int i = 0; cmd && cmd->options && cmd->options[i].name; i++) {
		if (!cmd->options[i].short_name)
			continue;
		*s++ = (char)cmd->options[i].short_name;
		if (cmd->options[i].arg)
			*s++ = ':';
	}
	*s = '\0';
}

static int bad_option(const struct command *const *commands,
		      const struct command *cmd, char **argv, int *status)
{
	fprintf(stderr, "crier: %s: unknown option or missing argument\n",
		argv[optind - 1]);
	fprintf(stderr, "Try 'crier %s%s--help'.\n", cmd != commands[0] ? cmd->name : "",
		cmd != commands[0] ? " " : "");
	*status = EXIT_USAGE;
	return -1;
}

static int parse_options(int argc, char **argv,
			 const struct command *const *commands,
			 struct cli *cli, int *status)
{
	struct option longs[CLI_MAX_OPTIONS * 2 + 2];
	char shorts[CLI_MAX_OPTIONS * 4 + 4];
	int c, index;

	build_table(cli->command, longs, shorts);
	add_command_shorts(cli->command, shorts);
	opterr = 0;
	while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		if (c == 'h') {
			usage(stdout, commands, cli->command);
			*status = EXIT_OK;
			return -1;
		}
		if (c == 'V') {
			printf("crier %s (plugin ABI %d, API %d)\n", PACKAGE_VERSION,
			       CRIER_PLUGIN_ABI, CRIER_PLUGIN_API);
			*status = EXIT_OK;
			return -1;
		}
		index = c >= OPT_BASE ? c - OPT_BASE : command_short(cli->command, c);
		if (c == '?' || c == ':')
			return bad_option(commands, cli->command, argv, status);
		if (index >= 0 && (c >= OPT_BASE || !strchr("cdonqv", c)))
			cli->value[index] = optarg ? optarg : "";
		else if (set_global(cli, c, optarg))
			return bad_option(commands, cli->command, argv, status);
	}
	return 0;
}

/* Says name is not a command, with the nearest command's name if any. */
static void not_a_command(const char *name, const struct command *const *commands)
{
	const char *names[64] = { NULL }, *near;
	size_t n = 0;

	for (; commands[n] && n < 64; n++)
		names[n] = commands[n]->name;
	near = crier_suggest(name, names, n);
	if (near)
		fprintf(stderr, "crier: '%s' is not a command (did you mean '%s'?); "
			"see 'crier --help'\n", name, near);
	else
		fprintf(stderr, "crier: '%s' is not a command; see 'crier --help'\n",
			name);
}

int cli_parse(int argc, char **argv, const struct command *const *commands,
	      struct cli *cli, int *status)
{
	const char *name;

	memset(cli, 0, sizeof(*cli));
	cli->command = find_command(argc, argv, commands, &name);
	if (!cli->command) {
		not_a_command(name, commands);
		*status = EXIT_USAGE;
		return -1;
	}
	if (parse_options(argc, argv, commands, cli, status))
		return -1;
	cli->args = argv + optind;
	cli->n_args = argc - optind;
	if (name && cli->n_args && !strcmp(cli->args[0], name)) {
		cli->args++;
		cli->n_args--;
	}
	return 0;
}

int cli_uint(const char *option, const char *text, unsigned *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(text, &end, 10);
	if (errno || end == text || *end || text[0] == '-' || v > UINT_MAX) {
		fprintf(stderr, "crier: --%s: '%s' is not a number\n", option, text);
		return -1;
	}
	*out = (unsigned)v;
	return 0;
}

int cli_text(const struct cli *cli, struct crier_strbuf *out)
{
	if (cli->n_args == 0 || (cli->n_args == 1 && !strcmp(cli->args[0], "-")))
		return crier_strbuf_read_file(out, "-", 0);
	for (int i = 0; i < cli->n_args; i++) {
		if (i > 0)
			crier_strbuf_addch(out, ' ');
		crier_strbuf_adds(out, cli->args[i]);
	}
	return 0;
}
