# core/lib/http.mk - HTTP GET with the conditional-request cache (part of
# libcrier), its unit test against tests/http/server.py, the end-to-end
# fault test and the feed-load benchmark.  Included from core/local.mk.
core_libcrier_la_SOURCES += \
	core/lib/http.c \
	core/lib/curl_api.c core/lib/curl_api.h \
	core/lib/cache.c core/lib/cache.h
core_libcrier_la_CFLAGS += $(CURL_CFLAGS) $(SQLITE_CFLAGS)
core_libcrier_la_LIBADD += $(SQLITE_LIBS)
crierinclude_HEADERS += core/include/crier/http.h

HTTP_TEST_FILES = \
	tests/http/server.py \
	tests/http/lib.sh \
	tests/http/feeds/news.xml \
	tests/http/feeds/atom.xml \
	tests/http/feeds/latin1.xml \
	tests/http/feeds/page.html
EXTRA_DIST += $(HTTP_TEST_FILES)

check_PROGRAMS += tests/unit/test_http
TESTS += tests/unit/test_http
tests_unit_test_http_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_http_LDADD = $(TEST_LDADD)

# End to end: a briefing of feed sources on the test server, one per fault.
TESTS += tests/e2e/http_faults.sh
EXTRA_DIST += tests/e2e/http_faults.sh

# make bench: 200 feeds on the test server (peak memory), 50 feeds (time
# to the first audio sample).
BENCHMARKS += tests/bench/feeds_load.sh
EXTRA_DIST += tests/bench/feeds_load.sh
