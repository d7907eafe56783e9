/*
 * ledger.c - the heard-story ledger in SQLite (see ledger.h).
 *
 * One table, one row per story spoken to the end.  Every mark is its own
 * transaction; in WAL mode with synchronous=NORMAL a commit survives a
 * killed process (a power cut may lose the last marks, never corrupt the
 * file), and SQLite's journal makes a kill at any moment harmless.  A file that
 * turns out not to be a database, or a corrupt one, is moved aside (never
 * deleted) and a new ledger started.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sqlite3.h>

#include "ledger.h"
#include "config/paths.h"
#include "base/xalloc.h"

#define LEDGER_VERSION 1

/* A mark waiting for ledger_release(): the values of one row. */
struct held_mark {
	int64_t when;
	char *v[6];	/* source, id, link, title hash, title, raw link */
};

struct ledger {
	sqlite3 *db;
	char *path;
	int readonly;		/* read, but marks are not recorded */
	int holding;		/* marks wait in held until ledger_release() */
	struct held_mark *held;
	size_t n_held, alloc_held;
	sqlite3_stmt *heard;	/* prepared on first use */
	sqlite3_stmt *mark;
};

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS heard ("
	" heard_at INTEGER NOT NULL,"	/* seconds since the epoch */
	" source TEXT NOT NULL,"
	" story_id TEXT NOT NULL,"
	" link TEXT NOT NULL,"		/* normalized */
	" title_hash TEXT NOT NULL,"	/* of the normalized headline */
	" title TEXT NOT NULL,"		/* as spoken, for crier history */
	" raw_link TEXT NOT NULL);"
	"CREATE INDEX IF NOT EXISTS heard_id ON heard(story_id, source);"
	"CREATE INDEX IF NOT EXISTS heard_link ON heard(link);"
	"CREATE INDEX IF NOT EXISTS heard_title ON heard(title_hash);"
	"CREATE INDEX IF NOT EXISTS heard_when ON heard(heard_at);";

static const char heard_sql[] =
	"SELECT 1 FROM heard WHERE"
	" (?1 <> '' AND story_id = ?1 AND source = ?2)"
	" OR (?3 <> '' AND link = ?3)"
	" OR (?4 <> '' AND title_hash = ?4 AND heard_at >= ?5)"
	" LIMIT 1";

static const char mark_sql[] =
	"INSERT INTO heard (heard_at, source, story_id, link, title_hash,"
	" title, raw_link) VALUES (?, ?, ?, ?, ?, ?, ?)";

/* -1 with a message naming the ledger file and SQLite's reason. */
static int db_error(const struct ledger *l, const char *what)
{
	return crier_error("%s: %s: %s", l->path, what, sqlite3_errmsg(l->db));
}

/* True for the errors that mean the file itself is damaged. */
static int is_corrupt(int rc)
{
	rc &= 0xff;
	return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB;
}

/* Runs sql; returns SQLite's result code. */
static int exec(struct ledger *l, const char *sql)
{
	return sqlite3_exec(l->db, sql, NULL, NULL, NULL);
}

/* The first column of the first row of sql as text, in out. */
static int query_text(struct ledger *l, const char *sql,
		      struct crier_strbuf *out)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(l->db, sql, -1, &st, NULL);

	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(st, 0);

		crier_strbuf_adds(out, t ? (const char *)t : "");
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Reads PRAGMA user_version into *version; SQLite's code. */
static int read_version(struct ledger *l, int *version)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	int rc = query_text(l, "PRAGMA user_version", &text);

	*version = rc == SQLITE_OK ? atoi(text.buf) : 0;
	crier_strbuf_release(&text);
	return rc;
}

/*
 * Takes the write lock, which finds a ledger that cannot be written (read
 * only, or locked by another writer) at open rather than at the first
 * mark, and creates the tables and indexes unless user_version says they
 * are there: a ledger already set up gets no write, nor a sync, at open.
 */
