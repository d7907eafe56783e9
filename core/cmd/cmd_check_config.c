/*
 * cmd_check_config.c - "crier check-config [FILE]": validate a config,
 * open every source and summarizer it names and the speech plugin (which
 * checks their settings) and print what a briefing would run.  Fetches
 * nothing.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "fetch/source_run.h"
#include "host/summarizer.h"
#include "speech/speech_plugin.h"

static void print_speech(const char *indent, const struct speech_settings *sp)
{
	printf("%svoice %s, rate %d wpm, pitch %d, volume %d, pause %d ms\n",
	       indent, sp->voice, sp->rate, sp->pitch, sp->volume, sp->pause_ms);
}

static void print_summarizer(const char *indent, const struct summarizer *s)
{
	printf("%ssummarizer %s", indent, s->plugin->desc->name);
	if (s->sentences)
		printf(", %u sentences", s->sentences);
	if (s->words)
		printf(", %u words", s->words);
	printf("\n");
}

/*
 * Prints "FILE:LINE: source 'NAME': MSG", the location once: msg's own
 * "FILE:LINE: " when it starts with one in the config's file (a plugin
 * naming the key at fault), else the source group's.
 */
static void report_source(const struct source_config *sc, const char *msg)
{
	const char *file = config_setting_source_file(sc->group);
	size_t n = file ? strlen(file) : 0;
	const char *p = msg + n + 1;

	if (n && !strncmp(msg, file, n) && msg[n] == ':' && isdigit((unsigned char)*p)) {
		while (isdigit((unsigned char)*p))
			p++;
		if (!strncmp(p, ": ", 2)) {
			fprintf(stderr, "%.*s: source '%s': %s\n", (int)(p - msg),
				msg, sc->name, p + 2);
			return;
		}
	}
	fprintf(stderr, "%s: source '%s': %s\n", crier_config_where(sc->group),
		sc->name, msg);
}

/* Opens and closes the source's plugin; -1 with the error printed. */
static int check_source(const struct config *c, const struct source_config *sc,
			struct loader *l, const struct crier_settings *global)
{
	struct crier_settings *settings =
		crier_settings_new(sc->group, NULL, sc->name, c->dir);
	const struct plugin *p = loader_find(l, sc->plugin, CRIER_PLUGIN_SOURCE);
	struct summarizer sum;
	void *state = NULL;
	int ret = -1;

	if (!p)
		goto out;
	if (p->desc->source->open(settings, &state)) {
		crier_settings_warn_unread(settings, core_source_keys, 1);
		goto out;
	}
	if (p->desc->source->close)
		p->desc->source->close(state);
	crier_settings_warn_unread(settings, core_source_keys, 0);
	printf("source '%s': plugin %s (%s)\n", sc->name, p->desc->name,
	       crier_settings_where(settings, NULL));
	print_speech("  ", &sc->speech);
	if (sc->summarizer) {
		if (summarizer_open(&sum, l, sc->summarizer, global,
				    c->summarizer_plugin, c->dir)) {
			summarizer_close(&sum);
			goto out;
		}
		print_summarizer("  ", &sum);
		summarizer_close(&sum);
	}
	ret = 0;
out:
	if (ret)
		report_source(sc, crier_last_error());
	crier_settings_free(settings);
	return ret;
}

/*
 * Opens and closes the speech plugin, which checks its settings (the
 * speech group's keys: see speech_init()); -1 with the error printed.
 */
static int check_speech(const struct config *c, struct loader *l)
{
	int ret = 0;

	speech_setup(l, c);
	if (speech_init() < 0) {
		fprintf(stderr, "%s: %s\n", c->file, crier_last_error());
		ret = -1;
	} else {
		printf("speech: plugin %s\n", speech_plugin_name());
	}
	speech_shutdown();
	return ret;
}

static void print_audio(const struct config *c)
{
	if (c->output)
		printf("audio: WAV file %s\n", c->output);
	else if (c->driver)
		printf("audio: libao driver %s\n", c->driver);
	else
		printf("audio: libao's default driver, else briefing.wav\n");
}

static int check_config_run(struct cli *cli)
{
	struct summarizer global;
	struct config c;
	struct loader l;
	int errors = 0;

	if (cli->n_args > 1) {
		fprintf(stderr, "crier: check-config: one file at a time\n");
		return EXIT_USAGE;
	}
	if (load_config(cli, cli->n_args ? cli->args[0] : NULL, &c)) {
		config_release(&c);
		return EXIT_USAGE;
	}
	setup_loader(&l, &c);
	printf("config: %s\n", c.file);
	if (summarizer_open(&global, &l, c.summarizer, NULL, c.summarizer_plugin,
			    c.dir)) {
		fprintf(stderr, "%s: %s\n", c.file, crier_last_error());
		errors++;
	} else {
		print_summarizer("", &global);
	}
	errors += check_speech(&c, &l) != 0;
	print_speech("speech: ", &c.speech);
	print_audio(&c);
	for (size_t i = 0; i < c.n_sources; i++)
		errors += check_source(&c, &c.sources[i], &l, global.settings) != 0;
	if (!c.n_sources)
		printf("no sources: the briefing would be empty\n");
	printf("%s\n", errors ? "errors found" : "OK");
	summarizer_close(&global);
	loader_release(&l);
	config_release(&c);
	return errors ? EXIT_USAGE : EXIT_OK;
}

const struct command cmd_check_config = {
	.name = "check-config",
	.usage = "[FILE]",
	.summary = "check a config file and print what a briefing would run",
	.run = check_config_run,
};
