/*
 * cmd_extract.c - "crier extract": the article text of one web page (a
 * URL, a file or stdin), as plain text with paragraphs separated by blank
 * lines, without the headline (--title prints it first).  Benchmarks run
 * it once per page, so it loads neither the config nor any plugin.
 * Exits 4 when the page cannot be read or is not HTML.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <crier/extract.h>
#include <crier/http.h>

#include "commands.h"

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
	page = crier_extract(r.body.buf, r.body.len, r.effective_url,
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
		page = crier_extract(html.buf, html.len, url ? url : name,
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
