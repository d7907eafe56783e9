# core/lib/lazy/local.mk - the libraries loaded on first use (lazy.h):
# libxml2, SQLite, libexttextcat and libstemmer are linked neither into
# libcrier nor into crier, so that commands which do not use them do not
# map them.  libcrier has its own (hidden) copy of the forwarders; the
# program links core/liblazy.la.
LAZY_SOURCES = core/lib/lazy/lazy.c core/lib/lazy/lazy.h \
	core/lib/lazy/libxml2.c core/lib/lazy/sqlite3.c \
	core/lib/lazy/textcat.c core/lib/lazy/stemmer.c
LAZY_CFLAGS = $(XML_CFLAGS) $(SQLITE_CFLAGS) $(TEXTCAT_CFLAGS)
core_libcrier_la_SOURCES += $(LAZY_SOURCES)
core_libcrier_la_CFLAGS += $(LAZY_CFLAGS)

noinst_LTLIBRARIES += core/liblazy.la
core_liblazy_la_SOURCES = $(LAZY_SOURCES)
core_liblazy_la_CFLAGS = $(AM_CFLAGS) $(LAZY_CFLAGS)
