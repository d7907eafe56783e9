# The feed source: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom and JSON Feed.  The
# parser (plugins/feed/feed.h) is built into the plugin, into crier for
# "crier feed", into the benchmark driver and into its test.
FEED_PARSER_SOURCES = \
	plugins/feed/feed.h plugins/feed/feed-int.h \
	plugins/feed/feed.c \
	plugins/feed/encoding.c \
	plugins/feed/xml.c \
	plugins/feed/rss.c \
	plugins/feed/atom.c \
	plugins/feed/jsonfeed.c \
	plugins/feed/date.c
FEED_PARSER_CFLAGS = $(AM_CFLAGS) $(XML_CFLAGS) $(JSONC_CFLAGS)
FEED_PARSER_LIBS = $(XML_LIBS) $(JSONC_LIBS)

pkglib_LTLIBRARIES += plugins/feed.la
plugins_feed_la_SOURCES = plugins/feed/plugin.c $(FEED_PARSER_SOURCES)
plugins_feed_la_CFLAGS = $(FEED_PARSER_CFLAGS)
plugins_feed_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_feed_la_LIBADD = $(PLUGIN_LIBADD) $(FEED_PARSER_LIBS)

# "crier feed" links the same parser.
crier_SOURCES += core/cmd_feed.c $(FEED_PARSER_SOURCES)

# The parser alone: JSON for the conformance benchmark, --bench for speed
# (tests/bench/feeds.sh).
noinst_PROGRAMS += plugins/feed/feed-dump
plugins_feed_feed_dump_SOURCES = plugins/feed/feed-dump.c $(FEED_PARSER_SOURCES)
plugins_feed_feed_dump_CFLAGS = $(FEED_PARSER_CFLAGS)
plugins_feed_feed_dump_LDADD = core/libcrier.la $(FEED_PARSER_LIBS)

# The driver test on hand-written fixtures, and the end-to-end test.
FEED_FIXTURES = \
	tests/plugins/feed/rss2.xml \
	tests/plugins/feed/rdf.xml \
	tests/plugins/feed/atom.xml \
	tests/plugins/feed/jsonfeed.json \
	tests/plugins/feed/cp1252.xml \
	tests/plugins/feed/broken.xml \
	tests/plugins/feed/html-page.html
check_PROGRAMS += tests/plugins/feed/test_feed
tests_plugins_feed_test_feed_SOURCES = tests/plugins/feed/test_feed.c \
	$(FEED_PARSER_SOURCES)
tests_plugins_feed_test_feed_CFLAGS = $(FEED_PARSER_CFLAGS) \
	-I$(top_srcdir)/plugins/feed
tests_plugins_feed_test_feed_LDADD = core/libcrier.la $(FEED_PARSER_LIBS)
TESTS += tests/plugins/feed/test_feed tests/e2e/feed.sh
EXTRA_DIST += $(FEED_FIXTURES) tests/e2e/feed.sh tests/bench/feeds.sh \
	doc/crier-feed.md
