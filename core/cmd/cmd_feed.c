/*
 * cmd_feed.c - "crier feed": fetch (crier_http_get()) or read one feed,
 * parse it and print what crier reads from it, as a listing or (--json)
 * as
 *
 *	{"title": string|null, "items": [{"title", "link", "id",
 *	 "published", "author", "summary", "content"}]}
 *
 * with "published" in ISO 8601 UTC and null for whatever is missing.  It
 * links libcrier's feed parser (core/lib/feed/feed.h) directly and loads
 * neither the config nor any plugin, so benchmarks can run it per feed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <crier/http.h>

#include "feed/feed.h"
#include "text/date.h"
#include "commands.h"

/* The most a feed document may weigh, as in the feed plugin. */
#define FEED_CMD_MAX_BYTES (10L * 1024 * 1024)

enum { OPT_JSON, OPT_URL };

static const struct cli_option feed_options[] = {
	[OPT_JSON] = { "json", 'j', NULL, "print JSON instead of a listing" },
	[OPT_URL] = { "url", 'u', "URL",
		      "the address a FILE came from, for relative links" },
	{ NULL, 0, NULL, NULL }
};

/* The length of text cut to at most max bytes, on a character boundary. */
static size_t excerpt(const char *text, size_t max)
{
	size_t len = strlen(text);

	if (len <= max)
		return len;
	while (max && (text[max] & 0xc0) == 0x80)
		max--;
	return max;
}

static void print_item(const struct feed_item *it, size_t i)
{
	struct crier_strbuf date = CRIER_STRBUF_INIT;
	const char *text = it->summary && *it->summary ? it->summary
						       : it->content;

	if (it->published != CRIER_TIME_UNKNOWN)
		crier_format_date(it->published, &date);
	printf("\n%zu. %s\n", i + 1, it->title ? it->title : "(no title)");
	if (it->link)
		printf("   %s\n", it->link);
	if (date.len || it->author)
		printf("   %s%s%s\n", date.len ? date.buf : "",
		       date.len && it->author ? ", " : "",
		       it->author ? it->author : "");
	if (text && *text)
		printf("   %.*s%s\n", (int)excerpt(text, 200), text,
		       strlen(text) > 200 ? "..." : "");
	crier_strbuf_release(&date);
}

static void print_listing(const struct feed *f)
{
	printf("%s (%s, %zu item%s)\n", f->title ? f->title : "(no title)",
	       f->format, f->n, f->n == 1 ? "" : "s");
	for (size_t i = 0; i < f->n; i++)
		print_item(&f->items[i], i);
}

static int is_url(const char *s)
{
	return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8);
}

/* When the document is a web page that names its feed, says which. */
static void hint_feed(const struct crier_strbuf *page, const char *url)
{
	char *href = feed_discover(page->buf, page->len, url);

	if (href)
		fprintf(stderr, "crier: the page names its feed: crier feed %s\n",
			href);
	free(href);
}

static int feed_run(struct cli *cli)
{
	struct crier_strbuf doc = CRIER_STRBUF_INIT, out = CRIER_STRBUF_INIT;
	const char *name = cli->n_args ? cli->args[0] : "-";
	struct crier_http_response http = { 0 };
	struct crier_strbuf *body = &doc;
	const char *url = cli->value[OPT_URL], *charset = NULL;
	struct feed f = { 0 };
	int status = EXIT_USAGE;

	if (cli->n_args > 1) {
		fprintf(stderr, "crier: feed: one feed at a time\n");
		return EXIT_USAGE;
	}
	if (is_url(name)) {
		status = EXIT_NOTHING;
		if (crier_http_get(name, NULL, &http)) {
			report_error();
			goto out;
		}
		body = &http.body;
		url = http.effective_url;
		charset = http.charset;
	} else if (crier_strbuf_read_file(&doc, name, FEED_CMD_MAX_BYTES)) {
		report_error();
		goto out;
	}
	status = EXIT_NOTHING;
	if (feed_parse(body->buf, body->len, url, charset, &f)) {
		fprintf(stderr, "crier: %s: %s\n", name, crier_last_error());
		hint_feed(body, url);
		goto out;
	}
	if (cli->value[OPT_JSON]) {
		feed_to_json(&f, &out);
		printf("%s\n", out.buf);
	} else {
		print_listing(&f);
	}
	status = EXIT_OK;
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "crier: feed: stdout: %s\n", strerror(errno));
		status = EXIT_USAGE;
	}
out:
	feed_release(&f);
	crier_http_response_release(&http);
	crier_strbuf_release(&out);
	crier_strbuf_release(&doc);
	return status;
}

const struct command cmd_feed = {
	.name = "feed",
	.usage = "[--json] [--url URL] FILE|URL|-",
	.summary = "print the items of one RSS, Atom or JSON feed",
	.options = feed_options,
	.run = feed_run,
};
