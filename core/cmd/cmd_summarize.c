/*
 * cmd_summarize.c - "crier summarize": one article's summary, one sentence
 * per line.  The text is cleaned of page furniture by summarizer_run(),
 * as in a briefing.  Benchmarks run it once per article, so it loads only the
 * summarizer it needs.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "host/summarizer.h"

enum { OPT_PLUGIN, OPT_SENTENCES, OPT_WORDS, OPT_TITLE, OPT_LANG };

static const struct cli_option summarize_options[] = {
	[OPT_PLUGIN] = { "plugin", 'p', "NAME", "the summarizer plugin (default: the config's)" },
	[OPT_SENTENCES] = { "sentences", 's', "N", "at most N sentences" },
	[OPT_WORDS] = { "words", 'w', "N", "as many whole sentences as fit in N words" },
	[OPT_TITLE] = { "title", 't', "TEXT", "the article's headline" },
	[OPT_LANG] = { "lang", 'l', "LANG", "the article's language (BCP 47, e.g. en, fr)" },
	{ NULL, 0, NULL, NULL }
};

static int parse_lengths(const struct cli *cli, unsigned *sentences,
			 unsigned *words)
{
	*sentences = *words = 0;
	if (cli->value[OPT_SENTENCES] && cli->value[OPT_WORDS]) {
		fprintf(stderr, "crier: summarize: give --sentences or --words, not both\n");
		return -1;
	}
	if (cli->value[OPT_SENTENCES] &&
	    cli_uint("sentences", cli->value[OPT_SENTENCES], sentences))
		return -1;
	if (cli->value[OPT_WORDS] && cli_uint("words", cli->value[OPT_WORDS], words))
		return -1;
	return 0;
}

static int summarize_text(struct cli *cli, const struct config *c,
			  struct loader *l, const char *text)
{
	const char *plugin = cli->value[OPT_PLUGIN];
	struct crier_article *a = crier_article_new();
	struct crier_summary out;
	struct summarizer sum;
	unsigned sentences, words;
	int status = EXIT_USAGE;

	crier_summary_init(&out);
	crier_article_sets(a, CRIER_FIELD_BODY, text);
	crier_article_sets(a, CRIER_FIELD_TITLE, cli->value[OPT_TITLE]);
	crier_article_sets(a, CRIER_FIELD_LANGUAGE, cli->value[OPT_LANG]);
	if (parse_lengths(cli, &sentences, &words))
		goto out;
	/* --plugin wins over the config, whose settings are another's. */
	if (summarizer_open(&sum, l, plugin ? NULL : c->summarizer, NULL,
			    plugin ? plugin : c->summarizer_plugin, c->dir) ||
	    summarizer_run(&sum, a, sentences, words, &out)) {
		report_error();
		summarizer_close(&sum);
		goto out;
	}
	for (size_t i = 0; i < out.n; i++)
		printf("%s\n", out.sentences[i]);
	summarizer_close(&sum);
	status = EXIT_OK;
out:
	crier_summary_release(&out);
	crier_article_free(a);
	return status;
}

static int summarize_run(struct cli *cli)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	struct config c;
	struct loader l;
	int status = EXIT_USAGE;

	if (cli->n_args > 1) {
		fprintf(stderr, "crier: summarize: one article at a time\n");
		return EXIT_USAGE;
	}
	if (load_config(cli, NULL, &c))
		goto out;
	setup_loader(&l, &c);
	if (crier_strbuf_read_file(&text, cli->n_args ? cli->args[0] : "-", 0))
		report_error();
	else
		status = summarize_text(cli, &c, &l, text.buf);
	loader_release(&l);
out:
	config_release(&c);
	crier_strbuf_release(&text);
	return status;
}

const struct command cmd_summarize = {
	.name = "summarize",
	.usage = "[--plugin NAME] [--sentences N | --words N] [--title TEXT] [FILE|-]",
	.summary = "print the summary of one article's plain text",
	.options = summarize_options,
	.run = summarize_run,
};
