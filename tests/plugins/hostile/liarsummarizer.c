/*
 * liarsummarizer.c - a summarizer that does not keep to its request, as
 * the text asks: "EMPTY" returns nothing, "FAIL" returns -1, "MANY"
 * returns 200 sentences whatever the limit, "BADUTF8" returns bytes that
 * are not UTF-8.  Otherwise it keeps the first sentence.
 */
#include <stdio.h>
#include <string.h>
#include <crier/plugin.h>

static int summarize(void *state, const struct crier_summary_request *req,
		     struct crier_summary *out)
{
	struct crier_spans s = CRIER_SPANS_INIT;
	char line[64];

	(void)state;
	if (strstr(req->text, "EMPTY"))
		return 0;
	if (strstr(req->text, "FAIL"))
		return crier_error("told to fail");
	if (strstr(req->text, "MANY")) {
		for (int i = 1; i <= 200; i++) {
			snprintf(line, sizeof(line), "Extra sentence number %d.", i);
			crier_summary_add(out, line, strlen(line));
		}
		return 0;
	}
	if (strstr(req->text, "BADUTF8")) {
		crier_summary_add(out, "Bad bytes \xff\xfe\xc3 here.", 19);
		return 0;
	}
	crier_split_sentences(req->text, req->len, req->language, &s);
	if (s.n)
		crier_summary_add(out, req->text + s.v[0].start, s.v[0].len);
	crier_spans_release(&s);
	return 0;
}

static const struct crier_summarizer_ops ops = { .summarize = summarize };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "liarsummarizer", .kind = CRIER_PLUGIN_SUMMARIZER,
	.summarizer = &ops,
};
