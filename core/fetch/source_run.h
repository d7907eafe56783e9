/*
 * source_run.h - one source's whole work: fetch its articles with its
 * plugin and summarize each into a story.
 */
#ifndef CRIER_SOURCE_RUN_H
#define CRIER_SOURCE_RUN_H

#include "config/config.h"
#include "host/loader.h"
#include "story.h"

/*
 * Runs source number index of c into r.  With isolate, each summarizer
 * runs in a child process: if it crashes or takes longer than
 * c->summarizer_timeout_s on a story, that story
 * is summarized by the lead plugin instead and its note says so.  A
 * failing fetch is recorded in r (r->failed, r->error); stories fetched
 * before the failure are kept.  Articles the filters (filter.h) drop are
 * left out, with a warning when verbose.
 */
void source_run(const struct config *c, struct loader *l, size_t index,
		int isolate, int verbose, struct source_result *r);

/* Keys of a source group that the core reads, not the plugin. */
extern const char *const core_source_keys[];

#endif
