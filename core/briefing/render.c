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

/* The text of piece k of item: its lead, or summary sentence k. */
static const char *piece(const struct script_item *item, size_t k)
{
	return k ? item->summary.sentences[k - 1] : item->lead;
}

/* The article's language, or NULL. */
static const char *language(const struct script_item *item)
{
	const char *lang = item->article ?
			   crier_article_get(item->article, CRIER_FIELD_LANGUAGE) : "";

	return *lang ? lang : NULL;
}

int render_pieces(const struct script_item *item,
		  const struct crier_lexicon *lex, size_t limit,
		  struct crier_pcm *p, size_t *starts, size_t *next)
{
	const char *lang = language(item);
	int ret = configure(item, lang);

	while (!ret && *next <= item->summary.n && p->n <= limit) {
		starts[*next] = p->n;
		ret = render_piece(piece(item, *next), lang, lex, p);
		if (!ret)
			(*next)++;
	}
	return ret;
}

int render_item(const struct script_item *item,
		const struct crier_lexicon *lex, int rate, struct crier_pcm *p,
		size_t *starts)
{
	const char *lang = language(item);
	int ret = configure(item, lang);

	for (size_t k = 0; !ret && k <= item->summary.n; k++) {
		if (starts)
			starts[k] = p->n;
		ret = render_piece(piece(item, k), lang, lex, p);
	}
	if (!ret)
		crier_pcm_silence(p, item->speech.pause_ms, rate);
	return ret;
}
