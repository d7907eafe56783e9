/*
 * crashsummarizer.c - a summarizer that crashes on any story whose text
 * contains "CRASH", and hangs on one that contains "HANG"; otherwise it
 * keeps the first sentence.
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <crier/plugin.h>

static int summarize(void *state, const struct crier_summary_request *req,
		     struct crier_summary *out)
{
	struct crier_spans s = CRIER_SPANS_INIT;

	(void)state;
	if (strstr(req->text, "CRASH"))
		raise(SIGSEGV);
	while (strstr(req->text, "HANG"))
		pause();
	crier_split_sentences(req->text, req->len, req->language, &s);
	if (s.n)
		crier_summary_add(out, req->text + s.v[0].start, s.v[0].len);
	crier_spans_release(&s);
	return 0;
}

static const struct crier_summarizer_ops ops = { .summarize = summarize };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "crashsummarizer", .kind = CRIER_PLUGIN_SUMMARIZER,
	.summarizer = &ops,
};
