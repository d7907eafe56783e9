/*
 * lexicon_config.h - the user pronunciation lexicon, read from the config:
 *
 *	lexicon = (
 *		{ match = "GIF"; say = "jif"; },
 *		{ regex = "([0-9]+)x([0-9]+)"; say = "\\1 by \\2"; lang = "en"; }
 *	);
 *
 * Each entry has either "match" (a word or phrase, replaced where it
 * stands as a whole word, case-sensitively) or "regex" (a POSIX extended
 * regex; "\0" to "\9" in "say" stand for the match and its groups), the
 * replacement "say", and optionally "lang", the one language (BCP 47) it
 * applies to.  Entries apply in order; see crier/normalize.h.
 */
#ifndef CRIER_LEXICON_CONFIG_H
#define CRIER_LEXICON_CONFIG_H

#include <libconfig.h>
#include <crier/normalize.h>

/*
 * Adds the entries of list (the "lexicon" setting; NULL when the config
 * has none) to lex.  Returns 0; or -1 with crier_error() set to
 * "FILE:LINE: message" for the first bad entry (not a group, no or two
 * patterns, no "say", an unknown key, a value that is not a string, an
 * invalid regex).  Entries before the bad one stay in lex.
 */
int lexicon_from_config(const config_setting_t *list, struct crier_lexicon *lex);

#endif
