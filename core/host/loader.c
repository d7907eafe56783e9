/*
 * loader.c - dlopen()ing plugins and checking their descriptors.
 *
 * The descriptor's ABI number is read before anything else in it; a
 * mismatch means "rebuild the plugin", an API that is too new means
 * "upgrade crier".  RTLD_NOW makes a missing symbol fail here, with the
 * file's name, and not later with a crash.
 */
#include <dirent.h>
#include <dlfcn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "libcrier.h"
#include "loader.h"
#include "config/paths.h"
#include "base/xalloc.h"

const char *plugin_kind_name(enum crier_plugin_kind kind)
{
	switch (kind) {
	case CRIER_PLUGIN_SOURCE:
		return "source";
	case CRIER_PLUGIN_SUMMARIZER:
		return "summarizer";
	case CRIER_PLUGIN_SPEECH:
		return "speech";
	case CRIER_PLUGIN_OUTPUT:
		return "output";
	}
	return "unknown";
}

static void add_dir(struct loader *l, const char *dir, size_t len)
{
	if (!len)
		return;
	l->dirs = xrealloc(l->dirs, (l->n_dirs + 1) * sizeof(*l->dirs));
	l->dirs[l->n_dirs++] = xstrndup(dir, len);
}

void loader_init(struct loader *l, char *const *extra, size_t n_extra)
{
	const char *env = getenv("CRIER_PLUGIN_PATH");

	memset(l, 0, sizeof(*l));
	while (env && *env) {
		const char *colon = strchr(env, ':');
		size_t len = colon ? (size_t)(colon - env) : strlen(env);

		add_dir(l, env, len);
		env += len + (colon != NULL);
	}
	for (size_t i = 0; i < n_extra; i++)
		add_dir(l, extra[i], strlen(extra[i]));
	add_dir(l, paths_plugin_dir(), strlen(paths_plugin_dir()));
}

static int fail(struct loader *l, const char *file, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Records that file failed to load, and why; returns -1. */
static int fail(struct loader *l, const char *file, const char *fmt, ...)
{
	struct crier_strbuf why = CRIER_STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	crier_strbuf_vaddf(&why, fmt, ap);
	va_end(ap);
	l->failures = xgrow(l->failures, &l->alloc_failures, l->n_failures + 1,
			    sizeof(*l->failures));
	l->failures[l->n_failures].file = xstrdup(file);
	l->failures[l->n_failures].why = xstrdup(why.buf);
	l->n_failures++;
	crier_error("%s: %s", file, why.buf);
	crier_strbuf_release(&why);
	return -1;
}

static const struct plugin *find_loaded(const struct loader *l,
					const char *name)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->plugins[i]->desc->name, name))
			return l->plugins[i];
	return NULL;
}

static int is_loaded_file(const struct loader *l, const char *file)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->plugins[i]->file, file))
			return 1;
	for (size_t i = 0; i < l->n_failures; i++)
		if (!strcmp(l->failures[i].file, file))
			return 1;
	return 0;
}

/* The problem with a speech or output plugin's ops (API 2 only), or NULL. */
static const char *check_api2(const struct crier_plugin *d)
{
	if (d->api < 2)
		return "speech and output plugins need plugin API 2: rebuild it against this crier";
	if (d->kind == CRIER_PLUGIN_SPEECH &&
	    (!d->speech || !d->speech->open || !d->speech->configure ||
	     !d->speech->render))
		return "speech plugin without open, configure and render";
	if (d->kind == CRIER_PLUGIN_OUTPUT &&
	    (!d->output || !d->output->open || !d->output->write ||
	     !d->output->close || !d->output->abort))
		return "output plugin without open, write, close and abort";
	return NULL;
}

/* Checks everything in d beyond the ABI number; returns the problem. */
static const char *check_desc(const struct crier_plugin *d)
{
	if (!d->name || !*d->name)
		return "descriptor has no name";
	switch (d->kind) {
	case CRIER_PLUGIN_SOURCE:
		return d->source && d->source->open && d->source->fetch ? NULL :
		       "source plugin without open and fetch";
	case CRIER_PLUGIN_SUMMARIZER:
		return d->summarizer && d->summarizer->summarize ? NULL :
		       "summarizer plugin without summarize";
	case CRIER_PLUGIN_SPEECH:
	case CRIER_PLUGIN_OUTPUT:
		/* An API 1 descriptor ends before .speech: not read then. */
		return check_api2(d);
	}
	return "unknown plugin kind";
}

static int check_and_add(struct loader *l, const char *file, void *handle,
			 const struct crier_plugin *d)
{
	const struct plugin *other;
	const char *problem;

	if (d->abi != CRIER_PLUGIN_ABI)
		return fail(l, file, "plugin ABI %u, but crier needs ABI %u: rebuild it against this crier",
			    d->abi, CRIER_PLUGIN_ABI);
	if (d->api > CRIER_PLUGIN_API)
		return fail(l, file, "needs plugin API %u, but this crier has %u: upgrade crier",
			    d->api, CRIER_PLUGIN_API);
	problem = check_desc(d);
	if (problem)
		return fail(l, file, "%s", problem);
	other = find_loaded(l, d->name);
	if (other)
		return fail(l, file, "plugin '%s' is already loaded from %s",
			    d->name, other->file);
	crier_clear_error();
	if (d->init && d->init())
		return fail(l, file, "init failed: %s", crier_last_error());
	l->plugins = xgrow(l->plugins, &l->alloc, l->n + 1, sizeof(*l->plugins));
	l->plugins[l->n] = xcalloc(1, sizeof(**l->plugins));
	l->plugins[l->n]->desc = d;
	l->plugins[l->n]->handle = handle;
	l->plugins[l->n]->file = xstrdup(file);
	l->n++;
	return 0;
}

