# The espeak speech plugin: espeak-ng turns text into PCM with sentence
# marks.  The only file of crier that links espeak-ng.
pkglib_LTLIBRARIES += plugins/espeak.la
plugins_espeak_la_SOURCES = plugins/speech/espeak/espeak.c \
	plugins/speech/espeak/voice_names.c plugins/speech/espeak/voice_names.h
plugins_espeak_la_CFLAGS = $(AM_CFLAGS) $(ESPEAK_CFLAGS)
plugins_espeak_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_espeak_la_LIBADD = $(PLUGIN_LIBADD) $(ESPEAK_LIBS)
