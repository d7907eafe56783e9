/*
 * test_language.c - unit tests for language detection (libcrier's
 * crier_detect_language(), on short news paragraphs in seven languages,
 * and texts too short or too odd to tell) and for choosing the voice of a
 * language (core/speech/voices.c) among the voices the bundled espeak
 * speech plugin lists, each answer checked with that plugin's configure().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <crier/language.h>
#include <crier/plugin.h>
#include "libcrier.h"
#include "host/loader.h"
#include "speech/speech_plugin.h"
#include "speech/voices.h"
#include "../tap.h"

struct sample {
	const char *lang;
	const char *text;
};

/* Paragraphs written for this test, two per language. */
static const struct sample samples[] = {
	{ "en", "The city council voted on Tuesday to close two libraries "
		"next spring, saying the buildings were too expensive to "
		"repair. Residents who spoke at the meeting asked for more "
		"time to find another way to pay for them." },
	{ "en", "Heavy rain flooded several roads in the north overnight, "
		"and the weather service warned that more storms were "
		"expected before the weekend." },
	{ "fr", "Le conseil municipal a voté mardi la fermeture de deux "
		"bibliothèques au printemps prochain, jugeant les bâtiments "
		"trop coûteux à réparer. Les habitants ont demandé plus de "
		"temps pour trouver une autre solution." },
	{ "fr", "De fortes pluies ont inondé plusieurs routes du nord "
		"pendant la nuit, et les services météorologiques annoncent "
		"de nouveaux orages avant le week-end." },
	{ "de", "Der Stadtrat hat am Dienstag beschlossen, im nächsten "
		"Frühjahr zwei Bibliotheken zu schließen, weil die Gebäude "
		"zu teuer zu reparieren seien. Anwohner baten um mehr Zeit, "
		"um eine andere Lösung zu finden." },
	{ "de", "Starker Regen hat in der Nacht mehrere Straßen im Norden "
		"überflutet, und der Wetterdienst warnt vor weiteren "
		"Gewittern bis zum Wochenende." },
	{ "es", "El ayuntamiento votó el martes a favor de cerrar dos "
		"bibliotecas la próxima primavera, porque considera que "
		"repararlas sería demasiado caro. Los vecinos pidieron más "
		"tiempo para buscar otra forma de pagarlas." },
	{ "es", "Las fuertes lluvias inundaron varias carreteras del norte "
		"durante la noche y el servicio meteorológico avisó de que "
		"habrá más tormentas antes del fin de semana." },
	{ "it", "Il consiglio comunale ha votato martedì la chiusura di due "
		"biblioteche la prossima primavera, perché ripararle "
		"costerebbe troppo. I cittadini hanno chiesto più tempo per "
		"trovare un altro modo di pagarle." },
	{ "it", "Le forti piogge hanno allagato diverse strade del nord "
		"durante la notte e il servizio meteorologico prevede altri "
		"temporali prima del fine settimana." },
	{ "pt", "A câmara municipal votou na terça-feira o encerramento de "
		"duas bibliotecas na próxima primavera, por considerar que "
		"as obras seriam caras demais. Os moradores pediram mais "
		"tempo para encontrar outra solução." },
	{ "pt", "As chuvas fortes inundaram várias estradas do norte durante "
		"a noite, e o serviço de meteorologia prevê mais tempestades "
		"antes do fim de semana." },
	{ "nl", "De gemeenteraad heeft dinsdag besloten volgend voorjaar "
		"twee bibliotheken te sluiten, omdat de gebouwen te duur "
		"zijn om te herstellen. Bewoners vroegen om meer tijd om een "
		"andere oplossing te vinden." },
	{ "nl", "Zware regen heeft vannacht verschillende wegen in het "
		"noorden onder water gezet, en het weerbureau waarschuwt "
		"voor meer onweer voor het weekend." },
};

static void test_detect(void)
{
	char got[16];

	for (size_t i = 0; i < sizeof(samples) / sizeof(*samples); i++) {
		const struct sample *s = &samples[i];
		int ret = crier_detect_language(s->text, strlen(s->text), got,
						sizeof(got));

		ok(ret == 0 && strcmp(got, s->lang) == 0,
		   "detect %s paragraph %zu: got '%s' (%s)", s->lang, i, got,
		   ret ? crier_last_error() : "sure");
	}
}

/* Too little or no language at all: no answer, and a reason. */
static void test_unsure(void)
{
	static const char *const texts[] = {
		"", "Hello", "Brexit", "Il governo ha annunciato",
		"Ministers meet today",
		"1234 5678 9999 0000 11111 2222 3333 4444 5555",
		"https://example.com/a/b/c?d=1234 https://example.org/x/y",
	};
	char got[16] = "x";

	for (size_t i = 0; i < sizeof(texts) / sizeof(*texts); i++) {
		int ret = crier_detect_language(texts[i], strlen(texts[i]), got,
						sizeof(got));

		ok(ret == -1 && got[0] == '\0' && *crier_last_error(),
		   "unsure about '%s' (%s)", texts[i], crier_last_error());
	}
}

