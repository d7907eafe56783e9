/*
 * loader.h - finding and loading plugin shared objects.
 *
 * Plugins are searched in CRIER_PLUGIN_PATH (colon-separated), then the
 * config's plugin_path, then crier's own plugin directory.  The first file
 * that provides a name wins.  Files that fail to load are remembered with
 * the reason, for "crier plugins" and for warnings; they never stop crier.
 */
#ifndef CRIER_LOADER_H
#define CRIER_LOADER_H

#include <stddef.h>
#include <crier/plugin.h>

struct plugin {
	const struct crier_plugin *desc;
	void *handle;		/* from dlopen */
	char *file;
};

struct plugin_failure {
	char *file;
	char *why;
};

struct loader {
	char **dirs;		/* the search path, in order */
	size_t n_dirs;
	struct plugin **plugins;	/* each allocated: pointers stay valid */
	size_t n, alloc;
	struct plugin_failure *failures;
	size_t n_failures, alloc_failures;
	int scanned;		/* every directory has been read */
};

/* Sets up the search path; extra (may be NULL) is the config's plugin_path. */
void loader_init(struct loader *l, char *const *extra, size_t n_extra);
/* Loads every plugin in the search path. */
void loader_scan(struct loader *l);
/*
 * The plugin called name of the given kind: tries NAME.so in each
 * directory first, then scans everything.  NULL with crier_error() set
 * when there is none (the message lists the plugins of that kind).
 */
const struct plugin *loader_find(struct loader *l, const char *name,
				 enum crier_plugin_kind kind);
/* Loads one file; 0, or -1 with the failure recorded and crier_error() set. */
int loader_load(struct loader *l, const char *file);
void loader_release(struct loader *l);
const char *plugin_kind_name(enum crier_plugin_kind kind);

#endif
