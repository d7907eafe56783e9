/*
 * html_walk.c - the paragraphs of text that both ways of reading HTML
 * (the scanner and libxml2's parser) gather into: ending one.
 */
#include <crier/plugin.h>
#include "html_text_int.h"

void text_walk_flush(struct text_walk *w)
{
	size_t before = w->out->len;

	if (before)
		crier_strbuf_adds(w->out, "\n\n");
	crier_collapse_space(w->para.buf, w->para.len, w->out);
	if (w->out->len == before + (before ? 2 : 0))
		crier_strbuf_setlen(w->out, before);
	crier_strbuf_reset(&w->para);
}
