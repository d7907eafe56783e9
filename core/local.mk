# core/local.mk - libcrier (shared with plugins) and the crier program.

lib_LTLIBRARIES += core/libcrier.la
core_libcrier_la_SOURCES = \
	core/lib/xalloc.c core/lib/xalloc.h \
	core/lib/strbuf.c \
	core/lib/dir.c \
	core/lib/io.c \
	core/lib/error.c \
	core/lib/utf8.c core/lib/utf8.h \
	core/lib/words.c \
	core/lib/sentences.c \
	core/lib/html_text.c core/lib/html_scan.c core/lib/html_tags.c \
	core/lib/html_text_int.h \
	core/lib/clean_body.c \
	core/lib/stem.c \
	core/lib/settings.c \
	core/lib/article.c \
	core/lib/source.c \
	core/lib/summary.c \
	core/lib/pcm.c \
	core/lib/voice_name.c \
	core/lib/libcrier.h
core_libcrier_la_CFLAGS = $(AM_CFLAGS) $(XML_CFLAGS) $(LIBCONFIG_CFLAGS)
core_libcrier_la_LIBADD = $(XML_LIBS) $(LIBCONFIG_LIBS) $(STEMMER_LIBS) -lm
# Only the crier_ API is exported: a plugin's own xstrdup() or html_tag()
# must not be bound to libcrier's internals.
core_libcrier_la_LDFLAGS = -no-undefined -version-info 0:0:0 \
	-export-symbols-regex '^crier_'

# The allocation helpers for the program and the tests (libcrier keeps
# its own copy to itself).
noinst_LTLIBRARIES += core/libxalloc.la
# HTML to text's two paths, for the tests that hold one to the other.
HTML_TEXT_SOURCES = core/lib/html_text.c core/lib/html_scan.c \
	core/lib/html_tags.c core/lib/html_text_int.h core/lib/utf8.c
core_libxalloc_la_SOURCES = core/lib/xalloc.c core/lib/xalloc.h

crierinclude_HEADERS += \
	core/include/crier/plugin.h \
	core/include/crier/speech.h \
	core/include/crier/output.h \
	core/include/crier/strbuf.h \
	core/include/crier/text.h \
	core/include/crier/stem.h \
	core/include/crier/dir.h
pkgconfig_DATA += core/crier-plugin.pc
EXTRA_DIST += core/crier-plugin.pc.in

bin_PROGRAMS += crier
crier_SOURCES = \
	core/main.c \
	core/cli.c core/cli.h \
	core/commands.c core/commands.h \
	core/paths.c core/paths.h \
	core/config.c core/config.h \
	core/loader.c core/loader.h \
	core/summarizer.c core/summarizer.h \
	core/script.c core/script.h \
	core/speech.c core/speech.h \
	core/audio.c core/audio.h \
	core/briefing.c core/briefing.h \
	core/story.c core/story.h \
	core/wire.c core/wire.h \
	core/source_run.c core/source_run.h \
	core/fetcher.c core/fetcher.h \
	core/forker.c core/forker.h \
	core/keys.c core/keys.h \
	core/player.c core/player.h \
	core/render.c core/render.h \
	core/budget.c core/budget.h \
	core/filter.c core/filter.h \
	core/vtt.c core/vtt.h \
	core/cmd_brief.c \
	core/cmd_list.c \
	core/cmd_plugins.c \
	core/cmd_summarize.c \
	core/cmd_check_config.c
EXTRA_DIST += core/commands.list
crier_CFLAGS = $(AM_CFLAGS) $(ESPEAK_CFLAGS) $(AO_CFLAGS) $(LIBCONFIG_CFLAGS) \
	$(XML_CFLAGS) $(JSONC_CFLAGS) $(CURL_CFLAGS) $(SQLITE_CFLAGS)
crier_LDADD = core/libcrier.la core/libxalloc.la $(ESPEAK_LIBS) $(AO_LIBS) $(LIBCONFIG_LIBS) \
	$(XML_LIBS) $(JSONC_LIBS) $(SQLITE_LIBS) -lpthread -lm

# Parts of libcrier and crier with their own owners append here.
include $(srcdir)/core/lib/normalize.mk
include $(srcdir)/core/lib/extract.mk
include $(srcdir)/core/lib/http.mk
include $(srcdir)/core/ledger.mk
include $(srcdir)/core/lib/language.mk
include $(srcdir)/core/opml.mk
include $(srcdir)/core/controls.mk
