/*
 * cmd_opml.c - "crier import-opml FILE" and "crier export-opml".
 *
 * import-opml reads an OPML document or a newsboat urls file (opml.h) and
 * appends a feed source per new URL to the user's config: the file named
 * by --config, else $XDG_CONFIG_HOME/crier/crier.conf (created if need
 * be; never the system or demo config).  The edit is textual, so comments
 * and layout survive (config_edit.h); the new text goes to a temporary
 * file in the same directory that is read back and renamed over the old.
 *
 * export-opml prints the configured feed sources as OPML 2.0.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "commands.h"
#include "config/config_edit.h"
#include "libcrier.h"
#include "config/opml.h"
#include "config/paths.h"
#include "base/xalloc.h"

/* The most a feed list may weigh. */
#define OPML_MAX_BYTES (32u * 1024 * 1024)

/*
 * The config to edit, into out: --config, else the user's.  A symbolic
 * link is followed so that the file it points to is edited.
 */
static void target_config(const struct cli *cli, struct crier_strbuf *out)
{
	char real[PATH_MAX];

	if (cli->config)
		crier_strbuf_adds(out, cli->config);
	else
		paths_user_config(out);
	if (realpath(out->buf, real)) {
		crier_strbuf_reset(out);
		crier_strbuf_adds(out, real);
	}
}

/* The current config and what the import needs from it. */
struct import {
	const char *file;		/* the config file */
	struct crier_strbuf text;	/* its text ("" when new) */
	struct config c;		/* its settings (when it exists) */
	int exists;
	int loaded;			/* c needs config_release() */
	mode_t mode;			/* its permissions, or the new file's */
	struct crier_strbuf *entries;	/* the groups to add */
	const char **texts;		/* their texts, for config_edit */
	const struct opml_feed **feeds;	/* their feeds */
	size_t n, alloc;
};

static void import_release(struct import *im)
{
	for (size_t i = 0; i < im->n; i++)
		crier_strbuf_release(&im->entries[i]);
	free(im->entries);
	free(im->texts);
	free(im->feeds);
	crier_strbuf_release(&im->text);
	if (im->loaded)
		config_release(&im->c);
}

/* Reads the config to be edited; a missing one is empty. */
static int import_load(struct import *im)
{
	struct stat st;
	mode_t mask = umask(0);

	umask(mask);
	im->mode = 0666 & ~mask;
	if (stat(im->file, &st)) {
		if (errno != ENOENT)
			return crier_error("%s: %s", im->file, strerror(errno));
		return 0;
	}
	if (!S_ISREG(st.st_mode))
		return crier_error("%s: not a regular file", im->file);
	im->exists = 1;
	im->mode = st.st_mode & 07777;
	if (crier_strbuf_read_file(&im->text, im->file, OPML_MAX_BYTES))
		return -1;
	im->loaded = 1;
	return config_load(&im->c, im->file);
}

/* A feed's url as an address that means the same from anywhere. */
static char *absolute_url(const struct config *c, const char *url)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	char dir[PATH_MAX];
	char *path;

	if (strstr(url, "://"))
		return xstrdup(url);
	path = crier_path_expand(url, realpath(c->dir, dir) ? dir : c->dir);
	crier_strbuf_addf(&sb, "file://%s", path);
	free(path);
	return crier_strbuf_detach(&sb);
}

/*
 * The name of the source that reads url, or NULL.  A local file matches
 * its file:// URL, as export-opml writes it.
 */
static const char *configured(const struct config *c, const char *url)
{
	for (size_t i = 0; i < c->n_sources; i++) {
		const config_setting_t *g = c->sources[i].group;
		const char *u = NULL;
		char *abs;
		int same;

		if (strcmp(c->sources[i].plugin, "feed") ||
		    !config_setting_lookup_string(g, "url", &u))
			continue;
		abs = absolute_url(c, u);
		same = !strcmp(u, url) || !strcmp(abs, url);
		free(abs);
		if (same)
			return c->sources[i].name;
	}
	return NULL;
}

