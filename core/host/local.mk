# core/host/local.mk - finding, checking and running plugins: the loader
# and the summarizer host.
core_libprogram_la_SOURCES += \
	core/host/loader.c core/host/loader.h \
	core/host/summarizer.c core/host/summarizer.h \
	core/host/summary_check.c