static int lock_and_create(struct ledger *l)
{
	int version, rc = exec(l, "BEGIN IMMEDIATE");

	if (rc != SQLITE_OK)
		return rc;
	rc = read_version(l, &version);
	if (rc == SQLITE_OK && version != LEDGER_VERSION) {
		rc = exec(l, schema);
		if (rc == SQLITE_OK)
			rc = exec(l, "PRAGMA user_version=1");
	}
	if (rc == SQLITE_OK)
		rc = exec(l, "COMMIT");
	if (rc != SQLITE_OK)
		exec(l, "ROLLBACK");
	return rc;
}

/* Checks the file and sets the ledger up; SQLite's code, or -1 if corrupt. */
static int setup(struct ledger *l)
{
	struct crier_strbuf check = CRIER_STRBUF_INIT;
	int rc;

	sqlite3_busy_timeout(l->db, 5000);
	rc = query_text(l, "PRAGMA journal_mode=WAL", &check);
	if (rc == SQLITE_OK) {
		crier_strbuf_reset(&check);
		rc = query_text(l, "PRAGMA quick_check(1)", &check);
	}
	if (rc == SQLITE_OK && strcmp(check.buf, "ok"))
		rc = -1;
	if (rc == SQLITE_OK)
		rc = exec(l, "PRAGMA synchronous=NORMAL");
	if (rc == SQLITE_OK)
		rc = lock_and_create(l);
	crier_strbuf_release(&check);
	return rc;
}

/* Renames path+suffix to aside+suffix when it exists; -1 on failure. */
static int move_file(const char *path, const char *aside, const char *suffix)
{
	struct crier_strbuf from = CRIER_STRBUF_INIT, to = CRIER_STRBUF_INIT;
	int ret = 0;

	crier_strbuf_addf(&from, "%s%s", path, suffix);
	crier_strbuf_addf(&to, "%s%s", aside, suffix);
	if (rename(from.buf, to.buf) && errno != ENOENT)
		ret = crier_error("%s: cannot move the corrupt ledger aside: %s",
				  from.buf, strerror(errno));
	crier_strbuf_release(&from);
	crier_strbuf_release(&to);
	return ret;
}

/*
 * Moves the corrupt database at path (and its journal) to a new name and
 * warns, with why; -1 with crier_error() when it can't be moved.
 */
static int move_aside(const char *path, const char *why)
{
	struct crier_strbuf aside = CRIER_STRBUF_INIT;
	char stamp[32];
	time_t now = time(NULL);
	int ret;

	strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", gmtime(&now));
	crier_strbuf_addf(&aside, "%s.corrupt-%s", path, stamp);
	for (int i = 2; !access(aside.buf, F_OK) && i < 1000; i++) {
		crier_strbuf_reset(&aside);
		crier_strbuf_addf(&aside, "%s.corrupt-%s-%d", path, stamp, i);
	}
	ret = move_file(path, aside.buf, "");
	if (!ret)
		ret = move_file(path, aside.buf, "-wal");
	if (!ret)
		ret = move_file(path, aside.buf, "-shm");
	if (!ret)
		crier_warn("%s; moved it to %s and started a new ledger",
			   why, aside.buf);
	crier_strbuf_release(&aside);
	return ret;
}

/* Opens and sets up l->path; -1 with *corrupt set when the file is bad. */
static int try_open(struct ledger *l, int *corrupt)
{
	int rc = sqlite3_open_v2(l->path, &l->db,
				 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

	*corrupt = 0;
	if (rc != SQLITE_OK)
		return db_error(l, "cannot open the ledger");
	rc = setup(l);
	if (rc == SQLITE_OK)
		return 0;
	*corrupt = rc == -1 || is_corrupt(rc);
	if (rc == -1)
		crier_error("%s: the ledger is corrupt", l->path);
	else	/* errmsg may be gone with the statement that failed */
		crier_error("%s: cannot use the ledger: %s", l->path,
			    sqlite3_errstr(rc));
	sqlite3_close(l->db);
	l->db = NULL;
	return -1;
}

/* Opens name (a path, or a URI) read-only and reads from it; SQLite's code. */
static int try_reading(struct ledger *l, const char *name)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_open_v2(name, &l->db,
				 SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);

	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(l->db, "SELECT 1 FROM heard LIMIT 1", -1,
					&st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_OK) {
		sqlite3_close(l->db);
		l->db = NULL;
	}
	return rc;
}

