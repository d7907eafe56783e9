/*
 * plugin.c - the feed source: the items of one RSS, Atom or JSON feed.
 *
 * Settings: url (an http(s) URL, or a local file: a path or file://),
 * max_items (default 10), max_age (hours; older items are skipped, items
 * without a date are kept; 0, the default, keeps all), full_text (fetch
 * each item's link and use the page's article text, found by
 * crier_extract(), when it is longer than the feed's own).
 *
 * fetch() gets the document with fetch_document() (the only place that
 * knows where bytes come from: a file, or crier_http_get() with its
 * timeouts, size cap and conditional GET), parses it with feed_parse()
 * and turns each item into an article.  A url that is a web site's page
 * rather than its feed is read through the feed the page names
 * (<link rel="alternate" type="application/rss+xml" href="...">).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <crier/extract.h>
#include <crier/http.h>
#include <crier/plugin.h>
#include "feed/feed.h"

/* The most a feed document may weigh. */
#define FEED_MAX_BYTES (10L * 1024 * 1024)
/* The bounds of max_items and of max_age (hours: about a century). */
#define MAX_ITEMS 100000L
#define MAX_AGE (1000000L)

struct feed_source {
	const char *url;	/* as configured; owned by crier */
	const char *path;	/* the local file, or NULL for a URL */
	long max_items;
	long max_age;		/* hours; 0: no limit */
	int full_text;		/* fetch each item's page for its whole text */
};

static int is_remote(const char *url)
{
	return !strncmp(url, "http://", 7) || !strncmp(url, "https://", 8);
}

static int feed_open(const struct crier_settings *settings, void **state)
{
	struct feed_source *fs;
	const char *url = crier_settings_string(settings, "url", NULL);

	if (!url || !*url)
		return crier_error("%s: 'url' is required",
				   crier_settings_where(settings, NULL));
	fs = calloc(1, sizeof(*fs));
	if (!fs)
		return crier_error("out of memory");
	fs->url = url;
	if (!strncmp(url, "file://", 7))
		fs->path = url + 7;
	else if (!is_remote(url))
		fs->path = crier_settings_path(settings, "url", NULL);
	fs->full_text = crier_settings_bool(settings, "full_text", 0);
	if (fs->path && access(fs->path, F_OK)) {
		crier_error("%s: %s: %s", crier_settings_where(settings, "url"),
			    fs->path, strerror(errno));
		free(fs);
		return -1;
	}
	if (crier_settings_int_range(settings, "max_items", 10, 0, MAX_ITEMS,
				     &fs->max_items) ||
	    crier_settings_int_range(settings, "max_age", 0, 0, MAX_AGE,
				     &fs->max_age)) {
		free(fs);
		return -1;
	}
	*state = fs;
	return 0;
}

static void feed_close(void *state)
{
	free(state);
}

/* A fetched feed document and what the server said about it. */
struct feed_document {
	struct crier_strbuf body;
	char *charset;		/* the HTTP charset parameter, or NULL */
	char *base;		/* the URL after redirects, or NULL (file) */
};

static void document_release(struct feed_document *doc)
{
	crier_strbuf_release(&doc->body);
	free(doc->charset);
	free(doc->base);
}

static char *dup_or_null(const char *s)
{
	char *copy = s ? strdup(s) : NULL;

	if (s && !copy)
		abort();
	return copy;
}

/*
 * Gets the feed document into *doc (initialized by the caller).  Errors
 * from crier_http_get() already start with the URL.
 */
static int fetch_document(const struct feed_source *fs,
			  struct feed_document *doc)
{
	struct crier_http_response r;

	if (fs->path)
		return crier_strbuf_read_file(&doc->body, fs->path, FEED_MAX_BYTES);
	if (crier_http_get(fs->url, NULL, &r) < 0)
		return -1;
	doc->body = r.body;
	crier_strbuf_init(&r.body);
	doc->charset = dup_or_null(r.charset);
	doc->base = dup_or_null(r.effective_url);
	crier_http_response_release(&r);
	return 0;
}

/*
 * With full_text: the article text of the item's page, when it is longer
 * than what the feed carries.  A page that cannot be read is a warning;
 * the feed's text is spoken then.
 */
