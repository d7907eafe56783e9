/*
 * sqlite3.c - SQLite, loaded on the first call into it (see lazy.h):
 * every SQLite function libcrier (the HTTP cache) or crier (the
 * heard-story ledger) calls.  Only commands that open the state
 * database pay for it.
 */
#include <sqlite3.h>

#include "build-config.h"
#include "lazy.h"

LAZY_LIBRARY(sqlite_lib, SQLITE3_SONAME);

typedef void (*destructor_fn)(void *);
typedef int (*exec_callback)(void *, int, char **, char **);

LAZY_FN(sqlite_lib, int, sqlite3_open_v2,
	(const char *filename, sqlite3 **db, int flags, const char *vfs),
	(filename, db, flags, vfs))
LAZY_FN(sqlite_lib, int, sqlite3_close, (sqlite3 *db), (db))
LAZY_FN(sqlite_lib, int, sqlite3_busy_timeout, (sqlite3 *db, int ms), (db, ms))
LAZY_FN(sqlite_lib, int, sqlite3_exec,
	(sqlite3 *db, const char *sql, exec_callback callback, void *arg,
	 char **errmsg), (db, sql, callback, arg, errmsg))
LAZY_FN(sqlite_lib, int, sqlite3_changes, (sqlite3 *db), (db))
LAZY_FN(sqlite_lib, const char *, sqlite3_errmsg, (sqlite3 *db), (db))
LAZY_FN(sqlite_lib, const char *, sqlite3_errstr, (int rc), (rc))
LAZY_FN(sqlite_lib, int, sqlite3_extended_errcode, (sqlite3 *db), (db))

LAZY_FN(sqlite_lib, int, sqlite3_prepare_v2,
	(sqlite3 *db, const char *sql, int bytes, sqlite3_stmt **stmt,
	 const char **tail), (db, sql, bytes, stmt, tail))
LAZY_FN(sqlite_lib, int, sqlite3_step, (sqlite3_stmt *stmt), (stmt))
LAZY_FN(sqlite_lib, int, sqlite3_reset, (sqlite3_stmt *stmt), (stmt))
LAZY_FN(sqlite_lib, int, sqlite3_finalize, (sqlite3_stmt *stmt), (stmt))
LAZY_FN(sqlite_lib, int, sqlite3_clear_bindings, (sqlite3_stmt *stmt), (stmt))

LAZY_FN(sqlite_lib, int, sqlite3_bind_null, (sqlite3_stmt *stmt, int i), (stmt, i))
LAZY_FN(sqlite_lib, int, sqlite3_bind_int64,
	(sqlite3_stmt *stmt, int i, sqlite3_int64 value), (stmt, i, value))
LAZY_FN(sqlite_lib, int, sqlite3_bind_text,
	(sqlite3_stmt *stmt, int i, const char *text, int bytes,
	 destructor_fn destroy), (stmt, i, text, bytes, destroy))
LAZY_FN(sqlite_lib, int, sqlite3_bind_blob64,
	(sqlite3_stmt *stmt, int i, const void *blob, sqlite3_uint64 bytes,
	 destructor_fn destroy), (stmt, i, blob, bytes, destroy))

LAZY_FN(sqlite_lib, int, sqlite3_column_int, (sqlite3_stmt *stmt, int i), (stmt, i))
LAZY_FN(sqlite_lib, sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt *stmt, int i),
	(stmt, i))
LAZY_FN(sqlite_lib, const unsigned char *, sqlite3_column_text,
	(sqlite3_stmt *stmt, int i), (stmt, i))
LAZY_FN(sqlite_lib, const void *, sqlite3_column_blob, (sqlite3_stmt *stmt, int i),
	(stmt, i))
LAZY_FN(sqlite_lib, int, sqlite3_column_bytes, (sqlite3_stmt *stmt, int i), (stmt, i))
