# core/briefing/local.mk - from stories to a briefing: the script, the
# time budget, dedup across sources, the heard-story ledger, rendering.
core_libprogram_la_SOURCES += \
	core/briefing/briefing.c core/briefing/briefing.h \
	core/briefing/print_stream.c core/briefing/print_stream.h \
	core/briefing/script.c core/briefing/script.h \
	core/briefing/budget.c core/briefing/budget.h \
	core/briefing/dedup.c core/briefing/dedup.h \
	core/briefing/ledger.c core/briefing/ledger.h core/briefing/ledger_keys.c \
	core/briefing/render.c core/briefing/render.h \
	core/briefing/prerender.c core/briefing/prerender.h \
	core/briefing/progress.c core/briefing/progress.h