/* A long text is classified on its start; a cut never splits a letter. */
static void test_long(void)
{
	char *text = malloc(20000), got[16];
	const char *fr = samples[2].text;
	size_t n = 0, len = strlen(fr);

	while (n + len + 1 < 20000) {
		memcpy(text + n, fr, len);
		n += len;
		text[n++] = ' ';
	}
	is_int(crier_detect_language(text, n, got, sizeof(got)), 0,
	       "detect a 20 kB text");
	is_str(got, "fr", "detect a 20 kB text: French");
	is_int(crier_detect_language(samples[0].text, strlen(samples[0].text),
				     got, 2), -1, "detect: out too small");
	free(text);
}

/* An article's language is detected only when it has none. */
static void test_article(void)
{
	struct crier_article *a = crier_article_new();

	crier_article_sets(a, CRIER_FIELD_TITLE, "Inondations dans le nord");
	crier_article_sets(a, CRIER_FIELD_BODY, samples[3].text);
	is_int(crier_article_detect_language(a), 0, "article: detected");
	is_str(crier_article_get(a, CRIER_FIELD_LANGUAGE), "fr",
	       "article: French");
	crier_article_sets(a, CRIER_FIELD_LANGUAGE, "pt-BR");
	is_int(crier_article_detect_language(a), 0, "article: language given");
	is_str(crier_article_get(a, CRIER_FIELD_LANGUAGE), "pt-BR",
	       "article: the given language is kept");
	crier_article_sets(a, CRIER_FIELD_LANGUAGE, NULL);
	crier_article_sets(a, CRIER_FIELD_BODY, NULL);
	crier_article_sets(a, CRIER_FIELD_SUMMARY, samples[6].text);
	is_int(crier_article_detect_language(a), 0, "article: from the summary");
	is_str(crier_article_get(a, CRIER_FIELD_LANGUAGE), "es",
	       "article: Spanish summary");
	crier_article_sets(a, CRIER_FIELD_LANGUAGE, NULL);
	crier_article_sets(a, CRIER_FIELD_SUMMARY, "Brexit");
	crier_article_sets(a, CRIER_FIELD_TITLE, "Vote");
	is_int(crier_article_detect_language(a), -1, "article: too short");
	is_str(crier_article_get(a, CRIER_FIELD_LANGUAGE), "",
	       "article: the field stays empty");
	crier_article_free(a);
}

static void test_textcat_names(void)
{
	static const char *const names[][2] = {
		{ "en--utf8", "en" }, { "pt--utf8", "pt" },
		{ "zh-CN-utf8", "zh-CN" }, { "zh-TW-utf8", "zh-TW" },
		{ "haw-utf8", "haw" }, { "az-cyrillic-utf8", "az-Cyrl" },
		{ "uz-Cyrl-utf8", "uz-Cyrl" }, { "tzm-Latn-utf8", "tzm-Latn" },
		{ "ha-NG-utf8", "ha-NG" }, { "english", "en" },
		{ "french", "fr" }, { "German", "de" },
		{ "german-iso8859_1", "de" }, { "UNKNOWN", "" },
		{ "SHORT", "" }, { "", "" }, { "klingonese", "" },
		{ "e", "" }, { "12--utf8", "" },
	};
	char got[16];

	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		int ret = crier_language_from_textcat(names[i][0], got,
						      sizeof(got));

		ok(ret == (names[i][1][0] ? 0 : -1) &&
		   strcmp(got, names[i][1]) == 0,
		   "textcat name '%s' is '%s' (got '%s')", names[i][0],
		   names[i][1], got);
	}
}

/* The espeak plugin, opened by main(). */
static const struct crier_speech_ops *speech;
static void *speech_state;

/* 1 when the plugin's configure() takes voice. */
static int takes(const char *voice)
{
	struct crier_voice v = { voice, 175, 50, 100 };

	return speech->configure(speech_state, &v) == 0;
}

/* voice_for_language(lang) and whether espeak-ng accepts the answer. */
static void voice_is(const char *lang, const char *want)
{
	char got[64];
	int ret = voice_for_language(lang, got, sizeof(got));

	ok(ret == 0 && strcmp(got, want) == 0, "voice for %s is %s (got '%s')",
	   lang, want, got);
	ok(takes(got), "espeak-ng takes voice %s", got);
}

