/*
 * render.c - normalizing and synthesizing one script item.
 */
#include <string.h>

#include <crier/normalize.h>

#include "render.h"
#include "speech/voices.h"

/*
 * A piece whose text, spoken this much faster than the pieces rendered
 * so far, would still end past the budget's limit is not rendered; nor
 * is anything foreseen before FORESEE_AFTER characters were rendered.
 */
#define FORESEE_SPEEDUP 1.5
#define FORESEE_AFTER 400

/*
 * What render_pieces() has rendered in this process: characters of
 * spoken text, the same weighed by 1 / words per minute, and the samples
 * they gave.
 */
static double seen_chars, seen_weight, seen_samples;

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

/* 1 when the n characters of said at wpm surely take have past limit. */
static int surely_past(size_t n, int wpm, size_t have, size_t limit)
{
	double weight = (double)n / (wpm > 0 ? wpm : 1);
	double shortest;

	if (seen_chars < FORESEE_AFTER)
		return 0;
	shortest = weight * seen_samples / seen_weight / FORESEE_SPEEDUP;
	return have + shortest > limit;
}

/*
 * Renders text, a piece of item, into p as render_piece() does, unless it
 * is foreseen to end past limit samples: then renders nothing and
 * returns 2.
 */
static int render_within(const struct script_item *item, const char *text,
			 const char *lang, const struct crier_lexicon *lex,
			 size_t limit, struct crier_pcm *p)
{
	struct crier_strbuf said = CRIER_STRBUF_INIT;
	int wpm = item->speech.rate > 0 ? item->speech.rate : 1;
	size_t was = p->n;
	int ret = 2;

	crier_normalize(text, strlen(text), lang, lex, &said);
	if (!surely_past(said.len, wpm, p->n, limit)) {
		ret = said.len ? speech_render(said.buf, p) : 0;
		seen_chars += ret ? 0 : (double)said.len;
		seen_weight += ret ? 0 : (double)said.len / wpm;
		seen_samples += ret ? 0 : (double)(p->n - was);
	}
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
		ret = render_within(item, piece(item, *next), lang, lex, limit, p);
		if (!ret)
			(*next)++;
	}
	return ret == 2 ? 0 : ret;
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
