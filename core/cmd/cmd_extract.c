/*
 * cmd_extract.c - "crier extract": the article text of one web page (a
 * URL, a file or stdin), as plain text with paragraphs separated by blank
 * lines, without the headline (--title prints it first).  Benchmarks run
 * it once per page, so it loads neither the config nor any plugin.
 * Exits 4 when the page cannot be read or is not HTML: a feed (which
 * "crier feed" reads) or text without a single HTML tag.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include <crier/extract.h>
#include <crier/http.h>

#include "commands.h"
#include "libcrier.h"
#include "feed/feed.h"

enum { OPT_URL, OPT_TITLE };

static const struct cli_option extract_options[] = {
	[OPT_URL] = { "url", 'u', "URL",
		      "the page's address (when reading a file)" },
	[OPT_TITLE] = { "title", 't', NULL, "print the headline first" },
	{ NULL, 0, NULL, NULL }
};

static int is_url(const char *s)
{
	return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8);
}

/* 1 when text has a tag ("<p", "</div") of an HTML element. */
static int has_html_tag(const char *text, size_t len)
{
	for (const char *p = memchr(text, '<', len); p;
	     p = memchr(p + 1, '<', len - (size_t)(p + 1 - text))) {
		const char *s = p + 1 + (p + 1 < text + len && p[1] == '/');
		char name[16];
		size_t n = 0;

		while (s + n < text + len && n < sizeof(name) - 1 &&
		       isalnum((unsigned char)s[n])) {
			name[n] = s[n];
			n++;
		}
		name[n] = '\0';
		if ((n && htmlTagLookup((const xmlChar *)name)) ||
		    (s + 1 < text + len && s[0] == '!' &&
		     (s[1] == '-' || tolower((unsigned char)s[1]) == 'd')))
			return 1;
	}
	return 0;
}

/*
 * 1 when text is a feed: only what starts like XML or JSON is given to
 * the feed parser (a page that starts "<!DOCTYPE" or "<html" is not).
 */
static int is_feed(const char *text, size_t len, const char *url,
		   const char *charset)
{
	struct feed feed = { 0 };
	size_t i = len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3) ? 3 : 0;
	int yes;

	while (i < len && isspace((unsigned char)text[i]))
		i++;
	if (i == len || (text[i] != '{' && strncmp(text + i, "<?xml", 5) &&
			 strncmp(text + i, "<rss", 4) && strncmp(text + i, "<feed", 5) &&
			 strncmp(text + i, "<rdf:RDF", 8)))
		return 0;
	yes = !feed_parse(text, len, url, charset, &feed);
	feed_release(&feed);
	crier_clear_error();
	return yes;
}

/*
 * Extracts len bytes of text, or fails (crier_error) when they are not a
 * web page: a feed, or text with no HTML in it (binary data is left to
 * crier_extract(), which says so).  name is what to call it.
 */
static struct crier_page *extract_page(const char *text, size_t len,
				       const char *name, const char *url,
				       const char *charset)
{
	if (is_feed(text, len, url, charset)) {
		crier_error("%s: a feed, not a web page (try 'crier feed')", name);
		return NULL;
	}
	if (!memchr(text, '\0', len) && !has_html_tag(text, len)) {
		crier_error("%s: not HTML (no tag of a web page in it)", name);
		return NULL;
	}
	return crier_extract(text, len, url, charset);
}

/* Fetches url (nothing cached) and extracts it. */
static struct crier_page *extract_url(const char *url)
{
	struct crier_http_options opt = { 0 };
	struct crier_http_response r;
	struct crier_page *page;

	opt.max_body = CRIER_EXTRACT_MAX_BYTES;
	opt.flags = CRIER_HTTP_NO_CACHE;
	if (crier_http_get(url, &opt, &r))
		return NULL;
	page = extract_page(r.body.buf, r.body.len, url, r.effective_url,
			    r.charset);
	crier_http_response_release(&r);
	return page;
}

/* Reads and extracts a file ("-": stdin); url may be NULL. */
static struct crier_page *extract_file(const char *name, const char *url)
{
	struct crier_strbuf html = CRIER_STRBUF_INIT;
	struct crier_page *page = NULL;

	if (crier_strbuf_read_file(&html, name, CRIER_EXTRACT_MAX_BYTES) == 0)
		page = extract_page(html.buf, html.len, name, url ? url : name,
				    NULL);
	crier_strbuf_release(&html);
	return page;
}

static int print_page(const struct crier_page *page, int title)
{
	const char *body = crier_page_get(page, CRIER_PAGE_BODY);
	const char *head = crier_page_get(page, CRIER_PAGE_TITLE);

	if (title && *head)
		printf("%s\n%s", head, *body ? "\n" : "");
	if (*body)
		printf("%s\n", body);
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "crier: extract: stdout: %s\n",
			strerror(errno));
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static int extract_run(struct cli *cli)
{
	struct crier_page *page;
	const char *name = cli->n_args ? cli->args[0] : "-";
	int status;

	if (cli->n_args > 1) {
		fprintf(stderr, "crier: extract: one page at a time\n");
		return EXIT_USAGE;
	}
	page = is_url(name) ? extract_url(name) :
	       extract_file(name, cli->value[OPT_URL]);
	if (!page) {
		report_error();
		return EXIT_NOTHING;
	}
	status = print_page(page, cli->value[OPT_TITLE] != NULL);
	crier_page_free(page);
	return status;
}

const struct command cmd_extract = {
	.name = "extract",
	.usage = "[--url URL] [--title] [FILE|-]",
	.summary = "print the article text of one web page",
	.options = extract_options,
	.run = extract_run,
};
