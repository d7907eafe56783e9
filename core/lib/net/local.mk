# core/lib/net/local.mk - HTTP GET (libcurl, loaded on first use) with the
# conditional-request cache in the state database.
core_libcrier_la_SOURCES += \
	core/lib/net/http.c \
	core/lib/net/curl_api.c core/lib/net/curl_api.h \
	core/lib/net/cache.c core/lib/net/cache.h
core_libcrier_la_CFLAGS += $(CURL_CFLAGS) $(SQLITE_CFLAGS)
crierinclude_HEADERS += core/include/crier/http.h