/* The index of an earlier feed of list with the same URL, or -1. */
static long listed_before(const struct opml_list *list, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (!strcmp(list->feeds[j].url, list->feeds[i].url))
			return (long)j;
	return -1;
}

static void print_skipped(const struct opml_feed *f, const char *name)
{
	printf("skipped '%s' <%s>: ", f->title, f->url);
	if (name)
		printf("already configured as '%s'\n", name);
	else
		printf("listed twice\n");
}

/* Chooses the feeds to add and prints the ones skipped. */
static void import_choose(struct import *im, const struct opml_list *list,
			  int quiet)
{
	size_t alloc = 0;

	for (size_t i = 0; i < list->n; i++) {
		const struct opml_feed *f = &list->feeds[i];
		const char *name = NULL;

		if (im->loaded)
			name = configured(&im->c, f->url);
		if (name || listed_before(list, i) >= 0) {
			if (!quiet)
				print_skipped(f, name);
			continue;
		}
		im->entries = xgrow(im->entries, &im->alloc, im->n + 1,
				    sizeof(*im->entries));
		crier_strbuf_init(&im->entries[im->n]);
		im->feeds = xgrow(im->feeds, &alloc, im->n + 1,
				  sizeof(*im->feeds));
		im->feeds[im->n] = f;
		config_edit_source(&im->entries[im->n++], f->title, "feed",
				   f->url);
	}
	im->texts = xcalloc(im->n + 1, sizeof(*im->texts));
	for (size_t i = 0; i < im->n; i++)
		im->texts[i] = im->entries[i].buf;
}

/* Reads path back with libconfig; -1 with the error when it fails. */
static int read_back(const char *path, const char *file)
{
	config_t cfg;
	int ret = 0;

	config_init(&cfg);
	if (!config_read_file(&cfg, path))
		ret = crier_error("%s: the new config does not read back (line "
				  "%d: %s); left unchanged", file,
				  config_error_line(&cfg),
				  config_error_text(&cfg));
	config_destroy(&cfg);
	return ret;
}

/* Replaces im->file by text: a temporary file renamed over it. */
static int write_config(const struct import *im,
			const struct crier_strbuf *text)
{
	struct crier_strbuf tmp = CRIER_STRBUF_INIT;
	int fd = -1, ret = -1;

	if (!im->exists && paths_make_parents(im->file))
		goto out;
	crier_strbuf_addf(&tmp, "%s.XXXXXX", im->file);
	fd = mkstemp(tmp.buf);
	if (fd < 0) {
		crier_error("%s: %s", tmp.buf, strerror(errno));
		crier_strbuf_release(&tmp);
		return -1;
	}
	if (crier_write_all(fd, text->buf, text->len) || fchmod(fd, im->mode) ||
	    fsync(fd)) {
		crier_error("%s: %s", tmp.buf, strerror(errno));
		goto out;
	}
	if (close(fd)) {
		fd = -1;
		crier_error("%s: %s", tmp.buf, strerror(errno));
		goto out;
	}
	fd = -1;
	if (read_back(tmp.buf, im->file))
		goto out;
	if (rename(tmp.buf, im->file)) {
		crier_error("%s: %s", im->file, strerror(errno));
		goto out;
	}
	ret = 0;
out:
	if (fd >= 0)
		close(fd);
	if (ret && tmp.len)
		unlink(tmp.buf);
	crier_strbuf_release(&tmp);
	return ret;
}

