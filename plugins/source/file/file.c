/*
 * file.c - the file source: local text files, one article each.
 *
 * Settings: path (a file, or a directory whose *.txt and *.md files are
 * read in name order), max_items (default 20), max_size (bytes, default
 * 1 MiB: larger files are skipped with a warning), language (BCP 47).
 * The first non-empty line of a file is its headline (a leading "# " is
 * dropped); the rest, cleaned of page furniture, is the body.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <crier/dir.h>
#include <crier/plugin.h>

struct file_source {
	const char *path;
	const char *language;
	long max_items;
	long max_size;
};

/* The bounds of max_items and max_size (16 MiB, as for a web page). */
#define MAX_ITEMS 100000L
#define MAX_SIZE (16L << 20)

static int file_open(const struct crier_settings *settings, void **state)
{
	struct file_source *fs;
	const char *path = crier_settings_path(settings, "path", NULL);
	long max_items, max_size;

	if (!path)
		return crier_error("%s: 'path' is required",
				   crier_settings_where(settings, NULL));
	if (crier_settings_int_range(settings, "max_items", 20, 0, MAX_ITEMS,
				     &max_items) ||
	    crier_settings_int_range(settings, "max_size", 1 << 20, 1, MAX_SIZE,
				     &max_size))
		return -1;
	fs = calloc(1, sizeof(*fs));
	if (!fs)
		return crier_error("out of memory");
	fs->path = path;
	fs->language = crier_settings_string(settings, "language", "");
	fs->max_items = max_items;
	fs->max_size = max_size;
	if (access(path, F_OK)) {
		crier_error("%s: %s: %s", crier_settings_where(settings, "path"),
			    path, strerror(errno));
		free(fs);
		return -1;
	}
	*state = fs;
	return 0;
}

static void file_close(void *state)
{
	free(state);
}

/* Splits text into its headline (first non-empty line) and the rest. */
static void split_headline(const char *text, struct crier_strbuf *title,
			   const char **rest)
{
	const char *p = text;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		crier_collapse_space(p, len, title);
		p += len + (nl != NULL);
		if (title->len)
			break;
	}
	if (title->len > 2 && title->buf[0] == '#' && title->buf[1] == ' ') {
		memmove(title->buf, title->buf + 2, title->len - 1);
		title->len -= 2;
	}
	*rest = p;
}

static int add_article(struct file_source *fs, const char *path,
		       struct crier_source *src)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	struct crier_strbuf title = CRIER_STRBUF_INIT;
	struct crier_strbuf body = CRIER_STRBUF_INIT;
	struct crier_article *a;
	const char *rest;
	int ret = crier_strbuf_read_regular_file(&text, path,
						 (size_t)fs->max_size);

	if (ret)
		goto out;
	if (memchr(text.buf, '\0', text.len)) {
		ret = crier_error("%s: binary file, not text", path);
		goto out;
	}
	split_headline(text.buf, &title, &rest);
	crier_clean_body(rest, strlen(rest), title.buf, &body);
	a = crier_source_add(src);
	crier_article_sets(a, CRIER_FIELD_ID, path);
	crier_article_sets(a, CRIER_FIELD_TITLE, title.buf);
	crier_article_sets(a, CRIER_FIELD_BODY, body.buf);
	crier_article_sets(a, CRIER_FIELD_LANGUAGE, fs->language);
out:
	crier_strbuf_release(&text);
	crier_strbuf_release(&title);
	crier_strbuf_release(&body);
	return ret;
}

/* Adds each article file of dir; bad files are warned about and skipped. */
static int add_directory(struct file_source *fs, struct crier_source *src)
{
	static const char *const suffixes[] = { ".txt", ".md", NULL };
	struct crier_paths files = CRIER_PATHS_INIT;
	long added = 0;

	if (crier_dir_list(fs->path, suffixes, &files))
		return -1;
	for (size_t i = 0; i < files.n && added < fs->max_items; i++) {
		if (add_article(fs, files.v[i], src))
			crier_warn("%s", crier_last_error());
		else
			added++;
	}
	crier_paths_release(&files);
	return 0;
}

static int file_fetch(void *state, struct crier_source *src)
{
	struct file_source *fs = state;
	struct stat st;

	if (stat(fs->path, &st))
		return crier_error("%s: %s", fs->path, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return add_directory(fs, src);
	return add_article(fs, fs->path, src);
}

static const struct crier_source_ops file_ops = {
	.open = file_open,
	.fetch = file_fetch,
	.close = file_close,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "file",
	.description = "local text files, one article each",
	.version = "1.0",
	.kind = CRIER_PLUGIN_SOURCE,
	.source = &file_ops,
};
