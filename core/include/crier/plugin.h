/*
 * crier/plugin.h - the crier plugin ABI.
 *
 * A plugin is a shared object that exports one const descriptor,
 *
 *	const struct crier_plugin crier_plugin = { .abi = CRIER_PLUGIN_ABI, ... };
 *
 * and links against libcrier (pkg-config crier-plugin).  crier loads it with
 * dlopen(RTLD_NOW | RTLD_LOCAL), reads .abi before anything else and refuses
 * the file unless it equals CRIER_PLUGIN_ABI ("rebuild it"), then refuses it
 * if .api is newer than the host's CRIER_PLUGIN_API.
 *
 * Call order for a source plugin, for each configured source that names it:
 *	open(settings, &state)	once, before anything else; reads settings
 *	fetch(state, src)	once per briefing; adds articles to src
 *	close(state)		once, last
 * and for a summarizer: open once per distinct settings group, then
 * summarize() any number of times, then close.  Speech and output plugins
 * (API 2) have their call order in <crier/speech.h> and <crier/output.h>.  Calls for one instance never
 * overlap, but fetch() of different sources may run at the same time in
 * different threads or processes: keep per-instance data in state, not in
 * globals.
 *
 * Memory: crier owns every article and every string it hands out.  Plugins
 * give text to crier through functions that copy it, and never free what
 * crier gives them.  No allocator crosses the boundary.
 *
 * Errors: functions return 0 on success and -1 on failure.  A plugin that
 * fails sets a message with crier_error() (which returns -1, so that
 * "return crier_error(...)" reads naturally); crier prefixes it with the
 * source or plugin name before the user sees it.
 *
 * Compatibility: structs only grow at their end, never change a member's
 * meaning, and are never allocated or sized by a plugin.
 */
#ifndef CRIER_PLUGIN_H
#define CRIER_PLUGIN_H

#include <stddef.h>
#include <stdint.h>
#include <crier/strbuf.h>
#include <crier/text.h>
#include <crier/http.h>
#include <crier/speech.h>
#include <crier/output.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Changes whenever a struct below changes incompatibly; must match exactly. */
#define CRIER_PLUGIN_ABI 1
/* Grows when functions or members are added; a plugin needs at most this. */
#define CRIER_PLUGIN_API 2
/* The name of the descriptor every plugin exports. */
#define CRIER_PLUGIN_SYMBOL "crier_plugin"

enum crier_plugin_kind {
	CRIER_PLUGIN_SOURCE = 1,	/* produces articles */
	CRIER_PLUGIN_SUMMARIZER = 2,	/* condenses one article */
	CRIER_PLUGIN_SPEECH = 3,	/* text to PCM (API 2; crier/speech.h) */
	CRIER_PLUGIN_OUTPUT = 4,	/* PCM to a device or file (API 2; crier/output.h) */
};

/* ---- errors and messages ---------------------------------------------- */

/*
 * Records a message for the failure being returned and returns -1.  The
 * message should name what is at fault (file, line, URL); crier adds the
 * source or plugin name.  Thread-safe: each thread has its own message.
 */
int crier_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The last message recorded by crier_error() in this thread, or "". */
const char *crier_last_error(void);
/* Prints a warning on stderr, prefixed with the current source or plugin. */
void crier_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- settings: the plugin instance's own config group ----------------- */

/*
 * A read-only view of one config group: a source's group for a source
 * plugin, the summarizer group for a summarizer.  Never NULL when passed to
 * a plugin.  Every getter takes a default returned when the key is absent;
 * a key of the wrong type is reported as a warning (with its line) and the
 * default is returned.  Keys a plugin never reads are reported to the user
 * as unknown, so read every key you accept.
 */
struct crier_settings;

/* The string at key, or def.  Owned by crier; valid until close(). */
const char *crier_settings_string(const struct crier_settings *s,
				  const char *key, const char *def);
/*
 * The integer at key, or def.  A 64-bit value ("5000000000L") is returned
 * as it is on a 64-bit machine; check its range with
 * crier_settings_int_range() rather than narrowing it yourself.
 */
long crier_settings_int(const struct crier_settings *s, const char *key,
			long def);
/*
 * The integer at key, or def when the key is absent, checked to lie in
 * [min, max] before it is narrowed to a long: returns 0 with *out set, or
 * -1 with crier_error() naming "FILE:LINE" and the range when the value is
 * outside it or is not an integer (*out is then def).  def need not lie in
 * the range.  Since API 2.
 */
int crier_settings_int_range(const struct crier_settings *s, const char *key,
			     long def, long min, long max, long *out);
double crier_settings_float(const struct crier_settings *s, const char *key,
			    double def);
int crier_settings_bool(const struct crier_settings *s, const char *key,
			int def);
/*
 * A path at key, with "~/" expanded and a relative path made relative to
 * the directory of the config file, or def (expanded the same way) when the
 * key is absent, or NULL when def is NULL.  Owned by crier; valid until
 * close().
 */
const char *crier_settings_path(const struct crier_settings *s,
				const char *key, const char *def);
/*
 * The number of strings in the list or array at key (a lone string counts
 * as a list of one), and the i-th of them (owned by crier, valid until
 * close(); NULL when i is out of range).
 */
size_t crier_settings_count(const struct crier_settings *s, const char *key);
const char *crier_settings_item(const struct crier_settings *s,
				const char *key, size_t i);
/* The name of the source (or "summarizer") this group configures. */
const char *crier_settings_name(const struct crier_settings *s);
/* "FILE:LINE" of key in the config, or of the group when key is NULL. */
const char *crier_settings_where(const struct crier_settings *s,
				 const char *key);