static void test_voices(void)
{
	char got[64] = "x";

	voice_is("en-GB", "en");	/* espeak-ng's British voice */
	voice_is("en-US", "en-us");
	voice_is("en", "en");
	voice_is("en-GB-scotland", "en-gb-scotland");
	voice_is("pt-BR", "pt-br");
	voice_is("pt", "pt");
	voice_is("de-AT", "de");
	voice_is("fr", "fr");
	voice_is("fr-CA", "fr");
	voice_is("fr-BE", "fr-be");
	voice_is("es-MX", "es-419");
	voice_is("nl-BE", "nl");
	voice_is("it_IT", "it");
	voice_is("EN-us", "en-us");
	voice_is("zh-Hant-TW", "cmn");
	voice_is("no", "nb");
	voice_is("nb-NO", "nb");
	is_int(voice_for_language("xx-YY", got, sizeof(got)), -1,
	       "no voice for xx-YY");
	is_str(got, "", "no voice for xx-YY: out is empty");
	ok(strstr(crier_last_error(), "xx-YY") != NULL,
	   "no voice for xx-YY: the message names it (%s)", crier_last_error());
	is_int(voice_for_language("", got, sizeof(got)), -1, "no voice for ''");
	is_int(voice_for_language(NULL, got, sizeof(got)), -1, "no voice for NULL");
	is_int(voice_for_language("en-gb", got, 2), -1, "voice: out too small");
}

static void test_choose(void)
{
	char buf[64];

	is_str(voice_choose(NULL, "en-us", buf, sizeof(buf)), "en-us",
	       "choose: no language keeps the configured voice");
	is_str(voice_choose("en", "en-us", buf, sizeof(buf)), "en-us",
	       "choose: en-us speaks en");
	is_str(voice_choose("en-US", "en-us", buf, sizeof(buf)), "en-us",
	       "choose: en-us speaks en-US");
	is_str(voice_choose("en-GB", "en-us", buf, sizeof(buf)), "en",
	       "choose: en-us does not speak en-GB");
	is_str(voice_choose("en-US", "en", buf, sizeof(buf)), "en-us",
	       "choose: British en does not speak en-US");
	is_str(voice_choose("pt", "pt-br", buf, sizeof(buf)), "pt-br",
	       "choose: pt-br speaks pt");
	is_str(voice_choose("zh", "en-us", buf, sizeof(buf)), "cmn",
	       "choose: Mandarin for zh");
	is_str(voice_choose("fr", "en-us", buf, sizeof(buf)), "fr",
	       "choose: French for fr");
	is_str(voice_choose("de", "en-us+f3", buf, sizeof(buf)), "de+f3",
	       "choose: the variant is kept");
	is_str(voice_choose("xx", "en-us", buf, sizeof(buf)), "en-us",
	       "choose: no voice for xx keeps the configured one");
	ok(voice_fallback("en-gb", buf, sizeof(buf)) == buf &&
	   !strcmp(buf, "en"), "fallback for en-gb is en (got %s)", buf);
	ok(voice_fallback("es-mx+f2", buf, sizeof(buf)) == buf &&
	   !strcmp(buf, "es-419+f2"), "fallback keeps the variant (got %s)", buf);
	ok(takes(buf), "espeak-ng takes %s", buf);
	ok(voice_fallback("nosuchvoice", buf, sizeof(buf)) == NULL,
	   "no fallback for nosuchvoice");
	ok(voice_speaks("pt-br", "pt"), "pt-br speaks pt");
	ok(voice_speaks("en", "en-GB"), "en speaks en-GB");
	ok(voice_speaks("de", "de-CH"), "de speaks de-CH");
	ok(!voice_speaks("en-us", "en-GB"), "en-us is not en-GB");
	ok(!voice_speaks("pt", "pt-BR"), "pt is not pt-BR");
	ok(!voice_speaks("en-us", "e"), "en-us does not speak 'e'");
	ok(!voice_speaks(NULL, "en"), "NULL speaks nothing");
}

/* Opens the espeak plugin of the build tree (CRIER_PLUGIN_PATH). */
static int open_espeak(struct loader *l, struct crier_settings **set)
{
	const struct plugin *p;
	int rate = 0;

	loader_init(l, NULL, 0);
	p = loader_find(l, "espeak", CRIER_PLUGIN_SPEECH);
	if (!p)
		return -1;
	speech = p->desc->speech;
	*set = crier_settings_new(NULL, NULL, "speech", ".");
	if (speech->open(*set, &speech_state, &rate) || rate <= 0)
		return -1;
	speech_plugin_use(speech, speech_state);
	return 0;
}

int main(void)
{
	struct crier_settings *set = NULL;
	struct loader l;
	char voice[64];

	test_textcat_names();
	test_detect();
	test_unsure();
	test_long();
	test_article();
	if (open_espeak(&l, &set)) {
		ok(0, "the espeak plugin opens (%s)", crier_last_error());
		return done_testing();
	}
	is_int(voice_for_language("pt-PT", voice, sizeof(voice)), 0,
	       "voices are listed by the plugin");
	test_voices();
	test_choose();
	speech_plugin_use(NULL, NULL);
	speech->close(speech_state);
	crier_settings_free(set);
	loader_release(&l);
	return done_testing();
}
