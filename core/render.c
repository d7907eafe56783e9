/*
 * render.c - normalizing and synthesizing one script item.
 */
#include <string.h>

#include <crier/normalize.h>

#include "render.h"

static int render_piece(const char *text, const char *lang, struct pcm *p)
{
	struct crier_strbuf said = CRIER_STRBUF_INIT;
	int ret;

	crier_normalize(text, strlen(text), lang, NULL, &said);
	ret = said.len ? speech_render(said.buf, p) : 0;
	crier_strbuf_release(&said);
	return ret;
}

int render_item(const struct script_item *item, int rate, struct pcm *p,
		size_t *starts)
{
	const char *lang = item->article ?
			   crier_article_get(item->article, CRIER_FIELD_LANGUAGE) : "";
	int ret = speech_configure(&item->speech);

	if (!*lang)
		lang = NULL;
	if (starts)
		starts[0] = p->n;
	if (!ret)
		ret = render_piece(item->lead, lang, p);
	for (size_t i = 0; !ret && i < item->summary.n; i++) {
		if (starts)
			starts[i + 1] = p->n;
		ret = render_piece(item->summary.sentences[i], lang, p);
	}
	if (!ret)
		pcm_silence(p, item->speech.pause_ms, rate);
	return ret;
}
