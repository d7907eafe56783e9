/*
 * summarizer.h - one configured summarizer: a plugin, its settings, its
 * state, and the length it produces by default.
 */
#ifndef CRIER_SUMMARIZER_H
#define CRIER_SUMMARIZER_H

#include <libconfig.h>
#include "libcrier.h"
#include "loader.h"

struct summarizer {
	const struct plugin *plugin;
	struct crier_settings *settings;
	void *state;
	unsigned sentences;	/* default length; 0 with words 0: plugin's */
	unsigned words;
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
 * that repeat the title or each other.  Returns 0 or -1.
 */
int summarizer_run(struct summarizer *s, const struct crier_article *a,
		   unsigned sentences, unsigned words, struct crier_summary *out);
void summarizer_close(struct summarizer *s);

#endif
