# core/fetch/local.mk - running the sources, each in its own process
# (forker, wire), in parallel (fetcher), into stories.
core_libprogram_la_SOURCES += \
	core/fetch/fetcher.c core/fetch/fetcher.h \
	core/fetch/forker.c core/fetch/forker.h \
	core/fetch/source_run.c core/fetch/source_run.h \
	core/fetch/wire.c core/fetch/wire.h \
	core/fetch/story.c core/fetch/story.h
