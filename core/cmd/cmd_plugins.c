/*
 * cmd_plugins.c - "crier plugins": the plugins found, and the files that
 * failed to load with the reason.
 */
#include <stdio.h>

#include "commands.h"

static int plugins_run(struct cli *cli)
{
	struct config c;
	struct loader l;
	int have_config = !load_config(cli, NULL, &c);

	setup_loader(&l, have_config ? &c : NULL);
	loader_scan(&l);
	printf("%-12s %-11s %-8s %s\n", "NAME", "KIND", "VERSION", "FILE");
	for (size_t i = 0; i < l.n; i++) {
		const struct crier_plugin *d = l.plugins[i]->desc;

		printf("%-12s %-11s %-8s %s\n", d->name, plugin_kind_name(d->kind),
		       d->version ? d->version : "-", l.plugins[i]->file);
	}
	for (size_t i = 0; i < l.n_failures; i++)
		printf("failed: %s: %s\n", l.failures[i].file, l.failures[i].why);
	if (!l.n && !l.n_failures) {
		printf("no plugins found in:");
		for (size_t i = 0; i < l.n_dirs; i++)
			printf(" %s", l.dirs[i]);
		printf("\n");
	}
	loader_release(&l);
	config_release(&c);
	return have_config ? EXIT_OK : EXIT_USAGE;
}

const struct command cmd_plugins = {
	.name = "plugins",
	.usage = "",
	.summary = "list the plugins found, and the files that failed to load",
	.run = plugins_run,
};
