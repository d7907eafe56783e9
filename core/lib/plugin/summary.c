/*
 * summary.c - the list of sentences a summarizer produces.
 */
#include <stdlib.h>

#include "libcrier.h"
#include "base/xalloc.h"

void crier_summary_init(struct crier_summary *sum)
{
	sum->sentences = NULL;
	sum->n = sum->alloc = 0;
}

void crier_summary_release(struct crier_summary *sum)
{
	for (size_t i = 0; i < sum->n; i++)
		free(sum->sentences[i]);
	free(sum->sentences);
	crier_summary_init(sum);
}

int crier_summary_add(struct crier_summary *out, const char *sentence,
		      size_t len)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	crier_collapse_space(sentence, len, &sb);
	if (!sb.len) {
		crier_strbuf_release(&sb);
		return 0;
	}
	out->sentences = xgrow(out->sentences, &out->alloc, out->n + 1,
			       sizeof(*out->sentences));
	out->sentences[out->n++] = crier_strbuf_detach(&sb);
	return 0;
}
