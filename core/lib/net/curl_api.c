/*
 * curl_api.c - loading libcurl on first use (see curl_api.h).
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#include <crier/plugin.h>
#include "curl_api.h"

/* The run-time name of the library curl/curl.h describes. */
#define LIBCURL_SONAME "libcurl.so.4"

static struct curl_api api;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static char why[256];

#define BIND(field, name) \
	((*(void **)&api.field = dlsym(handle, name)) != NULL)

static void load(void)
{
	void *handle = dlopen(LIBCURL_SONAME, RTLD_NOW | RTLD_LOCAL);
	CURLcode rc;

	if (!handle) {
		snprintf(why, sizeof(why), "cannot load %s: %s", LIBCURL_SONAME,
			 dlerror());
		return;
	}
	if (!(BIND(global_init, "curl_global_init") &&
	      BIND(easy_init, "curl_easy_init") &&
	      BIND(easy_setopt, "curl_easy_setopt") &&
	      BIND(easy_perform, "curl_easy_perform") &&
	      BIND(easy_getinfo, "curl_easy_getinfo") &&
	      BIND(easy_header, "curl_easy_header") &&
	      BIND(easy_cleanup, "curl_easy_cleanup") &&
	      BIND(easy_strerror, "curl_easy_strerror") &&
	      BIND(slist_append, "curl_slist_append") &&
	      BIND(slist_free_all, "curl_slist_free_all"))) {
		snprintf(why, sizeof(why), "%s lacks a function crier needs: %s",
			 LIBCURL_SONAME, dlerror());
		return;
	}
	rc = api.global_init(CURL_GLOBAL_DEFAULT);
	if (rc != CURLE_OK)
		snprintf(why, sizeof(why), "cannot start libcurl: %s",
			 api.easy_strerror(rc));
}

const struct curl_api *curl_api(void)
{
	pthread_once(&once, load);
	if (why[0]) {
		crier_error("%s", why);
		return NULL;
	}
	return &api;
}