/*
 * Opens l->path read-only.  A ledger in WAL mode whose directory cannot be
 * written is read as immutable when it cannot be read otherwise (SQLite
 * needs its -shm file, and cannot make one there; nobody can write the
 * ledger there either).  0, or -1 with crier_error().
 */
static int open_readable(struct ledger *l)
{
	struct crier_strbuf uri = CRIER_STRBUF_INIT;
	int rc = try_reading(l, l->path);

	if (rc != SQLITE_OK) {
		crier_strbuf_adds(&uri, "file:");
		for (const char *p = l->path; *p; p++)
			if (strchr("?#%", *p))
				crier_strbuf_addf(&uri, "%%%02X", (unsigned char)*p);
			else
				crier_strbuf_addch(&uri, *p);
		crier_strbuf_adds(&uri, "?immutable=1");
		if (try_reading(l, uri.buf) == SQLITE_OK)
			rc = SQLITE_OK;
	}
	crier_strbuf_release(&uri);
	if (rc != SQLITE_OK)
		return crier_error("%s: cannot read the ledger: %s", l->path,
				   sqlite3_errstr(rc));
	sqlite3_busy_timeout(l->db, 5000);
	return 0;
}

/*
 * Opens the existing ledger l->path for reading only, when it cannot be
 * written (a read-only file, directory or file system) but can be read;
 * warns that what is heard now is not recorded.  0, or -1 (l->db NULL).
 */
static int open_for_reading(struct ledger *l, const char *why)
{
	if (open_readable(l))
		return -1;
	l->readonly = 1;
	crier_warn("%s; the ledger is read-only: stories heard before are "
		   "skipped, but the ones heard now cannot be recorded and "
		   "will be spoken again", why);
	return 0;
}

int ledger_open_path(const char *path, struct ledger **out)
{
	struct ledger *l = xcalloc(1, sizeof(*l));
	char *why = NULL;
	int corrupt, ret = 0;

	l->path = xstrdup(path);
	if (try_open(l, &corrupt)) {
		why = xstrdup(crier_last_error());
		ret = -1;
		if (corrupt && !move_aside(path, why))
			ret = try_open(l, &corrupt);
		else if (!corrupt && !access(path, F_OK))
			ret = open_for_reading(l, why);
		if (ret)
			crier_error("%s", why);
	}
	free(why);
	if (ret) {
		ledger_close(l);
		return -1;
	}
	*out = l;
	return 0;
}

int ledger_open(struct ledger **l)
{
	struct crier_strbuf path = CRIER_STRBUF_INIT;
	int ret = paths_state_dir(&path);

	if (!ret) {
		crier_strbuf_adds(&path, "/heard.db");
		ret = ledger_open_path(path.buf, l);
	}
	crier_strbuf_release(&path);
	return ret;
}

int ledger_open_readonly(const char *path, struct ledger **out)
{
	struct ledger *l;

	*out = NULL;
	if (access(path, F_OK))
		return errno == ENOENT ? 0 : crier_error("%s: %s", path,
							 strerror(errno));
	l = xcalloc(1, sizeof(*l));
	l->path = xstrdup(path);
	if (open_readable(l)) {
		ledger_close(l);
		return -1;
	}
	*out = l;
	return 1;
}

/* Drops the held marks. */
static void drop_held(struct ledger *l)
{
	for (size_t i = 0; i < l->n_held; i++)
		for (int k = 0; k < 6; k++)
			free(l->held[i].v[k]);
	free(l->held);
	l->held = NULL;
	l->n_held = l->alloc_held = 0;
}

