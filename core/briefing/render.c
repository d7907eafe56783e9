/*
 * render.c - normalizing and synthesizing one script item.
 */
#include <string.h>

#include <crier/normalize.h>

#include "render.h"
#include "speech/voices.h"

static int render_piece(const char *text, const char *lang,
			const struct crier_lexicon *lex, struct crier_pcm *p)
{
	struct crier_strbuf said = CRIER_STRBUF_INIT;
	int ret;

	crier_normalize(text, strlen(text), lang, lex, &said);
	ret = said.len ? speech_render(said.buf, p) : 0;
	crier_strbuf_release(&said);
	return ret;
}

/* Sets up the synthesizer for item: its voice, or its language's. */
static int configure(const struct script_item *item, const char *lang)
{
	struct speech_settings sp = item->speech;
	char voice[64];

	if (lang && !item->voice_pinned)
		sp.voice = voice_choose(lang, sp.voice, voice, sizeof(voice));
	return speech_configure(&sp);
}

int render_item(const struct script_item *item,
		const struct crier_lexicon *lex, int rate, struct crier_pcm *p,
		size_t *starts)
{
	const char *lang = item->article ?
			   crier_article_get(item->article, CRIER_FIELD_LANGUAGE) : "";
	int ret;

	if (!*lang)
		lang = NULL;
	ret = configure(item, lang);
	if (starts)
		starts[0] = p->n;
	if (!ret)
		ret = render_piece(item->lead, lang, lex, p);
	for (size_t i = 0; !ret && i < item->summary.n; i++) {
		if (starts)
			starts[i + 1] = p->n;
		ret = render_piece(item->summary.sentences[i], lang, lex, p);
	}
	if (!ret)
		crier_pcm_silence(p, item->speech.pause_ms, rate);
	return ret;
}
