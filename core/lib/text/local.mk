# core/lib/text/local.mk - plain text: UTF-8, words, sentences, stemming,
# cleaning scraped text, language detection.
core_libcrier_la_SOURCES += \
	core/lib/text/utf8.c core/lib/text/utf8.h \
	core/lib/text/words.c \
	core/lib/text/sentences.c \
	core/lib/text/stem.c \
	core/lib/text/clean_body.c \
	core/lib/text/language.c \
	core/lib/text/date.c core/lib/text/date.h \
	core/lib/text/charset.c core/lib/text/charset.h
core_libcrier_la_CFLAGS += $(TEXTCAT_CFLAGS)
crierinclude_HEADERS += core/include/crier/language.h
