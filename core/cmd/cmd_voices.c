/*
 * cmd_voices.c - "crier voices [LANG]": the voices the speech plugin
 * offers, one a line: the name that speech.voice and --voice take, the
 * plugin's longer name with '_' for spaces (which they take too, when
 * the plugin looks voices up by it, as espeak does), and the languages it
 * speaks.  With LANG (a BCP 47 tag such as "en" or "pt-BR") only the
 * voices that speak it, as crier would choose among them.
 */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "speech/speech.h"
#include "speech/voices.h"

/* The voice being gathered: its languages come one listing each. */
struct listing {
	const char *lang;		/* the filter, or NULL */
	char name[64], description[64];
	struct crier_strbuf langs;	/* "en-us, en" */
	size_t shown;
};

static void flush(struct listing *l)
{
	if (!l->name[0])
		return;
	if (!l->lang || voice_speaks(l->name, l->lang)) {
		if (!l->shown)
			printf("%-16s %-28s %s\n", "VOICE", "NAME", "LANGUAGES");
		printf("%-16s %-28s %s\n", l->name,
		       l->description[0] ? l->description : "-", l->langs.buf);
		l->shown++;
	}
	l->name[0] = '\0';
	crier_strbuf_reset(&l->langs);
}

static void on_voice(void *data, const struct crier_voice_info *v)
{
	struct listing *l = data;

	if (strcmp(l->name, v->name)) {
		flush(l);
		snprintf(l->name, sizeof(l->name), "%s", v->name);
		snprintf(l->description, sizeof(l->description), "%s",
			 v->description ? v->description : "");
		for (char *p = l->description; *p; p++)
			if (*p == ' ')
				*p = '_';	/* as espeak-ng --voices: one word */
	}
	crier_strbuf_addf(&l->langs, "%s%s", l->langs.len ? ", " : "",
			  v->language);
}

static int voices_run(struct cli *cli)
{
	struct listing l = { NULL, "", "", CRIER_STRBUF_INIT, 0 };
	struct config c;
	struct loader l_plugins;
	int status = EXIT_USAGE, n;

	memset(&l_plugins, 0, sizeof(l_plugins));
	if (cli->n_args > 1) {
		fprintf(stderr, "crier: voices: one language at most; see "
			"'crier voices --help'\n");
		goto out_config;
	}
	if (load_config(cli, NULL, &c))
		goto out;
	l.lang = cli->n_args ? cli->args[0] : NULL;
	setup_loader(&l_plugins, &c);
	speech_setup(&l_plugins, &c);
	n = voices_each(on_voice, &l);
	flush(&l);
	if (n < 0) {
		report_error();
		status = EXIT_AUDIO;
	} else if (!l.shown) {
		fprintf(stderr, "crier: %s\n", l.lang ?
			"no voice speaks that language" :
			"the speech plugin lists no voices");
		status = l.lang ? EXIT_USAGE : EXIT_OK;
	} else {
		status = EXIT_OK;
	}
	speech_shutdown();
	loader_release(&l_plugins);
out:
	config_release(&c);
out_config:
	crier_strbuf_release(&l.langs);
	return status;
}

const struct command cmd_voices = {
	.name = "voices",
	.usage = "[LANG]",
	.summary = "list the voices the speech plugin offers (for LANG only)",
	.run = voices_run,
};
