# The lead summarizer: the first N sentences of the article.
pkglib_LTLIBRARIES += plugins/lead.la
plugins_lead_la_SOURCES = plugins/summarizer/lead/lead.c
plugins_lead_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_lead_la_LIBADD = $(PLUGIN_LIBADD)
