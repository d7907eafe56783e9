# The web source: article pages (URLs or local .html files), through the
# main-text extractor of libcrier.
pkglib_LTLIBRARIES += plugins/web.la
plugins_web_la_SOURCES = plugins/source/web/web.c
plugins_web_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_web_la_LIBADD = $(PLUGIN_LIBADD)

TESTS += tests/plugins/web.sh
EXTRA_DIST += tests/plugins/web.sh tests/fixtures/extract/web
