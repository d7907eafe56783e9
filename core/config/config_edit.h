/*
 * config_edit.h - adding source entries to the text of a config file.
 *
 * libconfig cannot write a file back without losing its comments and
 * layout, so new sources are inserted into the text itself: libconfig
 * checks the text before and after, a small scanner that knows libconfig's
 * strings and comments finds where the "sources" list ends, and everything
 * else is kept byte for byte.
 */
#ifndef CRIER_CONFIG_EDIT_H
#define CRIER_CONFIG_EDIT_H

#include <stddef.h>
#include <crier/strbuf.h>

/*
 * Appends s to out as a libconfig string literal: in double quotes, with
 * '"' and '\' escaped, tab, newline and carriage return as \t, \n, \r and
 * other control characters as \xNN.  s must not be NULL.
 */
void config_edit_quote(struct crier_strbuf *out, const char *s);

/*
 * Appends the text of one source group to out, on one line and without a
 * trailing comma: { name = "NAME"; plugin = "PLUGIN"; url = "URL"; }.
 * None of the strings may be NULL.
 */
void config_edit_source(struct crier_strbuf *out, const char *name,
			const char *plugin, const char *url);

/*
 * Puts into out (reset first) the config text (len bytes, need not be
 * NUL-terminated) with the n groups of entries (each the text of a group,
 * "{ ... }", as config_edit_source() makes) appended to its top-level
 * "sources" list, or with a new "sources" list at the end when there is
 * none.  Everything else in text is kept as it was; new lines end with CRLF when text has
 * any.  file names the text
 * in messages; include_dir (may be NULL: the current directory) is where
 * @include finds relative files.
 *
 * Returns 0, or -1 with crier_error() set ("FILE:LINE: message") when
 * text is not a valid config, "sources" is not a list, is set in an
 * included file, or the edited text would not read back with n more
 * sources; out is then unspecified.
 */
int config_edit_add_sources(const char *text, size_t len, const char *file,
			    const char *include_dir,
			    const char *const *entries, size_t n,
			    struct crier_strbuf *out);

#endif
