# core/lib/plugin/local.mk - the host side of the plugin API's objects:
# settings views, articles, sources during fetch(), summaries, the PCM
# buffer speech plugins fill, the check of voice names.
core_libcrier_la_SOURCES += \
	core/lib/plugin/where.c \
	core/lib/plugin/settings.c \
	core/lib/plugin/article.c \
	core/lib/plugin/source.c \
	core/lib/plugin/summary.c \
	core/lib/plugin/pcm.c \
	core/lib/plugin/voice_name.c
