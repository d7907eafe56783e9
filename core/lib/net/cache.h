/*
 * cache.h - the HTTP cache in the state database (libcrier internal).
 *
 * One SQLite database, http-cache.sqlite in the state directory, keeps for
 * each key (a URL or a source's cache key) the ETag, Last-Modified, media
 * type, charset and body of the last 200 answer.  WAL mode and a busy
 * timeout let several processes use it at once; every update is one
 * transaction.  Each handle belongs to one thread.
 */
#ifndef CRIER_CACHE_H
#define CRIER_CACHE_H

#include <stddef.h>
#include <crier/strbuf.h>

struct crier_cache;

/* What is stored for a key.  Strings may be NULL; all owned by the entry. */
struct crier_cache_entry {
	char *etag;
	char *last_modified;
	char *content_type;
	char *charset;
	struct crier_strbuf body;	/* only filled by crier_cache_load() */
};

/*
 * Opens (creating the directory and the database if needed) the cache in
 * dir.  Returns NULL with crier_error() naming the file when it cannot.
 * Free with crier_cache_close() (which takes NULL).
 */
struct crier_cache *crier_cache_open(const char *dir);
void crier_cache_close(struct crier_cache *c);

/*
 * Reads the validators of key (body left empty) into *e, or with body
 * when with_body is set.  Returns 1 when the key is stored, 0 when not (e
 * is then empty), -1 with crier_error() on a database error.  *e need not
 * be initialized; release it with crier_cache_entry_release() in all cases.
 */
int crier_cache_load(struct crier_cache *c, const char *key, int with_body,
		     struct crier_cache_entry *e);
void crier_cache_entry_release(struct crier_cache_entry *e);

/*
 * Stores e (validators and body) for key, replacing what was there, and
 * drops entries nobody fetched for 90 days, in one transaction; url is
 * kept for people reading the database.  Returns 0, or -1 with
 * crier_error().
 */
int crier_cache_store(struct crier_cache *c, const char *key, const char *url,
		      const struct crier_cache_entry *e);
/*
 * Notes that the server confirmed key's body (a 304), so that it is kept.
 * Returns 0, or -1 with crier_error().
 */
int crier_cache_touch(struct crier_cache *c, const char *key);
/* Forgets key.  Returns 0, or -1 with crier_error(). */
int crier_cache_forget(struct crier_cache *c, const char *key);

#endif
