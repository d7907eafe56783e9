/*
 * voices.c - the voice for a BCP 47 language, among those the speech
 * plugin lists.
 *
 * The plugin's voices() gives each voice's languages, each with a
 * priority (lower is better): espeak-ng's "fr-fr" lists "fr-fr" and "fr",
 * "es-419" lists "es-mx" and "es".  We keep a flat copy of those lists
 * and look a tag up in it, dropping subtags from the end until a voice
 * lists what is left, and answer with the best voice's name (what the
 * plugin's configure() takes).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "libcrier.h"
#include "speech_plugin.h"
#include "voices.h"
#include "base/xalloc.h"

/* One language that one voice speaks. */
struct voice_lang {
	char *lang;		/* lower case, as the plugin lists it */
	int priority;
	const char *voice;	/* the name to set it by; in names */
};

static struct voice_lang *langs;
static size_t n_langs, alloc_langs;
static char **names;
static size_t n_names, alloc_names;
static int loaded;
static unsigned loaded_generation;	/* speech_plugin_generation() then */

static void add_lang(const char *lang, int priority, const char *voice)
{
	langs = xgrow(langs, &alloc_langs, n_langs + 1, sizeof(*langs));
	langs[n_langs].lang = xstrdup(lang);
	for (char *p = langs[n_langs].lang; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	langs[n_langs].priority = priority;
	langs[n_langs].voice = voice;
	n_langs++;
}

/* The kept copy of name: the last one when the plugin repeats it. */
static const char *keep_name(const char *name)
{
	if (n_names && !strcmp(names[n_names - 1], name))
		return names[n_names - 1];
	names = xgrow(names, &alloc_names, n_names + 1, sizeof(*names));
	names[n_names] = xstrdup(name);
	return names[n_names++];
}

static void on_voice(void *data, const struct crier_voice_info *v)
{
	(void)data;
	if (v && v->name && v->language && *v->name && *v->language)
		add_lang(v->language, v->priority, keep_name(v->name));
}

static void forget_voices(void)
{
	for (size_t i = 0; i < n_langs; i++)
		free(langs[i].lang);
	for (size_t i = 0; i < n_names; i++)
		free(names[i]);
	free(langs);
	free(names);
	langs = NULL;
	names = NULL;
	n_langs = alloc_langs = n_names = alloc_names = 0;
	loaded = 0;
}

/*
 * The open speech plugin's operations and state, opening the plugin if
 * nobody has yet; NULL (with a warning) when it cannot be opened.
 */
static const struct crier_speech_ops *open_ops(void **state)
{
	const struct crier_speech_ops *ops = speech_plugin_ops(state);

	if (!ops && speech_init() < 0)
		fprintf(stderr, "crier: warning: %s\n", crier_last_error());
	return ops ? ops : speech_plugin_ops(state);
}

/*
 * Copies the language lists of the installed voices, once for each
 * speech plugin opened (a copy of another plugin's is forgotten).
 */
static void load_voices(void)
{
	const struct crier_speech_ops *ops;
	void *state;

	if (loaded && loaded_generation == speech_plugin_generation())
		return;
	forget_voices();
	ops = open_ops(&state);
	loaded = 1;
	loaded_generation = speech_plugin_generation();
	if (ops && ops->voices && ops->voices(state, on_voice, NULL))
		fprintf(stderr, "crier: warning: listing the voices: %s\n",
			crier_last_error());
}

/* Counts the listings passed on to a voices_each() caller. */
struct each_call {
	void (*each)(void *data, const struct crier_voice_info *v);
	void *data;
	int n;
};

static void pass_on(void *data, const struct crier_voice_info *v)
{
	struct each_call *call = data;

	if (v && v->name && v->language) {
		call->each(call->data, v);
		call->n++;
	}
}

int voices_each(void (*each)(void *data, const struct crier_voice_info *v),
		void *data)
{
	struct each_call call = { each, data, 0 };
	const struct crier_speech_ops *ops;
	void *state;

	if (!speech_plugin_ops(&state) && speech_init() < 0)
		return -1;
	/*
	 * Our own copy first: each() may look voices up (voice_speaks()),
	 * and a plugin's listing need not survive a second listing while it
	 * runs (espeak-ng frees the array it returned).
	 */
	load_voices();
	ops = speech_plugin_ops(&state);
	if (!ops || !ops->voices)
		return 0;
	if (ops->voices(state, pass_on, &call))
		return -1;
	return call.n;
}

/* lang in lower case with '-' for '_', in buf; its length, or 0. */
static size_t canonical(const char *lang, char *buf, size_t size)
{
	size_t n = 0;

	for (; lang[n] && lang[n] != '+'; n++) {
		if (n + 1 >= size)
			return 0;
		buf[n] = lang[n] == '_' ? '-' :
			 (char)tolower((unsigned char)lang[n]);
	}
	buf[n] = '\0';
	return n;
}

/* The best listing of exactly tag, or NULL. */
static const struct voice_lang *find_exact(const char *tag)
{
	const struct voice_lang *best = NULL;

	for (size_t i = 0; i < n_langs; i++)
		if (!strcmp(langs[i].lang, tag) &&
		    (!best || langs[i].priority < best->priority))
			best = &langs[i];
	return best;
}

/* The best listing of a regional form of base ("base-..."), or NULL. */
static const struct voice_lang *find_regional(const char *base)
{
	const struct voice_lang *best = NULL;
	size_t n = strlen(base);

	for (size_t i = 0; i < n_langs; i++)
		if (!strncmp(langs[i].lang, base, n) && langs[i].lang[n] == '-' &&
		    (!best || langs[i].priority < best->priority))
			best = &langs[i];
	return best;
}

/* Looks tag up, dropping subtags from its end; tag is cut in place. */
static const struct voice_lang *find(char *tag)
{
	const struct voice_lang *v;
	char *dash;

	for (;;) {
		v = find_exact(tag);
		if (v)
			return v;
		dash = strrchr(tag, '-');
		if (!dash)
			return find_regional(tag);
		*dash = '\0';
	}
}

int voice_for_language(const char *lang, char *out, size_t outlen)
{
	char tag[64];
	const struct voice_lang *v;

	if (outlen)
		out[0] = '\0';
	if (!lang || !canonical(lang, tag, sizeof(tag)))
		return crier_error("no %s voice for language '%s'",
				   speech_synth_name(), lang ? lang : "");
	load_voices();
	v = find(tag);
	if (!v)
		return crier_error("no %s voice speaks '%s'", speech_synth_name(),
				   lang);
	if (strlen(v->voice) >= outlen)
		return crier_error("voice name '%s' is too long", v->voice);
	strcpy(out, v->voice);
	return 0;
}

/* 1 when the voice named name lists the language key. */
static int lists(const char *name, const char *key)
{
	for (size_t i = 0; i < n_langs; i++)
		if (!strcmp(langs[i].voice, name) && !strcmp(langs[i].lang, key))
			return 1;
	return 0;
}

int voice_speaks(const char *voice, const char *lang)
{
	char v[64], l[64];
	const struct voice_lang *key;
	size_t nl;

	if (!voice || !lang || !canonical(voice, v, sizeof(v)))
		return 0;
	nl = canonical(lang, l, sizeof(l));
	if (!nl)
		return 0;
	if (!strncmp(v, l, nl) && (v[nl] == '\0' || v[nl] == '-'))
		return 1;
	load_voices();
	key = find(l);
	return key && lists(v, key->lang);
}

/* Appends the variant of voice ("+f3" of "en-us+f3"), if any and if it fits. */
static void add_variant(char *buf, size_t size, const char *voice)
{
	const char *variant = voice ? strchr(voice, '+') : NULL;
	size_t n = strlen(buf);

	if (variant && n + strlen(variant) < size)
		strcpy(buf + n, variant);
}

const char *voice_choose(const char *lang, const char *configured,
			 char *buf, size_t size)
{
	if (!lang || !*lang || voice_speaks(configured, lang))
		return configured;
	if (voice_for_language(lang, buf, size))
		return configured;
	add_variant(buf, size, configured);
	return buf;
}

const char *voice_fallback(const char *voice, char *buf, size_t size)
{
	if (voice_for_language(voice, buf, size))
		return NULL;
	add_variant(buf, size, voice);
	return buf;
}
