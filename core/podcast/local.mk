# core/podcast/local.mk - "crier podcast": the podcast group, the episode
# list, the feed and the chapters file, each written whole or not at all.
core_libprogram_la_SOURCES += \
	core/podcast/podcast_config.c core/podcast/podcast_config.h \
	core/podcast/episodes.c core/podcast/episodes.h \
	core/podcast/feed_xml.c core/podcast/feed_xml.h \
	core/podcast/chapters_json.c core/podcast/chapters_json.h \
	core/podcast/vtt_read.c core/podcast/vtt_read.h \
	core/podcast/publish.c core/podcast/publish.h \
	core/podcast/replace_file.c core/podcast/replace_file.h
