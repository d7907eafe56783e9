/*
 * http.c - GET over HTTP(S) with limits and conditional requests (see
 * crier/http.h).
 *
 * One easy handle per call: set_limits() and friends configure it, the
 * write callback enforces the body cap on the decoded bytes as they come
 * (so a compression bomb is cut off after max_body bytes of output), and
 * explain() turns whatever went wrong into one message naming the URL.
 * The cache (cache.c) supplies the validators before the request and the
 * body after a 304.
 */
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>


#include "build-config.h"
#include <crier/http.h>
#include <crier/plugin.h>
#include "libcrier.h"
#include "cache.h"
#include "curl_api.h"
#include "base/xalloc.h"

/* libcurl, loaded by the first new_handle(); every other call follows one. */
static const struct curl_api *curl;

#define USER_AGENT "crier/" PACKAGE_VERSION

/* The state directory set by crier_http_set_state_dir(), or NULL. */
static char *state_dir;
/* The defaults for options left 0 (see crier_http_set_defaults()). */
static long default_connect_ms = CRIER_HTTP_CONNECT_TIMEOUT_MS;
static long default_total_ms = CRIER_HTTP_TIMEOUT_MS;
static size_t default_max_body = CRIER_HTTP_MAX_BODY;

/* What one transfer collects on its way. */
struct transfer {
	const char *url;
	size_t max_body;
	struct crier_strbuf *body;
	int too_big;		/* the write callback stopped at the cap */
	char reason[96];	/* reason phrase of the last status line */
};

void crier_http_set_state_dir(const char *dir)
{
	free(state_dir);
	state_dir = dir ? xstrdup(dir) : NULL;
}

void crier_http_set_defaults(const struct crier_http_options *opt)
{
	default_connect_ms = opt && opt->connect_timeout_ms > 0 ?
			     opt->connect_timeout_ms :
			     CRIER_HTTP_CONNECT_TIMEOUT_MS;
	default_total_ms = opt && opt->timeout_ms > 0 ? opt->timeout_ms
						      : CRIER_HTTP_TIMEOUT_MS;
	default_max_body = opt && opt->max_body ? opt->max_body
						: CRIER_HTTP_MAX_BODY;
}

/* The state directory into out: the one set, or the XDG default. */
static void get_state_dir(struct crier_strbuf *out)
{
	if (state_dir)
		crier_strbuf_adds(out, state_dir);
	else
		crier_state_dir(out);
}

static struct crier_cache *open_cache(void)
{
	struct crier_strbuf dir = CRIER_STRBUF_INIT;
	struct crier_cache *c;

	get_state_dir(&dir);
	c = crier_cache_open(dir.buf);
	if (!c)
		crier_warn("HTTP cache not used: %s", crier_last_error());
	crier_strbuf_release(&dir);
	return c;
}

static size_t on_body(char *data, size_t size, size_t n, void *arg)
{
	struct transfer *t = arg;

	n *= size;
	if (n > t->max_body - t->body->len) {
		t->too_big = 1;
		return 0;	/* makes curl stop with CURLE_WRITE_ERROR */
	}
	crier_strbuf_add(t->body, data, n);
	return n;
}

/* Keeps the reason phrase of each status line ("HTTP/1.1 404 Not Found"). */
static size_t on_header(char *data, size_t size, size_t n, void *arg)
{
	struct transfer *t = arg;
	size_t len = size * n, i = 0, start;

	if (len < 5 || memcmp(data, "HTTP/", 5))
		return len;
	t->reason[0] = '\0';
	while (i < len && data[i] != ' ')	/* the version */
		i++;
	while (i < len && data[i] == ' ')
		i++;
	while (i < len && data[i] != ' ' && data[i] != '\r')	/* status */
		i++;
	while (i < len && data[i] == ' ')
		i++;
	start = i;
	while (i < len && data[i] != '\r' && data[i] != '\n')
		i++;
	if (i - start >= sizeof(t->reason))
		i = start + sizeof(t->reason) - 1;
	memcpy(t->reason, data + start, i - start);
	t->reason[i - start] = '\0';
	for (char *p = t->reason; *p; p++)	/* it goes to a terminal */
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
			*p = '?';
	return len;
}

