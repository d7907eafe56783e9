# plugins/local.mk - the bundled plugins, one folder per kind.  Every
# plugin is built as plugins/NAME.la, so the build tree's plugins/.libs
# holds them all (CRIER_PLUGIN_PATH in the tests).
include $(srcdir)/plugins/source/file/local.mk
include $(srcdir)/plugins/source/feed/local.mk
include $(srcdir)/plugins/source/web/local.mk
include $(srcdir)/plugins/summarizer/lead/local.mk
include $(srcdir)/plugins/summarizer/news/local.mk
include $(srcdir)/plugins/summarizer/textrank/local.mk
include $(srcdir)/plugins/speech/espeak/local.mk
include $(srcdir)/plugins/output/ao/local.mk
include $(srcdir)/plugins/output/wav/local.mk
include $(srcdir)/plugins/output/mp3/local.mk
include $(srcdir)/plugins/output/opus/local.mk
