# The textrank summarizer: TextRank sentence centrality (Mihalcea and
# Tarau 2004).
pkglib_LTLIBRARIES += plugins/textrank.la
plugins_textrank_la_SOURCES = plugins/summarizer/textrank/textrank.c
plugins_textrank_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_textrank_la_LIBADD = $(PLUGIN_LIBADD) -lm
