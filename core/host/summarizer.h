/*
 * summarizer.h - one configured summarizer: a plugin, its settings, its
 * state, and the length it produces by default.
 */
#ifndef CRIER_SUMMARIZER_H
#define CRIER_SUMMARIZER_H

#include <libconfig.h>
#include "libcrier.h"
#include "loader.h"

/* The largest 'sentences' and 'words' a config may ask for. */
#define SUMMARIZER_MAX_SENTENCES 1000
#define SUMMARIZER_MAX_WORDS 100000

/*
 * crier's own bounds on any summary, whatever the plugin returns: a
 * sentence is cut after SUMMARY_SENTENCE_WORDS words or
 * SUMMARY_SENTENCE_BYTES bytes, and a summary the request does not limit
 * keeps at most SUMMARY_SENTENCES sentences and SUMMARY_WORDS words.
 */
#define SUMMARY_SENTENCE_WORDS 80
#define SUMMARY_SENTENCE_BYTES 1000
#define SUMMARY_SENTENCES 12
#define SUMMARY_WORDS 400

struct summarizer {
	const struct plugin *plugin;
	struct crier_settings *settings;
	void *state;
	unsigned sentences;	/* default length; 0 with words 0: plugin's */
	unsigned words;
	char note[160];		/* what the last run had to correct, or "" */
};

/*
 * Opens the summarizer that group configures (group and parent may be
 * NULL; keys missing from group come from parent, the global summarizer
 * settings).  plugin_name is used when the groups name none.  Returns 0,
 * or -1 with crier_error() set; s can be closed either way.
 */
int summarizer_open(struct summarizer *s, struct loader *l,
		    const config_setting_t *group,
		    const struct crier_settings *parent,
		    const char *plugin_name, const char *config_dir);
/*
 * Summarizes a into out with the given limits (0 and 0: s's defaults).
 * The plugin gets the body cleaned of page furniture by crier_clean_body()
 * (the same for a briefing and for "crier summarize").  Drops sentences
 * that repeat the title or each other, and holds what the plugin returned
 * to the request (summarizer_check); s->note says what that corrected.
 * Returns 0, or -1 when the plugin failed (crier_error).
 */
int summarizer_run(struct summarizer *s, const struct crier_article *a,
		   unsigned sentences, unsigned words, struct crier_summary *out);
/*
 * Holds out to a request for at most sentences sentences and words words
 * (0: no limit but crier's bounds above): invalid UTF-8 and control
 * characters are replaced, long sentences cut at a word's end, sentences
 * past the limits dropped.  When why is not NULL, what was corrected is
 * written there as a phrase ("" when nothing was).
 */
void summarizer_check(struct crier_summary *out, unsigned sentences,
		      unsigned words, char *why, size_t why_size);
void summarizer_close(struct summarizer *s);

#endif
