/*
 * paths.h - where crier finds its config, plugins and demo articles.
 *
 * A crier binary that runs from its build tree (as after "make", before
 * "make install") uses the tree's plugins and demo; an installed one uses
 * $(pkglibdir) and $(pkgdatadir).
 */
#ifndef CRIER_PATHS_H
#define CRIER_PATHS_H

#include <crier/strbuf.h>

/* The directory of the plugins built with crier. */
const char *paths_plugin_dir(void);
/* The directory of the demo articles and feeds. */
const char *paths_demo_dir(void);
/*
 * Puts the default config file in out: $XDG_CONFIG_HOME/crier/crier.conf,
 * then $(sysconfdir)/crier/crier.conf.  Returns 0, or -1 when neither
 * exists (the built-in demo config is then used).
 */
int paths_default_config(struct crier_strbuf *out);
/* The user's config file, $XDG_CONFIG_HOME/crier/crier.conf, into out. */
void paths_user_config(struct crier_strbuf *out);
/* mkdir -p for the directories above path; -1 with crier_error(). */
int paths_make_parents(const char *path);
/* $XDG_STATE_HOME/crier (default ~/.local/state/crier), created if needed. */
int paths_state_dir(struct crier_strbuf *out);

#endif
