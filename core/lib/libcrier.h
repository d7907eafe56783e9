/*
 * libcrier.h - the parts of libcrier that only the crier program uses.
 *
 * Plugins see crier/plugin.h; the core also needs to create the objects
 * that plugins fill (settings views, articles, sources, summaries) and to
 * set the context that prefixes warnings.  Not installed.
 */
#ifndef CRIER_LIBCRIER_H
#define CRIER_LIBCRIER_H

#include <libconfig.h>
#include <crier/plugin.h>

/* ---- errors ---- */

void crier_clear_error(void);
/* Sets the name warnings are prefixed with (NULL: none); returns the old. */
const char *crier_set_context(const char *name);

/* Writes all of buf to fd, retrying short writes; 0, or -1 (errno set). */
int crier_write_all(int fd, const void *buf, size_t len);

/* ---- the user's paths (user_paths.c) ---- */

/*
 * path with a leading "~" or "~/" taken from $HOME (when it is set), and
 * a relative path that is not a URL ("scheme://...") made relative to
 * dir (when dir is not NULL).  Returns a new string to free().
 */
char *crier_path_expand(const char *path, const char *dir);
/*
 * Appends $var (when it is an absolute path) or $HOME/fallback to out:
 * an XDG base directory ("XDG_CONFIG_HOME", ".config").  HOME unset or
 * empty reads as ".".
 */
void crier_xdg_dir(const char *var, const char *fallback,
		   struct crier_strbuf *out);
/*
 * Appends crier's state directory to out: $XDG_STATE_HOME/crier, by
 * default ~/.local/state/crier.  Nothing is created.
 */
void crier_state_dir(struct crier_strbuf *out);

/* ---- "did you mean" ---- */

/*
 * The name among names[0..n) (entries may be NULL) nearest to word by edit
 * distance (case ignored), when at most a third of word's length (and at
 * least 1) edits away; else NULL.  The result points into names.
 */
const char *crier_suggest(const char *word, const char *const *names, size_t n);
/*
 * Warns on stderr "WHERE: warning: unknown setting 'NAME' in IN", with
 * "(did you mean 'K'?)" when one of known[0..n) is near NAME.
 */
void crier_warn_unknown_setting(const char *where, const char *name,
				const char *in, const char *const *known,
				size_t n);
/* The number of entries before the NULL ending list (0 for NULL). */
size_t crier_list_length(const char *const *list);

/* ---- settings ---- */

/*
 * "FILE:LINE" of setting s ("config:LINE" when it came from no file),
 * written into buf (size bytes, cut to fit); returns buf.
 */
const char *crier_config_where_r(const config_setting_t *s, char *buf,
				 size_t size);
/* crier_config_where_r() into a static buffer the next call overwrites. */
const char *crier_config_where(const config_setting_t *s);

/*
 * A view of group (never NULL) for the source or summarizer called name.
 * Keys missing from group are looked up in parent's group when parent is
 * not NULL.  config_dir is the directory that relative paths are resolved
 * against.  The strings are borrowed and must outlive the view.  Free with
 * crier_settings_free().
 */
struct crier_settings *crier_settings_new(const config_setting_t *group,
					  const struct crier_settings *parent,
					  const char *name,
					  const char *config_dir);
void crier_settings_free(struct crier_settings *s);
/*
 * Warns about each key of the group that nobody read and that is not in
 * also_known (a NULL-terminated list, may be NULL), with "did you mean"
 * when a key a getter asked for (or one of also_known) is near it.  With
 * only_near, warns only about those (for a plugin whose open failed part
 * way: keys it never reached are not unknown).  Returns the count.
 */
int crier_settings_warn_unread(const struct crier_settings *s,
			       const char *const *also_known, int only_near);

/* ---- articles ---- */

struct crier_article *crier_article_new(void);
void crier_article_free(struct crier_article *a);

/* ---- sources ---- */

struct crier_source {
	const struct crier_settings *settings;
	const char *name;		/* the source's name */
	struct crier_article **articles;
	size_t n, alloc;
};

void crier_source_init(struct crier_source *src, const char *name,
		       const struct crier_settings *settings);
/* Drops articles without a title and a body, and sets their source. */
void crier_source_finish(struct crier_source *src);
void crier_source_release(struct crier_source *src);

/* ---- summaries ---- */

struct crier_summary {
	char **sentences;
	size_t n, alloc;
};

void crier_summary_init(struct crier_summary *sum);
void crier_summary_release(struct crier_summary *sum);

/* ---- synthesized speech (crier/speech.h) ---- */

/*
 * 16-bit mono samples and where sentences start in them.  The host owns
 * it; speech plugins append through crier_pcm_append() and
 * crier_pcm_mark(), relative to start (set by crier_pcm_begin()).
 */
struct crier_pcm {
	int16_t *samples;
	size_t n, alloc;
	size_t *sentences;	/* sample offsets where sentences start */
	size_t n_sentences, alloc_sentences;
	size_t start;		/* where the current render() began */
};

void crier_pcm_init(struct crier_pcm *p);
void crier_pcm_release(struct crier_pcm *p);
/* Starts a render() at the end of p: marks a sentence there. */
void crier_pcm_begin(struct crier_pcm *p);
/* Appends ms milliseconds of silence at rate. */
void crier_pcm_silence(struct crier_pcm *p, int ms, int rate);

#endif
