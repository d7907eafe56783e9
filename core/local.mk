# core/local.mk - the crier program, one folder per stage of the data path
# (config -> sources -> stories -> summarizer -> script -> speech -> audio),
# and libcrier, the library it shares with plugins (core/lib/).  Each
# folder lists its files in its own local.mk.

# The program's modules (every folder but core/lib/) are compiled once,
# into a convenience library that crier and the unit tests and benchmark
# drivers of those modules link; PROGRAM_LIBS is what it needs.
noinst_LTLIBRARIES += core/libprogram.la
core_libprogram_la_SOURCES =
core_libprogram_la_CFLAGS = $(AM_CFLAGS) \
	$(LIBCONFIG_CFLAGS) $(XML_CFLAGS) $(JSONC_CFLAGS) $(CURL_CFLAGS) \
	$(SQLITE_CFLAGS)
PROGRAM_LIBS = core/libprogram.la core/lib/feed/libfeed.la core/libcrier.la \
	core/libxalloc.la core/liblazy.la \
	$(LIBCONFIG_LIBS) $(JSONC_LIBS) -lpthread -lm

bin_PROGRAMS += crier
crier_SOURCES = core/main.c
crier_LDADD = $(PROGRAM_LIBS)

include $(srcdir)/core/lib/local.mk
include $(srcdir)/core/cmd/local.mk
include $(srcdir)/core/config/local.mk
include $(srcdir)/core/host/local.mk
include $(srcdir)/core/fetch/local.mk
include $(srcdir)/core/briefing/local.mk
include $(srcdir)/core/speech/local.mk
include $(srcdir)/core/podcast/local.mk