static long connect_ms(const struct crier_http_options *opt)
{
	return opt && opt->connect_timeout_ms > 0 ? opt->connect_timeout_ms
						  : default_connect_ms;
}

static long total_ms(const struct crier_http_options *opt)
{
	return opt && opt->timeout_ms > 0 ? opt->timeout_ms
					  : default_total_ms;
}

static void set_limits(CURL *h, const struct crier_http_options *opt,
		       size_t max_body)
{
	curl->easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, connect_ms(opt));
	curl->easy_setopt(h, CURLOPT_TIMEOUT_MS, total_ms(opt));
	curl->easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max_body);
	curl->easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
	curl->easy_setopt(h, CURLOPT_MAXREDIRS, (long)CRIER_HTTP_MAX_REDIRECTS);
	curl->easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl->easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl->easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
	curl->easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
	curl->easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
}

/* Adds If-None-Match and If-Modified-Since from the cached entry. */
static struct curl_slist *conditional_headers(const struct crier_cache_entry *e)
{
	struct curl_slist *list = NULL;
	struct crier_strbuf h = CRIER_STRBUF_INIT;

	if (e->etag) {
		crier_strbuf_addf(&h, "If-None-Match: %s", e->etag);
		list = curl->slist_append(list, h.buf);
		crier_strbuf_reset(&h);
	}
	if (e->last_modified) {
		crier_strbuf_addf(&h, "If-Modified-Since: %s",
				  e->last_modified);
		list = curl->slist_append(list, h.buf);
	}
	crier_strbuf_release(&h);
	return list;
}

static CURL *new_handle(const char *url, const struct crier_http_options *opt,
			struct transfer *t, char *errbuf)
{
	CURL *h;

	curl = curl_api();
	if (!curl) {
		crier_error("%s: %s", url, crier_last_error());
		return NULL;
	}
	h = curl->easy_init();
	if (!h) {
		crier_error("%s: cannot start libcurl", url);
		return NULL;
	}
	errbuf[0] = '\0';
	curl->easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
	curl->easy_setopt(h, CURLOPT_URL, url);
	curl->easy_setopt(h, CURLOPT_USERAGENT, USER_AGENT);
	curl->easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
	curl->easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl->easy_setopt(h, CURLOPT_WRITEDATA, t);
	curl->easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
	curl->easy_setopt(h, CURLOPT_HEADERDATA, t);
	set_limits(h, opt, t->max_body);
	return h;
}

/* The value of header name in the last answer, or NULL. */
static const char *last_header(CURL *h, const char *name)
{
	struct curl_header *hd;

	if (curl->easy_header(h, name, 0, CURLH_HEADER, -1, &hd) != CURLHE_OK)
		return NULL;
	return hd->value;
}

