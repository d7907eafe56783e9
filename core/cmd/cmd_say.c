/*
 * cmd_say.c - "crier say": speaks a text the way the briefing would,
 * normalized (with the config's lexicon) and through the same speech and
 * audio modules.  The language is --lang, else detected when the text is
 * long enough, else English; the voice is --voice, else one that speaks
 * that language (the config's speech.voice when it does).  With
 * --dry-run it prints the voice, the language and the text instead.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <crier/language.h>
#include <crier/normalize.h>
#include "speech/audio.h"
#include "commands.h"
#include "stop_signals.h"
#include "libcrier.h"
#include "speech/speech.h"
#include "speech/voices.h"

enum { OPT_VOICE, OPT_LANG };

static const struct cli_option say_options[] = {
	[OPT_VOICE] = { "voice", 0, "VOICE",
		"the voice (default: one for the language)" },
	[OPT_LANG] = { "lang", 'l', "LANG",
		"the text's language (BCP 47; default: detected, else en)" },
	{ NULL, 0, NULL, NULL }
};

/* What to say and how. */
struct say {
	struct crier_strbuf text;	/* as given */
	struct crier_strbuf said;	/* normalized */
	const char *lang;		/* NULL: English rules */
	const char *voice;		/* never NULL once chosen */
	char detected[16];
	char voice_buf[64];
};


/* Picks the language and the voice (see the top of the file). */
static void choose_voice(const struct cli *cli, const struct config *c,
			 struct say *s)
{
	s->lang = cli->value[OPT_LANG];
	if (!s->lang && !crier_detect_language(s->text.buf, s->text.len,
					       s->detected, sizeof(s->detected)))
		s->lang = s->detected;
	s->voice = cli->value[OPT_VOICE];
	if (s->voice)
		return;
	s->voice = voice_choose(s->lang, c->speech.voice, s->voice_buf,
				sizeof(s->voice_buf));
	if (cli->value[OPT_LANG] && !voice_speaks(s->voice, s->lang) &&
	    s->voice != s->voice_buf)
		fprintf(stderr, "crier: warning: no %s voice speaks '%s'; "
			"using '%s'\n", speech_synth_name(), s->lang, s->voice);
}

/* Normalizes the text with the config's lexicon. */
static int normalize(const struct config *c, struct say *s)
{
	return crier_normalize(s->text.buf, s->text.len, s->lang, c->lexicon,
			       &s->said);
}

/* Speaks s->said with the config's speech settings; returns the status. */
static int speak(const struct cli *cli, const struct config *c,
		 const struct say *s)
{
	struct speech_settings sp = c->speech;
	struct audio *a = NULL;
	int rate, ret, status = EXIT_AUDIO;

	sp.voice = s->voice;
	stop_on_signals();
	rate = speech_init();
	if (rate < 0)
		goto out;
	if (speech_configure(&sp)) {
		status = EXIT_USAGE;
		goto out;
	}
	/* The config's audio.output is the briefing's file: not used here. */
	a = audio_open_for(cli->output, cli->driver ? cli->driver : c->driver,
			   "say.wav", rate);
	if (!a)
		goto out;
	ret = speech_say(s->said.buf, a);
	if (ret == 0)
		status = EXIT_OK;
	else if (ret > 0)
		status = EXIT_INTERRUPTED;
out:
	if (status != EXIT_OK && status != EXIT_INTERRUPTED)
		report_error();
	if (status != EXIT_OK && status != EXIT_INTERRUPTED) {
		audio_abort(a);
	} else if (audio_close(a)) {
		report_error();
		status = EXIT_AUDIO;
	}
	speech_shutdown();
	return status;
}

static void print_dry_run(const struct say *s)
{
	printf("voice: %s\nlanguage: %s\n%s\n", s->voice,
	       s->lang ? s->lang : "en", s->said.buf);
}

static int say_run(struct cli *cli)
{
	struct say s = { CRIER_STRBUF_INIT, CRIER_STRBUF_INIT, NULL, NULL, "", "" };
	struct config c;
	struct loader l;
	int status = EXIT_USAGE;

	memset(&l, 0, sizeof(l));
	if (load_config(cli, NULL, &c))
		goto out;
	setup_loader(&l, &c);
	speech_setup(&l, &c);
	audio_setup(&l, &c);
	if (cli_text(cli, &s.text)) {
		report_error();
		goto out;
	}
	if (cli->value[OPT_VOICE] &&
	    config_check_voice(cli->value[OPT_VOICE], "--voice")) {
		fprintf(stderr, "crier: %s\n", crier_last_error());
		goto out;
	}
	choose_voice(cli, &c, &s);
	if (normalize(&c, &s)) {
		fprintf(stderr, "%s\n", crier_last_error());
		goto out;
	}
	if (s.said.len == 0) {
		fprintf(stderr, "crier: say: nothing to say\n");
		goto out;
	}
	if (cli->dry_run) {
		print_dry_run(&s);
		status = EXIT_OK;
	} else {
		status = speak(cli, &c, &s);
	}
out:
	speech_shutdown();
	loader_release(&l);
	config_release(&c);
	crier_strbuf_release(&s.text);
	crier_strbuf_release(&s.said);
	return status;
}

const struct command cmd_say = {
	.name = "say",
	.usage = "[--voice VOICE] [--lang LANG] [TEXT...|-]",
	.summary = "speak a text the way the briefing would",
	.options = say_options,
	.run = say_run,
};