int loader_load(struct loader *l, const char *file)
{
	const struct crier_plugin *d;
	struct stat st;
	void *handle;

	if (is_loaded_file(l, file))
		return 0;
	/* Code anyone can rewrite is not run (the directory is checked too). */
	if (!stat(file, &st) && (st.st_mode & S_IWOTH))
		return fail(l, file, "refusing to load a plugin file writable by anyone (chmod o-w %s)",
			    file);
	handle = dlopen(file, RTLD_NOW | RTLD_LOCAL);
	if (!handle)
		return fail(l, file, "cannot load: %s", dlerror());
	d = dlsym(handle, CRIER_PLUGIN_SYMBOL);
	if (!d) {
		dlclose(handle);
		return fail(l, file, "not a crier plugin (it has no '%s' descriptor)",
			    CRIER_PLUGIN_SYMBOL);
	}
	if (check_and_add(l, file, handle, d)) {
		dlclose(handle);
		return -1;
	}
	return 0;
}

static int is_plugin_name(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 3 && !strcmp(name + n - 3, ".so");
}

/*
 * Anyone who can write to a plugin directory can make crier run their
 * code: such a directory is refused, once, with a message.  The sticky
 * bit does not help: in /tmp anyone may still create "lead.so".
 * Returns 1 when dir may be used.
 */
static int safe_dir(struct loader *l, const char *dir)
{
	struct stat st;

	if (stat(dir, &st) || !S_ISDIR(st.st_mode))
		return 0;
	if (!(st.st_mode & S_IWOTH))
		return 1;
	if (!is_loaded_file(l, dir))
		fail(l, dir, "refusing to load plugins from a directory writable by anyone%s (chmod o-w %s)",
		     st.st_mode & S_ISVTX ? ", even with the sticky bit," : "", dir);
	return 0;
}

static void scan_dir(struct loader *l, const char *dir)
{
	struct dirent **names;
	int n = safe_dir(l, dir) ? scandir(dir, &names, NULL, alphasort) : -1;

	for (int i = 0; i < n; i++) {
		if (is_plugin_name(names[i]->d_name)) {
			struct crier_strbuf file = CRIER_STRBUF_INIT;

			crier_strbuf_addf(&file, "%s/%s", dir, names[i]->d_name);
			loader_load(l, file.buf);
			crier_strbuf_release(&file);
		}
		free(names[i]);
	}
	free(n > 0 ? names : NULL);
}

void loader_scan(struct loader *l)
{
	if (l->scanned)
		return;
	for (size_t i = 0; i < l->n_dirs; i++)
		scan_dir(l, l->dirs[i]);
	l->scanned = 1;
}

static int exists(const char *path)
{
	struct stat st;

	return !stat(path, &st);
}

static void load_by_file_name(struct loader *l, const char *name)
{
	for (size_t i = 0; i < l->n_dirs && !find_loaded(l, name); i++) {
		struct crier_strbuf file = CRIER_STRBUF_INIT;

		crier_strbuf_addf(&file, "%s/%s.so", l->dirs[i], name);
		if (exists(file.buf) && safe_dir(l, l->dirs[i]))
			loader_load(l, file.buf);
		crier_strbuf_release(&file);
	}
}

static int not_found(const struct loader *l, const char *name,
		     enum crier_plugin_kind kind)
{
	struct crier_strbuf have = CRIER_STRBUF_INIT;
	const char **names = xcalloc(l->n + 1, sizeof(*names)), *near;

	for (size_t i = 0; i < l->n; i++) {
		if (l->plugins[i]->desc->kind != kind)
			continue;
		names[i] = l->plugins[i]->desc->name;
		crier_strbuf_addf(&have, "%s%s", have.len ? ", " : "", names[i]);
	}
	near = crier_suggest(name, names, l->n);
	crier_error("no %s plugin named '%s' (%s%s%sfound: %s)",
		    plugin_kind_name(kind), name, near ? "did you mean '" : "",
		    near ? near : "", near ? "'? " : "",
		    have.len ? have.buf : "none");
	free(names);
	crier_strbuf_release(&have);
	return -1;
}

const struct plugin *loader_find(struct loader *l, const char *name,
				 enum crier_plugin_kind kind)
{
	const struct plugin *p;

	load_by_file_name(l, name);
	p = find_loaded(l, name);
	if (!p) {
		loader_scan(l);
		p = find_loaded(l, name);
	}
	if (p && p->desc->kind == kind)
		return p;
	if (p) {
		crier_error("plugin '%s' is a %s plugin, not a %s plugin", name,
			    plugin_kind_name(p->desc->kind), plugin_kind_name(kind));
		return NULL;
	}
	not_found(l, name, kind);
	return NULL;
}

void loader_release(struct loader *l)
{
	for (size_t i = 0; i < l->n; i++) {
		/* Keep the code mapped: atexit handlers may still point into it. */
		free(l->plugins[i]->file);
		free(l->plugins[i]);
	}
	for (size_t i = 0; i < l->n_failures; i++) {
		free(l->failures[i].file);
		free(l->failures[i].why);
	}
	for (size_t i = 0; i < l->n_dirs; i++)
		free(l->dirs[i]);
	free(l->dirs);
	free(l->plugins);
	free(l->failures);
	memset(l, 0, sizeof(*l));
}
