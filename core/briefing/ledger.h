/*
 * ledger.h - the heard-story ledger: a SQLite database of the stories
 * that were spoken to the end, so that the next briefing skips them.
 *
 * The database is $XDG_STATE_HOME/crier/heard.db, in WAL mode with
 * synchronous=FULL: a story marked is on disk when ledger_mark() returns,
 * and a process killed at any moment leaves a consistent database.
 *
 * A story is "heard" when any of three keys matches a recorded story:
 *  - its id (the source's guid or path), within the same source name;
 *  - its normalized link (see ledger_normalize_link());
 *  - a hash of its normalized headline (its words, lower-cased), for
 *    stories recorded in the last LEDGER_TITLE_DAYS days (so that a
 *    recurring headline such as "Weather" is not skipped forever).
 * Empty keys never match.
 *
 * Not thread-safe: use a ledger from one thread.  Do not use it in a
 * child process forked after it was opened.
 */
#ifndef CRIER_LEDGER_H
#define CRIER_LEDGER_H

#include <stdint.h>
#include <crier/plugin.h>

/* How long a headline alone identifies a story. */
#define LEDGER_TITLE_DAYS 30

struct ledger;

/* One recorded story, as listed by ledger_recent(). */
struct ledger_entry {
	int64_t when;		/* seconds since the epoch, UTC */
	const char *source;	/* never NULL; "" when unknown */
	const char *title;	/* never NULL */
	const char *link;	/* never NULL; "" when none */
};

/*
 * Opens (creating if needed) the ledger heard.db in the state directory.
 * Returns 0 and sets *l, or -1 with crier_error() when it cannot be
 * opened or created (read-only directory, I/O error): the caller should
 * warn and go on without a ledger.  An existing ledger that can be read
 * but not written (read-only file or file system) is opened for reading,
 * with one warning on stderr that what is heard now is not recorded;
 * ledger_mark() then records nothing and returns 0.  A file that is not a database or is
 * corrupt is never deleted: it is renamed to "heard.db.corrupt-STAMP"
 * (with its -wal and -shm files), a warning naming both files is printed
 * on stderr, and a new ledger is started.
 */
int ledger_open(struct ledger **l);
/* The same for the database at path (for tests and "crier history"). */
int ledger_open_path(const char *path, struct ledger **l);
/*
 * Opens an existing ledger read-only, for listing.  Returns 1 and sets
 * *l, 0 when path does not exist (*l is NULL), -1 with crier_error() on
 * any other failure.  Never renames or creates anything.
 */
int ledger_open_readonly(const char *path, struct ledger **l);
/* Closes l; l may be NULL. */
void ledger_close(struct ledger *l);

/*
 * 1 when a (with its id, link and title) was recorded before, 0 when
 * not, -1 with crier_error() when the database cannot be read.  The
 * source name used for the id is a's CRIER_FIELD_SOURCE.
 */
int ledger_heard(struct ledger *l, const struct crier_article *a);
/*
 * Records a as heard now, from source (NULL: a's CRIER_FIELD_SOURCE), in
 * one transaction that is committed (and synced) before it returns.
 * Returns 0, or -1 with crier_error().  Call it only after the story's
 * audio has been written out in full.  On a ledger that ledger_open()
 * opened for reading only, does nothing and returns 0.  After
 * ledger_hold(), the mark waits in memory for ledger_release().
 */
int ledger_mark(struct ledger *l, const struct crier_article *a,
		const char *source);
/*
 * Holds the marks that follow in memory, until ledger_release(): for a
 * briefing written to a file, whose stories are heard only if the file
 * is kept.  A process killed meanwhile records none of them, and the
 * ledger is not locked meanwhile.
 */
void ledger_hold(struct ledger *l);
/*
 * Ends ledger_hold(): with keep true, records the held marks in one
 * transaction, committed (and synced) before it returns; with keep false
 * drops them.  0 (also when nothing was held), or -1 with crier_error()
 * (none of them recorded).
 */
int ledger_release(struct ledger *l, int keep);
/* The same at a given time (seconds since the epoch); for tests. */
int ledger_mark_at(struct ledger *l, const struct crier_article *a,
		   const char *source, int64_t when);

/*
 * Calls fn for each of the limit most recently heard stories (0: all),
 * newest first, stopping early when fn returns non-zero.  The entry's
 * strings are valid only during the call.  Returns 0, or -1 with
 * crier_error().
 */
int ledger_recent(struct ledger *l, unsigned limit,
		  int (*fn)(const struct ledger_entry *e, void *data),
		  void *data);

/*
 * Forgets heard stories, so that the next briefing speaks them again: all
 * of them when what is NULL, else those whose headline (as listed by
 * "crier history") or link is what.  One transaction: all or nothing.
 * Sets *n to the number forgotten.  Returns 0, or -1 with crier_error()
 * (nothing forgotten).
 */
int ledger_forget(struct ledger *l, const char *what, size_t *n);

/*
 * Appends to out the normalized form of the URL link: scheme and host
 * lower-cased, "http" taken as "https", a default port dropped, the
 * fragment, utm_* query parameters and a trailing slash of the path
 * removed.  Text that is not a URL is only trimmed of its fragment and
 * trailing slash.
 */
void ledger_normalize_link(const char *link, struct crier_strbuf *out);
/*
 * Appends to out the normalized headline: its words (per
 * crier_next_word()) lower-cased and joined by single spaces.
 */
void ledger_normalize_title(const char *title, struct crier_strbuf *out);

#endif
