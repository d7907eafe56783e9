/*
 * commands.h - what crier's subcommands share: loading the config and
 * the plugins the way every command does, and reporting errors.
 */
#ifndef CRIER_COMMANDS_H
#define CRIER_COMMANDS_H

#include "cli.h"
#include "config/config.h"
#include "host/loader.h"

#define COMMAND(name) extern const struct command cmd_##name;
#include "commands.list"
#undef COMMAND

/* Every command, the default first, NULL-ended. */
extern const struct command *const crier_commands[];

/*
 * Loads the config named by --config (or file when not NULL), else the
 * default one, else the demo.  Prints "FILE:LINE: message" and returns -1
 * on error (exit with EXIT_USAGE); c must be released either way.
 */
int load_config(const struct cli *cli, const char *file, struct config *c);
/* Sets up the plugin loader's search path from the config. */
void setup_loader(struct loader *l, const struct config *c);
/* Prints "crier: " and the current error message on stderr. */
void report_error(void);

#endif