/* ---- articles ------------------------------------------------------------ */

/* An article, owned by crier.  Plugins fill it through the calls below. */
struct crier_article;

enum crier_field {
	CRIER_FIELD_ID,		/* stable id (guid, URL, file path) */
	CRIER_FIELD_SOURCE,	/* source name; crier sets it */
	CRIER_FIELD_TITLE,	/* the headline, one line */
	CRIER_FIELD_LINK,	/* absolute URL of the article, if any */
	CRIER_FIELD_AUTHOR,
	CRIER_FIELD_LANGUAGE,	/* BCP 47 tag such as "en" or "pt-BR" */
	CRIER_FIELD_BODY,	/* plain UTF-8 text; paragraphs end in "\n" */
	CRIER_FIELD_SUMMARY,	/* a summary the source already has */
	CRIER_FIELD_COUNT
};

/* Published time unknown. */
#define CRIER_TIME_UNKNOWN INT64_MIN

/*
 * Copies len bytes of value (which need not be NUL-terminated) into field,
 * replacing what was there; invalid UTF-8 is repaired.  value NULL clears
 * the field.  Returns 0, or -1 for an unknown field.
 */
int crier_article_set(struct crier_article *a, enum crier_field field,
		      const char *value, size_t len);
/* The same for a NUL-terminated value. */
int crier_article_sets(struct crier_article *a, enum crier_field field,
		       const char *value);
/* Seconds since the epoch, UTC; CRIER_TIME_UNKNOWN when not known. */
void crier_article_set_published(struct crier_article *a, int64_t when);
/* A field's text, never NULL ("" when unset); valid until it is set again. */
const char *crier_article_get(const struct crier_article *a,
			      enum crier_field field);
int64_t crier_article_published(const struct crier_article *a);

/* ---- source plugins -------------------------------------------------------- */

/* The host side of one configured source during fetch(). */
struct crier_source;

/*
 * Adds a new, empty article to src and returns it for the plugin to fill
 * (never NULL).  It belongs to crier (do not free it); it stays valid
 * until fetch() returns.  An article left without a title, a body and a
 * summary is dropped.
 */
struct crier_article *crier_source_add(struct crier_source *src);
/* The source's settings (the same group open() was given). */
const struct crier_settings *crier_source_settings(struct crier_source *src);

struct crier_source_ops {
	/*
	 * Called once for each source that uses the plugin, before any other
	 * call.  Reads the source's settings and checks them; must not do
	 * network or slow I/O (check-config calls it too).  Sets *state to the
	 * plugin's per-source data (may be NULL).  Required.
	 */
	int (*open)(const struct crier_settings *settings, void **state);
	/*
	 * Fetches the source's articles and adds them with crier_source_add().
	 * Returns -1 with crier_error() when nothing could be read; articles
	 * added before a failure are kept.  Required.
	 */
	int (*fetch)(void *state, struct crier_source *src);
	/* Frees state.  May be NULL when open() allocates nothing. */
	void (*close)(void *state);
};

/* ---- summarizer plugins ---------------------------------------------------- */

/* What to summarize; owned by crier, read-only for the plugin. */
struct crier_summary_request {
	const char *text;	/* the body, plain UTF-8; never NULL */
	size_t len;		/* strlen(text) */
	const char *title;	/* the headline, or NULL when unknown */
	const char *language;	/* BCP 47 tag, or "" when unknown */
	unsigned sentences;	/* at most this many sentences; 0: no limit */
	unsigned words;		/* at most this many words; 0: no limit */
};

/* The summary being built; owned by crier. */
struct crier_summary;

/*
 * Appends one sentence (copied; need not be NUL-terminated) to the
 * summary.  Add sentences in article order.
 */
int crier_summary_add(struct crier_summary *out, const char *sentence,
		      size_t len);

struct crier_summarizer_ops {
	/*
	 * Reads the summarizer's settings (the summarizer group) and sets
	 * *state.  May be NULL when the plugin has no settings or state.
	 */
	int (*open)(const struct crier_settings *settings, void **state);
	/*
	 * Adds the chosen sentences of req->text to out with
	 * crier_summary_add(), in article order, within req's limits; when
	 * both limits are 0 it chooses a length itself.  Required.
	 */
	int (*summarize)(void *state, const struct crier_summary_request *req,
			 struct crier_summary *out);
	/* Frees state.  May be NULL. */
	void (*close)(void *state);
};

/* ---- the descriptor -------------------------------------------------------- */

struct crier_plugin {
	unsigned abi;		/* CRIER_PLUGIN_ABI; checked before all else */
	unsigned api;		/* CRIER_PLUGIN_API the plugin was built with */
	const char *name;	/* unique, as used in configs: "feed" */
	const char *description;	/* one line */
	const char *version;	/* the plugin's own version */
	enum crier_plugin_kind kind;
	/* Exactly one of the ops pointers is set, matching kind. */
	const struct crier_source_ops *source;
	const struct crier_summarizer_ops *summarizer;
	/*
	 * Called once right after loading, before any other call.  Returns
	 * -1 with crier_error() to refuse to load (missing data, say); the
	 * file is then reported and skipped.  May be NULL.
	 */
	int (*init)(void);
	/* API 2: the ops of a speech or an output plugin. */
	const struct crier_speech_ops *speech;
	const struct crier_output_ops *output;
};

#ifdef __cplusplus
}
#endif

#endif
