# core/lib/plugin/local.mk - the host side of the plugin API's objects:
# settings views, articles, sources during fetch(), summaries.
core_libcrier_la_SOURCES += \
	core/lib/plugin/settings.c \
	core/lib/plugin/article.c \
	core/lib/plugin/source.c \
	core/lib/plugin/summary.c
