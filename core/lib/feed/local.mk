# core/lib/feed/local.mk - the feed parser: RSS 0.9x/2.0, RSS 1.0 (RDF),
# Atom and JSON Feed (feed.h).  Compiled once, into a convenience library
# that the feed source plugin, "crier feed", the parser's benchmark driver
# and its tests link (libcrier does not export it).
FEED_PARSER_SOURCES = \
	core/lib/feed/feed.h core/lib/feed/feed-int.h \
	core/lib/feed/feed.c \
	core/lib/feed/feed_item.c core/lib/feed/feed_item.h \
	core/lib/feed/encoding.c \
	core/lib/feed/xml.c \
	core/lib/feed/xml_node.c core/lib/feed/xml_node.h \
	core/lib/feed/rss.c \
	core/lib/feed/atom.c \
	core/lib/feed/jsonfeed.c \
	core/lib/feed/discover.c
FEED_PARSER_CFLAGS = $(AM_CFLAGS) $(XML_CFLAGS) $(JSONC_CFLAGS)
FEED_PARSER_LIBS = core/lib/feed/libfeed.la core/libcrier.la \
	core/libxalloc.la $(XML_LIBS) $(JSONC_LIBS)

noinst_LTLIBRARIES += core/lib/feed/libfeed.la
core_lib_feed_libfeed_la_SOURCES = $(FEED_PARSER_SOURCES)
core_lib_feed_libfeed_la_CFLAGS = $(FEED_PARSER_CFLAGS)
