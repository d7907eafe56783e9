# core/local.mk - the crier program, one folder per stage of the data path
# (config -> sources -> stories -> summarizer -> script -> speech -> audio),
# and libcrier, the library it shares with plugins (core/lib/).  Each
# folder lists its files in its own local.mk.

bin_PROGRAMS += crier
crier_SOURCES = core/main.c
crier_CFLAGS = $(AM_CFLAGS) $(ESPEAK_CFLAGS) $(AO_CFLAGS) $(LIBCONFIG_CFLAGS) \
	$(XML_CFLAGS) $(JSONC_CFLAGS) $(CURL_CFLAGS) $(SQLITE_CFLAGS)
crier_LDADD = core/lib/feed/libfeed.la core/libcrier.la core/libxalloc.la \
	$(ESPEAK_LIBS) $(AO_LIBS) $(LIBCONFIG_LIBS) \
	$(XML_LIBS) $(JSONC_LIBS) $(SQLITE_LIBS) -lpthread -lm

include $(srcdir)/core/lib/local.mk
include $(srcdir)/core/cmd/local.mk
include $(srcdir)/core/config/local.mk
include $(srcdir)/core/host/local.mk
include $(srcdir)/core/fetch/local.mk
include $(srcdir)/core/briefing/local.mk
include $(srcdir)/core/speech/local.mk
include $(srcdir)/core/podcast/local.mk
