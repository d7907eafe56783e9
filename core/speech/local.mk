# core/speech/local.mk - speaking the script: the speech-plugin host,
# voices by language, playing with the media keys, subtitles, and the
# output-plugin host (audio.c, with the file rules and the choice of
# plugin by extension).
core_libprogram_la_SOURCES += \
	core/speech/speech_plugin.c core/speech/speech_plugin.h \
	core/speech/speech.c core/speech/speech.h \
	core/speech/voices.c core/speech/voices.h \
	core/speech/player.c core/speech/player.h \
	core/speech/keys.c core/speech/keys.h \
	core/speech/vtt.c core/speech/vtt.h \
	core/speech/audio.c core/speech/audio.h \
	core/speech/output_pick.c core/speech/output_pick.h \
	core/speech/output_file.c core/speech/output_file.h

# The listener's live controls: the terminal's keys (keys.c), MPRIS 2 on
# the session bus (sd-bus, loaded at run time) and the sleep timer.
core_libprogram_la_SOURCES += \
	core/speech/controls.c core/speech/controls.h \
	core/speech/mpris.c core/speech/mpris.h \
	core/speech/sdbus_api.c core/speech/sdbus_api.h
core_libprogram_la_CFLAGS += $(SYSTEMD_CFLAGS)
