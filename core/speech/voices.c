/*
 * voices.c - the espeak-ng voice for a BCP 47 language.
 *
 * espeak_ListVoices() gives each voice a list of languages it speaks,
 * each with a priority (lower is better): "fr-fr" lists "fr-fr" and "fr",
 * "es-419" lists "es-mx" and "es".  We keep a flat copy of those lists
 * and look a tag up in it, dropping subtags from the end until a voice
 * lists what is left, and answer with the best voice's name.  The name
 * is what espeak_SetVoiceByName() takes: the end of the voice's file name
 * ("en" for British English, "es-419" for Latin American Spanish), as
 * that function does not look voices up by language.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include "libcrier.h"
#include "voices.h"
#include "base/xalloc.h"

/* One language that one voice speaks. */
struct voice_lang {
	char *lang;		/* lower case, as espeak-ng lists it */
	int priority;
	const char *voice;	/* the name to set it by; in names */
};

static struct voice_lang *langs;
static size_t n_langs, alloc_langs;
static char **names;
static size_t n_names, alloc_names;
static int loaded;

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

/* The last part of a voice's identifier ("en-US" of "gmw/en-US"). */
static const char *base_name(const char *identifier)
{
	const char *slash = strrchr(identifier, '/');

	return slash ? slash + 1 : identifier;
}

/*
 * The name espeak_SetVoiceByName() finds voice v by: the last part of its
 * identifier, in lower case, unless another voice's ends the same way;
 * then the whole identifier.  (It does not look voices up by language.)
 */
static const char *set_name(const espeak_VOICE *const *all,
			    const espeak_VOICE *v)
{
	const char *base = base_name(v->identifier);
	char *name;

	for (; *all; all++)
		if (*all != v && !strcasecmp(base_name((*all)->identifier), base))
			base = v->identifier;
	name = xstrdup(base);
	for (char *p = name; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	names = xgrow(names, &alloc_names, n_names + 1, sizeof(*names));
	names[n_names++] = name;
	return name;
}

/* Copies the language lists of the installed voices, once. */
static void load_voices(void)
{
	const espeak_VOICE **all, **v;

	if (loaded)
		return;
	loaded = 1;
	espeak_ng_InitializePath(NULL);
	all = espeak_ListVoices(NULL);
	for (v = all; v && *v; v++) {
		const char *p = (*v)->languages;
		const char *name;

		if (!(*v)->identifier)
			continue;
		name = set_name(all, *v);
		/* pairs of a priority byte and a string, "" ends the list */
		while (p && p[0] && p[1]) {
			add_lang(p + 1, (unsigned char)p[0], name);
			p += strlen(p + 1) + 2;
		}
	}
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
		return crier_error("no espeak-ng voice for language '%s'",
				   lang ? lang : "");
	load_voices();
	v = find(tag);
	if (!v)
		return crier_error("no espeak-ng voice speaks '%s' "
				   "(see espeak-ng --voices)", lang);
	if (strlen(v->voice) >= outlen)
		return crier_error("espeak-ng voice name '%s' is too long",
				   v->voice);
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
