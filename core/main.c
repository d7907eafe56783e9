/*
 * main.c - crier's entry point: parse the command line, run a command.
 */
#include <locale.h>
#include <stdio.h>
#include <time.h>

#include "cmd/commands.h"

int main(int argc, char **argv)
{
	struct timespec ts;
	struct cli cli;
	int status = EXIT_OK;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	setlocale(LC_CTYPE, "");
	if (cli_parse(argc, argv, crier_commands, &cli, &status))
		return status;
	cli.started = (double)ts.tv_sec + ts.tv_nsec / 1e9;
	status = cli.command->run(&cli);
	if (fflush(stdout) || ferror(stdout)) {
		perror("crier: standard output");
		return status ? status : EXIT_USAGE;
	}
	return status;
}
