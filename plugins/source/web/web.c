/*
 * web.c - the web source: article pages, one article each.
 *
 * Settings: urls (a list of page URLs, fetched with crier_http_get(), or
 * local .html files) or path (a directory whose *.html and *.htm files
 * are read in name order); max_items (default 20); max_size (bytes per
 * page, default 4 MiB);
 * language (BCP 47, used when a page does not say).  Each page goes
 * through crier_extract(): its headline, main text, language, author,
 * date and canonical link become the article.  A page that cannot be read
 * or has no text is warned about and skipped.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <crier/extract.h>
#include <crier/http.h>
#include <crier/dir.h>
#include <crier/plugin.h>

struct web_source {
	const struct crier_settings *settings;
	const char *path;	/* directory of pages, or NULL */
	const char *base;	/* directory that relative urls are in */
	size_t base_len;	/* of which this much (no trailing "/.") */
	size_t n_urls;		/* pages listed in urls */
	const char *language;
	long max_items;
	long max_size;
};

/* The most pages a source may ask for. */
#define MAX_ITEMS 100000L

static int web_open(const struct crier_settings *settings, void **state)
{
	struct web_source *ws;
	size_t n_urls = crier_settings_count(settings, "urls");
	const char *path = crier_settings_path(settings, "path", NULL);
	long max_items, max_size;

	if (!n_urls && !path)
		return crier_error("%s: give 'urls' or 'path'",
				   crier_settings_where(settings, NULL));
	if (n_urls && path)
		return crier_error("%s: give 'urls' or 'path', not both",
				   crier_settings_where(settings, "path"));
	if (crier_settings_int_range(settings, "max_items", 20, 0,
				     MAX_ITEMS, &max_items) ||
	    crier_settings_int_range(settings, "max_size", 4 << 20, 1,
				     (long)CRIER_EXTRACT_MAX_BYTES, &max_size))
		return -1;
	ws = calloc(1, sizeof(*ws));
	if (!ws)
		return crier_error("out of memory");
	ws->settings = settings;
	ws->path = path;
	ws->n_urls = n_urls;
	/* "path" is absent here: this is the config's directory plus "/.". */
	ws->base = n_urls ? crier_settings_path(settings, "path", ".") : ".";
	ws->base_len = strlen(ws->base);
	if (ws->base_len > 2 && !strcmp(ws->base + ws->base_len - 2, "/."))
		ws->base_len -= 2;
	ws->language = crier_settings_string(settings, "language", "");
	ws->max_items = max_items;
	ws->max_size = max_size;
	*state = ws;
	return 0;
}

static void web_close(void *state)
{
	free(state);
}

static int is_url(const char *s)
{
	return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8);
}

/*
 * Gets the page at url (a web address or a file) into sb, and the charset
 * its server sent (or nothing) into charset.
 */
static int fetch_page(const struct web_source *ws, const char *url,
		      struct crier_strbuf *sb, struct crier_strbuf *charset)
{
	struct crier_http_options opt = { 0 };
	struct crier_http_response r;

	if (!is_url(url))
		return crier_strbuf_read_file(sb, url, (size_t)ws->max_size);
	opt.max_body = (size_t)ws->max_size;
	if (crier_http_get(url, &opt, &r))
		return -1;
	crier_strbuf_add(sb, r.body.buf, r.body.len);
	if (r.charset)
		crier_strbuf_adds(charset, r.charset);
	crier_http_response_release(&r);
	return 0;
}

static void fill_article(const struct web_source *ws, const char *where,
			 const struct crier_page *page, struct crier_article *a)
{
	const char *lang = crier_page_get(page, CRIER_PAGE_LANGUAGE);
	const char *link = crier_page_get(page, CRIER_PAGE_URL);

	crier_article_sets(a, CRIER_FIELD_ID, *link ? link : where);
	crier_article_sets(a, CRIER_FIELD_TITLE,
			   crier_page_get(page, CRIER_PAGE_TITLE));
	crier_article_sets(a, CRIER_FIELD_BODY,
			   crier_page_get(page, CRIER_PAGE_BODY));
	if (is_url(link))
		crier_article_sets(a, CRIER_FIELD_LINK, link);
	crier_article_sets(a, CRIER_FIELD_LANGUAGE,
			   *lang ? lang : ws->language);
	crier_article_sets(a, CRIER_FIELD_AUTHOR,
			   crier_page_get(page, CRIER_PAGE_AUTHOR));
	crier_article_set_published(a, crier_page_published(page));
}

/* Reads one page (URL or file) and adds it as an article. */
static int add_page(struct web_source *ws, const char *where,
		    struct crier_source *src)
{
	struct crier_strbuf html = CRIER_STRBUF_INIT;
	struct crier_strbuf charset = CRIER_STRBUF_INIT;
	struct crier_page *page = NULL;
	int ret = fetch_page(ws, where, &html, &charset);

	if (ret)
		goto out;
	page = crier_extract(html.buf, html.len, is_url(where) ? where : NULL,
			     charset.buf);
	if (!page) {
		ret = crier_error("%s: %s", where, crier_last_error());
		goto out;
	}
	if (!*crier_page_get(page, CRIER_PAGE_BODY)) {
		ret = crier_error("%s: no article text found", where);
		goto out;
	}
	fill_article(ws, where, page, crier_source_add(src));
out:
	crier_page_free(page);
	crier_strbuf_release(&html);
	crier_strbuf_release(&charset);
	return ret;
}

/* Adds each page of the directory; bad pages are warned about. */
static int add_directory(struct web_source *ws, struct crier_source *src)
{
	static const char *const suffixes[] = { ".html", ".htm", NULL };
	struct crier_paths pages = CRIER_PATHS_INIT;
	long added = 0;

	if (crier_dir_list(ws->path, suffixes, &pages))
		return -1;
	for (size_t i = 0; i < pages.n && added < ws->max_items; i++) {
		if (add_page(ws, pages.v[i], src))
			crier_warn("%s", crier_last_error());
		else
			added++;
	}
	crier_paths_release(&pages);
	return 0;
}

/* Adds the listed pages; fails only when none of them could be read. */
static int add_list(struct web_source *ws, struct crier_source *src)
{
	long added = 0;
	size_t failed = 0;

	for (size_t i = 0; i < ws->n_urls && added < ws->max_items; i++) {
		const char *item = crier_settings_item(ws->settings, "urls", i);
		char where[4096];

		if (!item)
			continue;
		if (is_url(item) || item[0] == '/')
			snprintf(where, sizeof(where), "%s", item);
		else
			snprintf(where, sizeof(where), "%.*s/%s",
				 (int)ws->base_len, ws->base, item);
		if (!add_page(ws, where, src)) {
			added++;
			continue;
		}
		if (++failed < ws->n_urls)
			crier_warn("%s", crier_last_error());
	}
	return added || !failed ? 0 : -1;
}

static int web_fetch(void *state, struct crier_source *src)
{
	struct web_source *ws = state;
	struct stat st;

	if (!ws->path)
		return add_list(ws, src);
	if (stat(ws->path, &st))
		return crier_error("%s: %s", ws->path, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return add_page(ws, ws->path, src);
	return add_directory(ws, src);
}

static const struct crier_source_ops web_ops = {
	.open = web_open,
	.fetch = web_fetch,
	.close = web_close,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "web",
	.description = "web pages (URLs or .html files), main text extracted",
	.version = "1.0",
	.kind = CRIER_PLUGIN_SOURCE,
	.source = &web_ops,
};
