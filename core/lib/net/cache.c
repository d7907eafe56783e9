/*
 * cache.c - the HTTP cache in the state database (see cache.h).
 *
 * Layout: one table, http_cache(key PRIMARY KEY, url, etag, last_modified,
 * content_type, charset, body, stored), and PRAGMA user_version = 1 so that
 * a later layout can tell an old file apart.  "stored" is when the server
 * last sent or confirmed (304) the body; entries untouched for 90 days are
 * dropped when another is stored.  The cache only saves
 * downloads, so a damaged file is deleted and a new one started.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include <crier/plugin.h>
#include "cache.h"
#include "base/xalloc.h"

#define CACHE_FILE "http-cache.sqlite"
/* How long a writer waits for another process's lock. */
#define CACHE_BUSY_MS 5000
/* Entries not fetched for this long are dropped (their feed has gone). */
#define CACHE_KEEP_SECONDS ((sqlite3_int64)90 * 24 * 3600)

struct crier_cache {
	sqlite3 *db;
	char *path;
	int damaged;	/* open_db() failed: not a database, or corrupt */
};

/* Every connection: WAL lets readers and one writer work at once. */
static const char cache_pragmas[] =
	"PRAGMA journal_mode = WAL;"
	"PRAGMA synchronous = NORMAL;";
/* Once per file, when its user_version is still 0. */
static const char cache_schema[] =
	"BEGIN IMMEDIATE;"
	"CREATE TABLE IF NOT EXISTS http_cache ("
	" key TEXT PRIMARY KEY,"
	" url TEXT NOT NULL,"
	" etag TEXT,"
	" last_modified TEXT,"
	" content_type TEXT,"
	" charset TEXT,"
	" body BLOB NOT NULL,"
	" stored INTEGER NOT NULL);"
	"PRAGMA user_version = 1;"
	"COMMIT;";

/* mkdir -p dir (which is modified in passing and restored). */
static int make_dirs(char *dir)
{
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
			*p = '/';
			return crier_error("%s: %s", dir, strerror(errno));
		}
		*p = '/';
	}
	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		return crier_error("%s: %s", dir, strerror(errno));
	return 0;
}

static int db_error(struct crier_cache *c, const char *what)
{
	return crier_error("%s: %s: %s", c->path, what, sqlite3_errmsg(c->db));
}

