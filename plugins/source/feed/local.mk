# The feed source: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom and JSON Feed, over
# HTTP or from files, through libcrier's feed parser (core/lib/feed/).
pkglib_LTLIBRARIES += plugins/feed.la
plugins_feed_la_SOURCES = plugins/source/feed/feed.c
plugins_feed_la_CFLAGS = $(FEED_PARSER_CFLAGS)
plugins_feed_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_feed_la_LIBADD = $(FEED_PARSER_LIBS)
