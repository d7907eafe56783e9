# core/config/local.mk - reading and editing the config: the file itself,
# story filters, the lexicon, paths, feed lists (OPML).
core_libprogram_la_SOURCES += \
	core/config/config.c core/config/config.h \
	core/config/config_numbers.c core/config/config_numbers.h \
	core/config/filter.c core/config/filter.h \
	core/config/lexicon_config.c core/config/lexicon_config.h \
	core/config/config_edit.c core/config/config_edit.h \
	core/config/paths.c core/config/paths.h \
	core/config/opml.c core/config/opml.h
