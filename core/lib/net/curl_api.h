/*
 * curl_api.h - libcurl, loaded the first time crier fetches something
 * (libcrier internal).
 *
 * libcurl and the thirty libraries it needs cost about 3 ms to map at
 * every start of crier, which "crier summarize" (run once per article)
 * cannot afford; most runs never fetch.  So libcrier does not link it: it
 * dlopen()s it on first use and calls it through this table.
 */
#ifndef CRIER_CURL_API_H
#define CRIER_CURL_API_H

#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

struct curl_api {
	CURLcode (*global_init)(long flags);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *h, CURLoption option, ...);
	CURLcode (*easy_perform)(CURL *h);
	CURLcode (*easy_getinfo)(CURL *h, CURLINFO info, ...);
	CURLHcode (*easy_header)(CURL *h, const char *name, size_t index,
				 unsigned int origin, int request,
				 struct curl_header **hout);
	void (*easy_cleanup)(CURL *h);
	const char *(*easy_strerror)(CURLcode code);
	struct curl_slist *(*slist_append)(struct curl_slist *list,
					   const char *s);
	void (*slist_free_all)(struct curl_slist *list);
};

/*
 * The loaded and initialized (curl_global_init) libcurl, or NULL with
 * crier_error() saying why.  Thread-safe; loads once.
 */
const struct curl_api *curl_api(void);

#endif
