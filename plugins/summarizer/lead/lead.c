/*
 * lead.c - the lead summarizer: the article's first sentences.
 *
 * Takes the first N sentences, or as many whole sentences as fit in N
 * words (at least one).  The baseline every other summarizer is measured
 * against; news writing puts the essentials first, so it is a strong one.
 */
#include <crier/plugin.h>

/* Length used when the request sets no limit. */
#define LEAD_DEFAULT_SENTENCES 3

static int fits(const struct crier_summary_request *req, unsigned taken,
		size_t words, size_t more)
{
	if (req->sentences && taken >= req->sentences)
		return 0;
	if (req->words && taken && words + more > req->words)
		return 0;
	return 1;
}

static int lead_summarize(void *state, const struct crier_summary_request *req,
			  struct crier_summary *out)
{
	struct crier_summary_request limits = *req;
	struct crier_spans spans = CRIER_SPANS_INIT;
	size_t words = 0;
	unsigned taken = 0;

	if (!limits.sentences && !limits.words)
		limits.sentences = LEAD_DEFAULT_SENTENCES;
	crier_split_sentences(req->text, req->len, req->language, &spans);
	for (size_t i = 0; i < spans.n; i++) {
		const char *s = req->text + spans.v[i].start;
		size_t n = crier_count_words(s, spans.v[i].len);

		if (!fits(&limits, taken, words, n))
			break;
		crier_summary_add(out, s, spans.v[i].len);
		words += n;
		taken++;
	}
	crier_spans_release(&spans);
	return 0;
}

static const struct crier_summarizer_ops lead_ops = {
	.summarize = lead_summarize,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "lead",
	.description = "the first sentences of the article",
	.version = "1.0",
	.kind = CRIER_PLUGIN_SUMMARIZER,
	.summarizer = &lead_ops,
};
