/*
 * cmd_extract.c - "crier extract": the article text of one web page, as
 * plain text with paragraphs separated by blank lines, without the
 * headline (--title prints it first).  Benchmarks run it once per page,
 * so it loads neither the config nor any plugin.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <crier/extract.h>

#include "commands.h"

enum { OPT_URL, OPT_TITLE };

static const struct cli_option extract_options[] = {
	[OPT_URL] = { "url", 'u', "URL", "the page's address (when reading a file)" },
	[OPT_TITLE] = { "title", 't', NULL, "print the headline first" },
	{ NULL, 0, NULL, NULL }
};

/* Reads name ("-": stdin) into out, at most one byte over the limit. */
static int read_page(const char *name, struct crier_strbuf *out)
{
	char chunk[65536];
	FILE *fp = strcmp(name, "-") ? fopen(name, "rb") : stdin;
	size_t n;
	int ret = 0;

	if (!fp)
		return crier_error("%s: %s", name, strerror(errno));
	while (out->len <= CRIER_EXTRACT_MAX_BYTES &&
	       (n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		crier_strbuf_add(out, chunk, n);
	if (ferror(fp))
		ret = crier_error("%s: %s", name, strerror(errno));
	if (fp != stdin)
		fclose(fp);
	return ret;
}

static int is_url(const char *s)
{
	return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8);
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
		fprintf(stderr, "crier: extract: stdout: %s\n", strerror(errno));
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static int extract_run(struct cli *cli)
{
	struct crier_strbuf html = CRIER_STRBUF_INIT;
	struct crier_page *page = NULL;
	const char *name = cli->n_args ? cli->args[0] : "-";
	const char *url = cli->value[OPT_URL];
	int status = EXIT_USAGE;

	if (cli->n_args > 1) {
		fprintf(stderr, "crier: extract: one page at a time\n");
		return EXIT_USAGE;
	}
	if (is_url(name)) {
		fprintf(stderr, "crier: extract: %s: fetching pages is not "
			"available yet; save the page and give the file\n", name);
		return EXIT_USAGE;
	}
	if (read_page(name, &html)) {
		report_error();
		goto out;
	}
	page = crier_extract(html.buf, html.len, url ? url : name, NULL);
	if (!page) {
		report_error();
		goto out;
	}
	status = print_page(page, cli->value[OPT_TITLE] != NULL);
out:
	crier_page_free(page);
	crier_strbuf_release(&html);
	return status;
}

const struct command cmd_extract = {
	.name = "extract",
	.usage = "[--url URL] [--title] [FILE|-]",
	.summary = "print the article text of one web page",
	.options = extract_options,
	.run = extract_run,
};
