# core/lib/html/local.mk - HTML to plain text: the one-pass scanner, the
# libxml2 path, the paragraphs both gather into and the element table
# they share.
HTML_TEXT_SOURCES = core/lib/html/html_text.c core/lib/html/html_scan.c \
	core/lib/html/html_walk.c core/lib/html/html_tags.c \
	core/lib/html/html_text_int.h \
	core/lib/text/utf8.c
core_libcrier_la_SOURCES += \
	core/lib/html/html_text.c core/lib/html/html_scan.c \
	core/lib/html/html_walk.c core/lib/html/html_tags.c \
	core/lib/html/html_text_int.h