void ledger_close(struct ledger *l)
{
	if (!l)
		return;
	drop_held(l);
	sqlite3_finalize(l->heard);
	sqlite3_finalize(l->mark);
	sqlite3_close(l->db);
	free(l->path);
	free(l);
}

/* ---- keys (the normalized link and headline: ledger_keys.c) ---- */

/* Puts the hex FNV-1a hash of a's normalized headline in out ("" if none). */
static void title_hash(const struct crier_article *a, struct crier_strbuf *out)
{
	struct crier_strbuf norm = CRIER_STRBUF_INIT;
	uint64_t h = 0xcbf29ce484222325ULL;

	ledger_normalize_title(crier_article_get(a, CRIER_FIELD_TITLE), &norm);
	for (size_t i = 0; i < norm.len; i++) {
		h ^= (unsigned char)norm.buf[i];
		h *= 0x100000001b3ULL;
	}
	if (norm.len)
		crier_strbuf_addf(out, "%016llx", (unsigned long long)h);
	crier_strbuf_release(&norm);
}

/* The keys of one article. */
struct keys {
	struct crier_strbuf link, hash;
};

static void keys_init(struct keys *k, const struct crier_article *a)
{
	crier_strbuf_init(&k->link);
	crier_strbuf_init(&k->hash);
	ledger_normalize_link(crier_article_get(a, CRIER_FIELD_LINK), &k->link);
	title_hash(a, &k->hash);
}

static void keys_release(struct keys *k)
{
	crier_strbuf_release(&k->link);
	crier_strbuf_release(&k->hash);
}

/* ---- queries ---- */

static int prepare(struct ledger *l, sqlite3_stmt **st, const char *sql)
{
	if (!*st && sqlite3_prepare_v2(l->db, sql, -1, st, NULL) != SQLITE_OK)
		return db_error(l, "cannot prepare a query");
	sqlite3_reset(*st);
	sqlite3_clear_bindings(*st);
	return 0;
}

static void bind(sqlite3_stmt *st, int i, const char *text)
{
	sqlite3_bind_text(st, i, text, -1, SQLITE_TRANSIENT);
}

int ledger_heard(struct ledger *l, const struct crier_article *a)
{
	struct keys k;
	int rc;

	if (prepare(l, &l->heard, heard_sql))
		return -1;
	keys_init(&k, a);
	bind(l->heard, 1, crier_article_get(a, CRIER_FIELD_ID));
	bind(l->heard, 2, crier_article_get(a, CRIER_FIELD_SOURCE));
	bind(l->heard, 3, k.link.buf);
	bind(l->heard, 4, k.hash.buf);
	sqlite3_bind_int64(l->heard, 5,
			   (int64_t)time(NULL) - LEDGER_TITLE_DAYS * 86400);
	rc = sqlite3_step(l->heard);
	keys_release(&k);
	sqlite3_reset(l->heard);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : db_error(l, "cannot read the ledger");
}

/* Inserts one row (v as in struct held_mark); SQLite's code. */
static int insert(struct ledger *l, int64_t when, const char *const v[6])
{
	int rc;

	sqlite3_bind_int64(l->mark, 1, when);
	for (int k = 0; k < 6; k++)
		bind(l->mark, k + 2, v[k]);
	rc = sqlite3_step(l->mark);
	sqlite3_reset(l->mark);
	return rc;
}

/* Keeps a copy of the row for ledger_release(). */
static void hold(struct ledger *l, int64_t when, const char *const v[6])
{
	struct held_mark *m;

	l->held = xgrow(l->held, &l->alloc_held, l->n_held + 1,
			sizeof(*l->held));
	m = &l->held[l->n_held++];
	m->when = when;
	for (int k = 0; k < 6; k++)
		m->v[k] = xstrdup(v[k] ? v[k] : "");
}