static void add_full_text(struct crier_article *a, const char *link,
			  const char *feed_text)
{
	struct crier_http_response r;
	struct crier_page *page = NULL;
	const char *body;

	if (!link || !is_remote(link))
		return;
	if (crier_http_get(link, NULL, &r) < 0) {
		crier_warn("full text: %s", crier_last_error());
		return;
	}
	page = crier_extract(r.body.buf, r.body.len, r.effective_url, r.charset);
	if (!page)
		crier_warn("full text: %s: %s", link, crier_last_error());
	body = page ? crier_page_get(page, CRIER_PAGE_BODY) : "";
	if (strlen(body) > strlen(feed_text ? feed_text : ""))
		crier_article_sets(a, CRIER_FIELD_BODY, body);
	crier_page_free(page);
	crier_http_response_release(&r);
}

static void add_article(const struct feed_source *fs, struct crier_source *src,
			const struct feed_item *it)
{
	struct crier_article *a = crier_source_add(src);
	const char *body = it->content && *it->content ? it->content
						       : it->summary;

	crier_article_sets(a, CRIER_FIELD_ID, it->id ? it->id : it->link);
	crier_article_sets(a, CRIER_FIELD_TITLE, it->title);
	crier_article_sets(a, CRIER_FIELD_LINK, it->link);
	crier_article_sets(a, CRIER_FIELD_AUTHOR, it->author);
	crier_article_sets(a, CRIER_FIELD_LANGUAGE, it->language);
	crier_article_sets(a, CRIER_FIELD_BODY, body);
	crier_article_sets(a, CRIER_FIELD_SUMMARY, it->summary);
	if (it->published != CRIER_TIME_UNKNOWN)
		crier_article_set_published(a, it->published);
	if (fs->full_text)
		add_full_text(a, it->link, body);
}

/*
 * When the web page *page (not a feed) names a feed, gets and parses that
 * into *f.  Returns 0, 1 when the page names none (its parse error
 * stands), or -1 with crier_error().
 */
static int discovered_feed(const struct feed_source *fs,
			   const struct feed_document *page, struct feed *f)
{
	struct feed_document doc = { CRIER_STRBUF_INIT, NULL, NULL };
	struct feed_source found = *fs;
	char *href = page->base ? feed_discover(page->body.buf, page->body.len,
						page->base) : NULL;
	int ret = 1;

	if (!href || !is_remote(href) || !strcmp(href, page->base))
		goto out;
	found.url = href;
	found.path = NULL;
	/* crier_http_get()'s errors start with href; feed_parse()'s do not. */
	ret = fetch_document(&found, &doc);
	if (ret) {
		ret = crier_error("%s: a web page; %s", fs->url, crier_last_error());
		goto out;
	}
	feed_release(f);
	ret = feed_parse(doc.body.buf, doc.body.len, doc.base, doc.charset, f);
	if (ret)
		ret = crier_error("%s: a web page; the feed it names, %s: %s",
				  fs->url, href, crier_last_error());
out:
	free(href);
	document_release(&doc);
	return ret;
}

static int too_old(const struct feed_source *fs, const struct feed_item *it,
		   int64_t now)
{
	return fs->max_age && it->published != CRIER_TIME_UNKNOWN &&
	       now - it->published > (int64_t)fs->max_age * 3600;
}

static int feed_fetch(void *state, struct crier_source *src)
{
	const struct feed_source *fs = state;
	struct feed_document doc = { CRIER_STRBUF_INIT, NULL, NULL };
	int64_t now = (int64_t)time(NULL);
	struct feed f = { 0 };
	long added = 0;
	int ret;

	ret = fetch_document(fs, &doc);
	if (ret < 0)
		goto out;
	ret = feed_parse(doc.body.buf, doc.body.len, doc.base, doc.charset, &f);
	if (ret < 0) {
		char why[512];

		snprintf(why, sizeof(why), "%s", crier_last_error());
		ret = discovered_feed(fs, &doc, &f);
		if (ret > 0)
			ret = crier_error("%s: %s", fs->url, why);
		if (ret < 0)
			goto out;
	}
	if (!f.n)
		crier_warn("%s: the feed has no items", fs->url);
	for (size_t i = 0; i < f.n && added < fs->max_items; i++) {
		if (too_old(fs, &f.items[i], now))
			continue;
		add_article(fs, src, &f.items[i]);
		added++;
	}
out:
	feed_release(&f);
	document_release(&doc);
	return ret;
}

static const struct crier_source_ops feed_ops = {
	.open = feed_open,
	.fetch = feed_fetch,
	.close = feed_close,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "feed",
	.description = "the items of an RSS, Atom or JSON feed",
	.version = "1.0",
	.kind = CRIER_PLUGIN_SOURCE,
	.source = &feed_ops,
};