/* Adds the chosen feeds to the config (or only shows the result). */
static int import_write(struct import *im, const struct cli *cli)
{
	struct crier_strbuf edited = CRIER_STRBUF_INIT;
	int ret = -1;

	/* @include is resolved as config_load() does: no include_dir */
	if (config_edit_add_sources(im->text.buf, im->text.len, im->file,
				    NULL, im->texts, im->n, &edited))
		goto out;
	if (cli->dry_run) {
		printf("--- %s would become:\n%s", im->file, edited.buf);
		ret = 0;
		goto out;
	}
	if (write_config(im, &edited))
		goto out;
	for (size_t i = 0; i < im->n && !cli->quiet; i++)
		printf("added '%s' <%s>\n", im->feeds[i]->title,
		       im->feeds[i]->url);
	if (!cli->quiet)
		printf("%zu feed%s added to %s\n", im->n,
		       im->n == 1 ? "" : "s", im->file);
	ret = 0;
out:
	crier_strbuf_release(&edited);
	return ret;
}

static int import_opml_run(struct cli *cli)
{
	struct crier_strbuf input = CRIER_STRBUF_INIT;
	struct crier_strbuf file = CRIER_STRBUF_INIT;
	struct opml_list list = { NULL, 0, 0 };
	struct import im;
	const char *name;
	int status = EXIT_USAGE;

	memset(&im, 0, sizeof(im));
	if (cli->n_args != 1) {
		fprintf(stderr, "crier: import-opml: give one FILE (or - for "
			"standard input)\n");
		return EXIT_USAGE;
	}
	name = strcmp(cli->args[0], "-") ? cli->args[0] : "(stdin)";
	target_config(cli, &file);
	im.file = file.buf;
	if (crier_strbuf_read_file(&input, cli->args[0], OPML_MAX_BYTES) ||
	    opml_read(input.buf, input.len, name, &list) || import_load(&im))
		goto out;
	import_choose(&im, &list, cli->quiet);
	if (!im.n) {
		if (!cli->quiet)
			printf("nothing to add: %s already has every feed\n",
			       im.file);
		status = EXIT_OK;
		goto out;
	}
	if (!import_write(&im, cli))
		status = EXIT_OK;
out:
	if (status != EXIT_OK)
		report_error();
	import_release(&im);
	opml_list_release(&list);
	crier_strbuf_release(&input);
	crier_strbuf_release(&file);
	return status;
}

const struct command cmd_import_opml = {
	.name = "import-opml",
	.usage = "FILE",
	.summary = "add the feeds of an OPML or newsboat urls file to the "
		   "config",
	.run = import_opml_run,
};

/* The feed sources of c, in order; notes the others on stderr. */
static void collect_feeds(const struct config *c, struct opml_list *list,
			  int quiet)
{
	for (size_t i = 0; i < c->n_sources; i++) {
		const struct source_config *sc = &c->sources[i];
		const char *url = NULL;

		if (strcmp(sc->plugin, "feed") ||
		    !config_setting_lookup_string(sc->group, "url", &url)) {
			if (!quiet)
				fprintf(stderr, "crier: export-opml: source "
					"'%s' (plugin %s) is not a feed; "
					"left out\n", sc->name, sc->plugin);
			continue;
		}
		list->feeds = xgrow(list->feeds, &list->alloc, list->n + 1,
				    sizeof(*list->feeds));
		list->feeds[list->n].title = xstrdup(sc->name);
		list->feeds[list->n++].url = absolute_url(c, url);
	}
}

static int export_opml_run(struct cli *cli)
{
	struct opml_list list = { NULL, 0, 0 };
	struct config c;
	int status = EXIT_OK;

	if (cli->n_args) {
		fprintf(stderr, "crier: export-opml: no operands expected\n");
		return EXIT_USAGE;
	}
	if (load_config(cli, NULL, &c)) {
		config_release(&c);
		return EXIT_USAGE;
	}
	collect_feeds(&c, &list, cli->quiet);
	if (opml_write(stdout, "crier feeds", list.feeds, list.n)) {
		report_error();
		status = EXIT_USAGE;
	}
	opml_list_release(&list);
	config_release(&c);
	return status;
}

const struct command cmd_export_opml = {
	.name = "export-opml",
	.usage = "",
	.summary = "print the configured feed sources as OPML",
	.run = export_opml_run,
};
