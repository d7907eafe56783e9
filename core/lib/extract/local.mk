# core/lib/extract/local.mk - main-text extraction from web pages.
core_libcrier_la_SOURCES += \
	core/lib/extract/extract.c \
	core/lib/extract/extract_charset.c \
	core/lib/extract/extract_meta.c \
	core/lib/extract/extract_node.c \
	core/lib/extract/extract_score.c \
	core/lib/extract/extract_render.c \
	core/lib/extract/extract_teaser.c \
	core/lib/extract/extract_int.h
crierinclude_HEADERS += core/include/crier/extract.h
