# The wav output plugin: WAV files through libao's wav driver.
pkglib_LTLIBRARIES += plugins/wav.la
plugins_wav_la_SOURCES = plugins/output/wav/wav.c \
	plugins/output/ao/ao_common.c plugins/output/ao/ao_common.h
plugins_wav_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/plugins/output
plugins_wav_la_CFLAGS = $(AM_CFLAGS) $(AO_CFLAGS)
plugins_wav_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_wav_la_LIBADD = $(PLUGIN_LIBADD) $(AO_LIBS)