/* Splits "Text/XML; charset="UTF-8"" into its media type and charset. */
static void parse_content_type(const char *ct, struct crier_http_response *r)
{
	const char *semi, *cs;
	size_t n;

	if (!ct)
		return;
	semi = strchr(ct, ';');
	n = semi ? (size_t)(semi - ct) : strlen(ct);
	while (n > 0 && isspace((unsigned char)ct[n - 1]))
		n--;
	r->content_type = xstrndup(ct, n);
	for (char *p = r->content_type; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	cs = semi ? strcasestr(semi, "charset=") : NULL;
	if (!cs)
		return;
	cs += strlen("charset=");
	if (*cs == '"')
		cs++;
	n = strcspn(cs, "\"; \t");
	if (n > 0)
		r->charset = xstrndup(cs, n);
}

/*
 * The message for a transfer that libcurl ended with rc.  Long, but only a
 * table: one message per kind of failure, with what libcurl measured.
 */
static int explain(CURL *h, CURLcode rc, const struct transfer *t,
		   const struct crier_http_options *opt, const char *errbuf)
{
	const char *detail = *errbuf ? errbuf : curl->easy_strerror(rc);
	const char *enc = last_header(h, "Content-Encoding");
	const char *next = NULL;
	curl_off_t connect = 0, first = 0, got = 0;
	long os_errno = 0, redirects = 0;

	curl->easy_getinfo(h, CURLINFO_CONNECT_TIME_T, &connect);
	curl->easy_getinfo(h, CURLINFO_STARTTRANSFER_TIME_T, &first);
	curl->easy_getinfo(h, CURLINFO_SIZE_DOWNLOAD_T, &got);
	curl->easy_getinfo(h, CURLINFO_OS_ERRNO, &os_errno);
	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
		return crier_error("%s: name lookup failed (%s)", t->url,
				   detail);
	case CURLE_COULDNT_CONNECT:
		if (os_errno == ECONNREFUSED)
			return crier_error("%s: connection refused", t->url);
		return crier_error("%s: cannot connect (%s)", t->url, detail);
	case CURLE_OPERATION_TIMEDOUT:
		if (!connect)
			return crier_error("%s: connect timed out after %ld ms",
					   t->url, connect_ms(opt));
		if (!first)
			return crier_error("%s: timed out: connected, but no "
					   "answer came within %ld ms", t->url,
					   total_ms(opt));
		return crier_error("%s: timed out: the body was still "
				   "arriving after %ld ms (%ld bytes so far)",
				   t->url, total_ms(opt), (long)got);
	case CURLE_TOO_MANY_REDIRECTS:
		curl->easy_getinfo(h, CURLINFO_REDIRECT_URL, &next);
		return crier_error("%s: too many redirects (more than %d; a "
				   "redirect loop?), the last one to %s",
				   t->url, CRIER_HTTP_MAX_REDIRECTS,
				   next ? next : "?");
	case CURLE_FILESIZE_EXCEEDED:
		return crier_error("%s: body larger than the limit of %zu "
				   "bytes (by its Content-Length)", t->url,
				   t->max_body);
	case CURLE_WRITE_ERROR:
		if (!t->too_big)
			break;
		if (enc)
			return crier_error("%s: body larger than the limit of "
					   "%zu bytes once decompressed (%s; a "
					   "compression bomb?)", t->url,
					   t->max_body, enc);
		return crier_error("%s: body larger than the limit of %zu "
				   "bytes", t->url, t->max_body);
	case CURLE_BAD_CONTENT_ENCODING:
		return crier_error("%s: cannot decode the %s body (%s)",
				   t->url, enc ? enc : "encoded", detail);
	case CURLE_UNSUPPORTED_PROTOCOL:
		curl->easy_getinfo(h, CURLINFO_REDIRECT_COUNT, &redirects);
		if (redirects)
			return crier_error("%s: redirected to a URL that is "
					   "not http or https (%s)", t->url,
					   detail);
		return crier_error("%s: only http and https URLs are fetched",
				   t->url);
	case CURLE_URL_MALFORMAT:
		return crier_error("%s: not a valid URL", t->url);
	case CURLE_GOT_NOTHING:
		return crier_error("%s: the server closed the connection "
				   "without answering", t->url);
	case CURLE_PARTIAL_FILE:
		return crier_error("%s: the connection closed before the "
				   "whole body arrived (%s)", t->url, detail);
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CONNECT_ERROR:
		return crier_error("%s: TLS failed (%s)", t->url, detail);
	default:
		break;
	}
	return crier_error("%s: %s", t->url, detail);
}

/* The message for a final status that is not a success. */
static int explain_status(long status, const struct transfer *t)
{
	if (status >= 300 && status < 400 && status != 304)
		return crier_error("%s: HTTP %ld %s without a usable redirect",
				   t->url, status, t->reason);
	if (*t->reason)
		return crier_error("%s: HTTP %ld %s", t->url, status,
				   t->reason);
	return crier_error("%s: HTTP %ld", t->url, status);
}

