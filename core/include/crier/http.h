/*
 * crier/http.h - HTTP(S) GET for crier and its plugins (libcurl underneath).
 *
 * Part of libcrier.  One call fetches one URL with the limits every source
 * should have: connect and total timeouts, at most 5 redirects, gzip and
 * deflate accepted, a cap on the body (checked while downloading and on the
 * decoded size, so a compression bomb is stopped, not buffered), TLS
 * verification on, a User-Agent of "crier/VERSION", and only http and https
 * URLs.
 *
 * Conditional GET: the ETag and Last-Modified of each answer are kept with
 * its body in a SQLite database in the state directory
 * ($XDG_STATE_HOME/crier/http-cache.sqlite, by default under
 * ~/.local/state).  The next request for the same URL (or cache key) sends
 * them; a 304 answer gives back the body stored last time, with
 * not_modified set, so callers parse it as if it had just arrived.
 *
 * Thread-safe: any number of threads and processes may fetch at once.
 */
#ifndef CRIER_HTTP_H
#define CRIER_HTTP_H

#include <stddef.h>
#include <crier/strbuf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Built-in defaults for options that are 0 (and when opt is NULL). */
#define CRIER_HTTP_CONNECT_TIMEOUT_MS 10000L
#define CRIER_HTTP_TIMEOUT_MS 30000L
#define CRIER_HTTP_MAX_BODY ((size_t)10 * 1024 * 1024)
#define CRIER_HTTP_MAX_REDIRECTS 5

/* Bits for crier_http_options.flags. */
#define CRIER_HTTP_NO_CACHE 0x1	/* no conditional GET; store nothing */

/* How to fetch.  Zero every member you don't set (= { 0 }). */
struct crier_http_options {
	/* 0 below means the default: built in, or crier_http_set_defaults() */
	long connect_timeout_ms; /* to connect (DNS + TCP + TLS); 10 s */
	long timeout_ms;	/* the whole transfer; 30 s */
	size_t max_body;	/* bytes, after decoding; 10 MB */
	/*
	 * The name the ETag, Last-Modified and body are kept under; NULL:
	 * the URL.  Give a source's name when one URL may serve two sources
	 * with different needs.
	 */
	const char *cache_key;
	unsigned flags;		/* CRIER_HTTP_* bits */
};

/*
 * An answer.  Filled by crier_http_get(); the caller owns it and frees it
 * with crier_http_response_release().  Strings may be NULL as noted.
 */
struct crier_http_response {
	long status;		/* the final HTTP status: 2xx, or 304 */
	struct crier_strbuf body; /* decoded body; the cached one on 304 */
	char *content_type;	/* media type only ("application/rss+xml"),
				   lowercased; NULL when not sent */
	char *charset;		/* the charset parameter of Content-Type,
				   as sent; NULL when not sent */
	char *effective_url;	/* the URL after redirects; never NULL */
	int not_modified;	/* 1: the server said 304, body is cached */
};

/*
 * Tells libcrier where its state lives (the directory is created when
 * needed).  dir is copied; NULL goes back to the default,
 * $XDG_STATE_HOME/crier or ~/.local/state/crier.  Call it before fetching,
 * not while other threads fetch.
 */
void crier_http_set_state_dir(const char *dir);

/*
 * Replaces the defaults used for the timeouts and max_body of options that
 * are 0 (the other members of opt are ignored); NULL restores the
 * built-in ones.  For the program, from its config: call it before
 * fetching, not while other threads fetch.
 */
void crier_http_set_defaults(const struct crier_http_options *opt);

/*
 * GETs url into *out (which need not be initialized) and returns 0 when
 * the final answer is 2xx, or 304 with a cached body.  opt may be NULL for
 * the defaults.
 *
 * On failure returns -1, with *out released (nothing to free), and a
 * crier_error() message that starts with the URL and says what happened:
 * name lookup failed, connection refused, connect timed out, no answer
 * within the timeout, HTTP status >= 400 (with its number and reason),
 * too many redirects, body larger than the cap, body that could not be
 * decoded, TLS failure, a scheme other than http or https, and so on.
 *
 * A state database that cannot be opened or written is warned about with
 * crier_warn() and the fetch goes on without it.
 */
int crier_http_get(const char *url, const struct crier_http_options *opt,
		   struct crier_http_response *out);

/* Frees what *r holds and leaves it empty; r may be released twice. */
void crier_http_response_release(struct crier_http_response *r);

#ifdef __cplusplus
}
#endif

#endif
