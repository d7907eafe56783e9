/*
 * cmd_normalize.c - "crier normalize": prints text the way it will be
 * spoken (money, abbreviations, numbers... rewritten for espeak-ng).  One
 * process per call, so benchmarks can run it once per sentence; it reads
 * no config and loads no plugins.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <crier/normalize.h>
#include "commands.h"

enum { OPT_LANG };

static const struct cli_option normalize_options[] = {
	[OPT_LANG] = { "lang", 'l', "LANG", "the text's language (BCP 47, default en)" },
	{ NULL, 0, NULL, NULL }
};


static int normalize_run(struct cli *cli)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT, said = CRIER_STRBUF_INIT;
	int status = EXIT_USAGE;

	if (cli_text(cli, &text)) {
		report_error();
		goto out;
	}
	crier_normalize(text.buf, text.len, cli->value[OPT_LANG], NULL, &said);
	printf("%s\n", said.buf);
	status = fflush(stdout) == 0 && !ferror(stdout) ? EXIT_OK : EXIT_USAGE;
out:
	crier_strbuf_release(&text);
	crier_strbuf_release(&said);
	return status;
}

const struct command cmd_normalize = {
	.name = "normalize",
	.usage = "[--lang LANG] [TEXT...|-]",
	.summary = "print text the way it will be spoken",
	.options = normalize_options,
	.run = normalize_run,
};