/* The file's layout version (PRAGMA user_version), or -1. */
static int layout_version(struct crier_cache *c)
{
	sqlite3_stmt *st = NULL;
	int v = -1;

	if (sqlite3_prepare_v2(c->db, "PRAGMA user_version", -1, &st,
			       NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Fails set_up(), noting whether the file itself is bad. */
static int setup_error(struct crier_cache *c)
{
	int rc = sqlite3_extended_errcode(c->db) & 0xff;

	c->damaged = rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
	return db_error(c, "cannot set up");
}

/* Sets up the connection, and the table when the file is new. */
static int set_up(struct crier_cache *c)
{
	int v;

	if (sqlite3_exec(c->db, cache_pragmas, NULL, NULL, NULL) != SQLITE_OK)
		return setup_error(c);
	v = layout_version(c);
	if (v < 0)
		return setup_error(c);
	if (v > 1)
		return crier_error("%s: made by a newer crier (layout %d)",
				   c->path, v);
	if (v == 0 &&
	    sqlite3_exec(c->db, cache_schema, NULL, NULL, NULL) != SQLITE_OK) {
		setup_error(c);
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

/* Opens and sets up c->path; -1 (c->damaged set for a bad file). */
static int open_db(struct crier_cache *c)
{
	int rc = sqlite3_open_v2(c->path, &c->db, SQLITE_OPEN_READWRITE |
				 SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
				 NULL);

	if (rc != SQLITE_OK)
		return db_error(c, "cannot open");
	sqlite3_busy_timeout(c->db, CACHE_BUSY_MS);
	return set_up(c);
}

/* Deletes the database at c->path with its WAL and shared memory. */
static void remove_db(struct crier_cache *c)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", NULL };
	struct crier_strbuf name = CRIER_STRBUF_INIT;

	sqlite3_close(c->db);
	c->db = NULL;
	for (int i = 0; suffixes[i]; i++) {
		crier_strbuf_reset(&name);
		crier_strbuf_addf(&name, "%s%s", c->path, suffixes[i]);
		unlink(name.buf);
	}
	crier_strbuf_release(&name);
}

struct crier_cache *crier_cache_open(const char *dir)
{
	struct crier_cache *c = xcalloc(1, sizeof(*c));
	char *d = xstrdup(dir);
	size_t n = strlen(dir);

	c->path = xmalloc(n + sizeof("/" CACHE_FILE));
	memcpy(c->path, dir, n);
	memcpy(c->path + n, "/" CACHE_FILE, sizeof("/" CACHE_FILE));
	if (make_dirs(d) < 0)
		goto fail;
	if (open_db(c) < 0) {
		if (!c->damaged)
			goto fail;
		/* It only saves downloads: start a new one. */
		crier_warn("%s; starting a new HTTP cache",
			   crier_last_error());
		remove_db(c);
		if (open_db(c) < 0)
			goto fail;
	}
	free(d);
	return c;
fail:
	free(d);
	crier_cache_close(c);
	return NULL;
}

void crier_cache_close(struct crier_cache *c)
{
	if (!c)
		return;
	sqlite3_close(c->db);
	free(c->path);
	free(c);
}

void crier_cache_entry_release(struct crier_cache_entry *e)
{
	free(e->etag);
	free(e->last_modified);
	free(e->content_type);
	free(e->charset);
	crier_strbuf_release(&e->body);
	memset(e, 0, sizeof(*e));
	crier_strbuf_init(&e->body);
}

/* Column i of st as a new string, or NULL for SQL NULL. */
static char *column_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);

	return s ? xstrdup((const char *)s) : NULL;
}

static void read_row(sqlite3_stmt *st, int with_body,
		     struct crier_cache_entry *e)
{
	e->etag = column_dup(st, 0);
	e->last_modified = column_dup(st, 1);
	e->content_type = column_dup(st, 2);
	e->charset = column_dup(st, 3);
	if (with_body) {
		const void *body = sqlite3_column_blob(st, 4);
		int len = sqlite3_column_bytes(st, 4);

		if (body && len > 0)
			crier_strbuf_add(&e->body, body, (size_t)len);
	}
}

int crier_cache_load(struct crier_cache *c, const char *key, int with_body,
		     struct crier_cache_entry *e)
{
	static const char with[] = "SELECT etag, last_modified, content_type,"
		" charset, body FROM http_cache WHERE key = ?1";
	static const char without[] = "SELECT etag, last_modified,"
		" content_type, charset FROM http_cache WHERE key = ?1";
	sqlite3_stmt *st = NULL;
	int rc, ret;

	memset(e, 0, sizeof(*e));
	crier_strbuf_init(&e->body);
	if (sqlite3_prepare_v2(c->db, with_body ? with : without, -1, &st,
			       NULL) != SQLITE_OK)
		return db_error(c, "cannot read");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		read_row(st, with_body, e);
		ret = 1;
	} else if (rc == SQLITE_DONE) {
		ret = 0;
	} else {
		ret = db_error(c, "cannot read");
	}
	sqlite3_finalize(st);
	return ret;
}

/* Binds s (may be NULL) to parameter i. */
static void bind_opt(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Runs one statement without parameters. */
static int exec_sql(struct crier_cache *c, const char *sql)
{
	if (sqlite3_exec(c->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_error(c, "cannot write");
	return 0;
}

static int insert(struct crier_cache *c, const char *key, const char *url,
		  const struct crier_cache_entry *e, sqlite3_int64 now)
{
	static const char sql[] = "INSERT OR REPLACE INTO http_cache"
		" (key, url, etag, last_modified, content_type, charset, body,"
		" stored) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
	sqlite3_stmt *st = NULL;
	int ret = 0;

	if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
		return db_error(c, "cannot write");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, url, -1, SQLITE_STATIC);
	bind_opt(st, 3, e->etag);
	bind_opt(st, 4, e->last_modified);
	bind_opt(st, 5, e->content_type);
	bind_opt(st, 6, e->charset);
	sqlite3_bind_blob64(st, 7, e->body.buf, e->body.len, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, now);
	if (sqlite3_step(st) != SQLITE_DONE)
		ret = db_error(c, "cannot write");
	sqlite3_finalize(st);
	return ret;
}

/*
 * Runs sql with ?1 = key (may be NULL) and ?2 = when; sql need not use
 * both (binding an unused one is a harmless SQLITE_RANGE).
 */
static int run(struct crier_cache *c, const char *sql, const char *key,
	       sqlite3_int64 when)
{
	sqlite3_stmt *st = NULL;
	int ret = 0;

	if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
		return db_error(c, "cannot write");
	bind_opt(st, 1, key);
	sqlite3_bind_int64(st, 2, when);
	if (sqlite3_step(st) != SQLITE_DONE)
		ret = db_error(c, "cannot write");
	sqlite3_finalize(st);
	return ret;
}

int crier_cache_store(struct crier_cache *c, const char *key, const char *url,
		      const struct crier_cache_entry *e)
{
	sqlite3_int64 now = (sqlite3_int64)time(NULL);
	int ret = exec_sql(c, "BEGIN IMMEDIATE");

	if (ret < 0)
		return ret;
	ret = insert(c, key, url, e, now);
	if (!ret)	/* what nobody asked for in a long time */
		ret = run(c, "DELETE FROM http_cache WHERE stored < ?2", NULL,
			  now - CACHE_KEEP_SECONDS);
	if (!ret)
		ret = exec_sql(c, "COMMIT");
	if (ret < 0)
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
	return ret;
}

int crier_cache_touch(struct crier_cache *c, const char *key)
{
	return run(c, "UPDATE http_cache SET stored = ?2 WHERE key = ?1", key,
		   (sqlite3_int64)time(NULL));
}

int crier_cache_forget(struct crier_cache *c, const char *key)
{
	return run(c, "DELETE FROM http_cache WHERE key = ?1", key, 0);
}