/* Gives out the cached body of a 304 answer. */
static int use_cached(struct crier_cache *c, const char *key,
		      const struct transfer *t, struct crier_http_response *out)
{
	struct crier_cache_entry e;
	int found = c ? crier_cache_load(c, key, 1, &e) : 0;

	if (found < 0) {
		crier_cache_entry_release(&e);
		return crier_error("%s: HTTP 304 Not Modified, but the cached "
				   "copy cannot be read: %s", t->url,
				   crier_last_error());
	}
	if (!found) {
		if (c)
			crier_cache_entry_release(&e);
		return crier_error("%s: HTTP 304 Not Modified, but there is "
				   "no cached copy", t->url);
	}
	crier_strbuf_release(&out->body);
	out->body = e.body;
	crier_strbuf_init(&e.body);
	free(out->content_type);
	free(out->charset);
	out->content_type = e.content_type;
	out->charset = e.charset;
	e.content_type = e.charset = NULL;
	out->not_modified = 1;
	crier_cache_entry_release(&e);
	if (crier_cache_touch(c, key) < 0)
		crier_warn("HTTP cache not updated: %s", crier_last_error());
	return 0;
}

/* Keeps a 200 answer's validators and body for the next request. */
static void remember(CURL *h, struct crier_cache *c, const char *key,
		     const char *url, const struct crier_http_response *r)
{
	struct crier_cache_entry e = { 0 };
	const char *etag = last_header(h, "ETag");
	const char *lm = last_header(h, "Last-Modified");
	int ret;

	if (!etag && !lm) {
		ret = crier_cache_forget(c, key);
	} else {
		e.etag = (char *)etag;
		e.last_modified = (char *)lm;
		e.content_type = r->content_type;
		e.charset = r->charset;
		e.body = r->body;
		ret = crier_cache_store(c, key, url, &e);
	}
	if (ret < 0)
		crier_warn("HTTP cache not updated: %s", crier_last_error());
}

/* Sends the request and interprets the answer; the heart of the GET. */
static int perform(CURL *h, struct transfer *t, struct crier_cache *c,
		   const char *key, const struct crier_http_options *opt,
		   struct crier_http_response *out, const char *errbuf)
{
	const char *ct = NULL, *eff = NULL;
	CURLcode rc = curl->easy_perform(h);

	curl->easy_getinfo(h, CURLINFO_RESPONSE_CODE, &out->status);
	curl->easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff);
	out->effective_url = xstrdup(eff ? eff : t->url);
	if (rc != CURLE_OK)
		return explain(h, rc, t, opt, errbuf);
	if (out->status == 304)
		return use_cached(c, key, t, out);
	if (out->status < 200 || out->status > 299)
		return explain_status(out->status, t);
	curl->easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ct);
	parse_content_type(ct, out);
	if (c && out->status == 200)
		remember(h, c, key, out->effective_url, out);
	return 0;
}

int crier_http_get(const char *url, const struct crier_http_options *opt,
		   struct crier_http_response *out)
{
	char errbuf[CURL_ERROR_SIZE];
	struct transfer t = { .url = url };
	const char *key = opt && opt->cache_key ? opt->cache_key : url;
	struct crier_cache *c = NULL;
	struct crier_cache_entry e = { 0 };
	struct curl_slist *headers = NULL;
	CURL *h = NULL;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	crier_strbuf_init(&out->body);
	crier_strbuf_init(&e.body);
	t.body = &out->body;
	t.max_body = opt && opt->max_body ? opt->max_body : default_max_body;
	h = new_handle(url, opt, &t, errbuf);
	if (!h)
		goto out;
	if (!(opt && (opt->flags & CRIER_HTTP_NO_CACHE)))
		c = open_cache();
	if (c && crier_cache_load(c, key, 0, &e) < 0)
		crier_warn("HTTP cache not read: %s", crier_last_error());
	headers = conditional_headers(&e);
	curl->easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	ret = perform(h, &t, c, key, opt, out, errbuf);
out:
	if (ret < 0)
		crier_http_response_release(out);
	curl->slist_free_all(headers);
	crier_cache_entry_release(&e);
	crier_cache_close(c);
	if (h)
		curl->easy_cleanup(h);
	return ret;
}

void crier_http_response_release(struct crier_http_response *r)
{
	crier_strbuf_release(&r->body);
	free(r->content_type);
	free(r->charset);
	free(r->effective_url);
	r->status = 0;
	r->content_type = r->charset = r->effective_url = NULL;
	r->not_modified = 0;
}
