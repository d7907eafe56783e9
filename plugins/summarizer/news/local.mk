# The news summarizer, the default: position, centrality, headline,
# redundancy control and filtering of page furniture.
pkglib_LTLIBRARIES += plugins/news.la
plugins_news_la_SOURCES = plugins/summarizer/news/news.c \
	plugins/summarizer/news/news.h \
	plugins/summarizer/news/news_furniture.c \
	plugins/summarizer/news/news_score.c \
	plugins/summarizer/news/news_openers.c
plugins_news_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_news_la_LIBADD = $(PLUGIN_LIBADD) -lm