int ledger_mark_at(struct ledger *l, const struct crier_article *a,
		   const char *source, int64_t when)
{
	struct keys k;
	const char *v[6];
	int rc = SQLITE_DONE;

	if (l->readonly)
		return 0;	/* said once, when it was opened */
	if (!source)
		source = crier_article_get(a, CRIER_FIELD_SOURCE);
	if (!l->holding && prepare(l, &l->mark, mark_sql))
		return -1;
	if (!l->holding && exec(l, "BEGIN IMMEDIATE") != SQLITE_OK)
		return db_error(l, "cannot write to the ledger");
	keys_init(&k, a);
	v[0] = source;
	v[1] = crier_article_get(a, CRIER_FIELD_ID);
	v[2] = k.link.buf;
	v[3] = k.hash.buf;
	v[4] = crier_article_get(a, CRIER_FIELD_TITLE);
	v[5] = crier_article_get(a, CRIER_FIELD_LINK);
	if (l->holding)
		hold(l, when, v);
	else
		rc = insert(l, when, v);
	keys_release(&k);
	if (l->holding ||
	    (rc == SQLITE_DONE && exec(l, "COMMIT") == SQLITE_OK))
		return 0;
	db_error(l, "cannot record a heard story");
	exec(l, "ROLLBACK");
	return -1;
}

void ledger_hold(struct ledger *l)
{
	l->holding = 1;
}

int ledger_release(struct ledger *l, int keep)
{
	int rc = SQLITE_OK;

	l->holding = 0;
	if (!keep || !l->n_held)
		goto out;
	if (prepare(l, &l->mark, mark_sql)) {
		drop_held(l);
		return -1;
	}
	rc = exec(l, "BEGIN IMMEDIATE");
	for (size_t i = 0; rc == SQLITE_OK && i < l->n_held; i++) {
		rc = insert(l, l->held[i].when,
			    (const char *const *)l->held[i].v);
		rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
	}
	if (rc == SQLITE_OK)
		rc = exec(l, "COMMIT");
	if (rc != SQLITE_OK) {
		db_error(l, "cannot record the heard stories");
		exec(l, "ROLLBACK");
	}
out:
	drop_held(l);
	return rc == SQLITE_OK ? 0 : -1;
}

int ledger_mark(struct ledger *l, const struct crier_article *a,
		const char *source)
{
	return ledger_mark_at(l, a, source, (int64_t)time(NULL));
}

/* Everything, or the stories whose headline or link is ?1 (?2: normalized). */
static const char forget_sql[] =
	"DELETE FROM heard WHERE ?1 IS NULL OR title = ?1 OR raw_link = ?1"
	" OR (?2 <> '' AND link = ?2)";

int ledger_forget(struct ledger *l, const char *what, size_t *n)
{
	struct crier_strbuf link = CRIER_STRBUF_INIT;
	sqlite3_stmt *st = NULL;
	int rc;

	*n = 0;
	if (prepare(l, &st, forget_sql))
		return -1;
	if (what) {
		ledger_normalize_link(what, &link);
		bind(st, 1, what);
	}
	bind(st, 2, link.buf);
	rc = exec(l, "BEGIN IMMEDIATE");
	if (rc == SQLITE_OK)
		rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		*n = (size_t)sqlite3_changes(l->db);
		rc = exec(l, "COMMIT");
	}
	if (rc != SQLITE_OK) {
		db_error(l, "cannot forget heard stories");
		exec(l, "ROLLBACK");
		*n = 0;
	}
	sqlite3_finalize(st);
	crier_strbuf_release(&link);
	return rc == SQLITE_OK ? 0 : -1;
}

static const char *column(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? (const char *)t : "";
}

int ledger_recent(struct ledger *l, unsigned limit,
		  int (*fn)(const struct ledger_entry *e, void *data),
		  void *data)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (prepare(l, &st, "SELECT heard_at, source, title, raw_link FROM heard"
		    " ORDER BY heard_at DESC, rowid DESC LIMIT ?"))
		return -1;
	sqlite3_bind_int64(st, 1, limit ? (int64_t)limit : -1);
	for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
		struct ledger_entry e = {
			sqlite3_column_int64(st, 0), column(st, 1),
			column(st, 2), column(st, 3),
		};

		if (fn(&e, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_error(l, "cannot read the ledger");
}
