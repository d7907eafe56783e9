/*
 * voice_names.c - listing espeak-ng's voices by language.
 *
 * espeak_ListVoices() gives each voice a list of languages it speaks,
 * each with a priority (lower is better): "fr-fr" lists "fr-fr" and "fr",
 * "es-419" lists "es-mx" and "es".  Each (voice, language) pair is
 * reported under the name espeak_SetVoiceByName() takes: the end of the
 * voice's file name ("en" for British English, "es-419" for Latin
 * American Spanish), as that function does not look voices up by
 * language.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include "voice_names.h"

/* The last part of a voice's identifier ("en-US" of "gmw/en-US"). */
static const char *base_name(const char *identifier)
{
	const char *slash = strrchr(identifier, '/');

	return slash ? slash + 1 : identifier;
}

/*
 * The name espeak_SetVoiceByName() finds v by, lower case, in buf: the
 * last part of its identifier unless another voice's ends the same way,
 * then the whole identifier.  NULL when it does not fit.
 */
static const char *set_name(const espeak_VOICE *const *all,
			    const espeak_VOICE *v, char *buf, size_t size)
{
	const char *base = base_name(v->identifier);

	for (; *all; all++)
		if (*all != v && !strcasecmp(base_name((*all)->identifier), base))
			base = v->identifier;
	if (strlen(base) >= size)
		return NULL;
	for (size_t i = 0; ; i++) {
		buf[i] = (char)tolower((unsigned char)base[i]);
		if (!base[i])
			break;
	}
	return buf;
}

/* Reports each language of v (pairs of a priority byte and a string). */
static void report(const espeak_VOICE *v, const char *name,
		   void (*each)(void *, const struct crier_voice_info *),
		   void *data)
{
	char lang[64];

	for (const char *p = v->languages; p && p[0] && p[1];
	     p += strlen(p + 1) + 2) {
		struct crier_voice_info info = {
			.name = name, .language = lang,
			.priority = (unsigned char)p[0], .description = v->name,
		};
		size_t i;

		for (i = 0; p[1 + i] && i + 1 < sizeof(lang); i++)
			lang[i] = (char)tolower((unsigned char)p[1 + i]);
		lang[i] = '\0';
		each(data, &info);
	}
}

int espeak_voices(void *state,
		  void (*each)(void *data, const struct crier_voice_info *v),
		  void *data)
{
	const espeak_VOICE **all = espeak_ListVoices(NULL);
	char name[64];

	(void)state;
	for (const espeak_VOICE **v = all; v && *v; v++)
		if ((*v)->identifier &&
		    set_name((const espeak_VOICE *const *)all, *v, name, sizeof(name)))
			report(*v, name, each, data);
	return 0;
}
