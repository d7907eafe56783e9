# The news summarizer, the default: position, centrality, headline,
# redundancy control and filtering of page furniture.
pkglib_LTLIBRARIES += plugins/news.la
plugins_news_la_SOURCES = plugins/news/news.c plugins/news/news.h \
	plugins/news/news_furniture.c plugins/news/news_score.c \
	plugins/news/news_openers.c
plugins_news_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_news_la_LIBADD = $(PLUGIN_LIBADD) -lm
