# The Ogg Opus output: libopusenc, chapters as CHAPTERnnn comments.
pkglib_LTLIBRARIES += plugins/opus.la
plugins_opus_la_SOURCES = plugins/output/opus/opus.c \
	plugins/output/opus/pcm_spool.c plugins/output/opus/pcm_spool.h \
	plugins/output/common/outfile.c plugins/output/common/outfile.h
plugins_opus_la_CFLAGS = $(AM_CFLAGS) $(OPUSENC_CFLAGS)
plugins_opus_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_opus_la_LIBADD = $(PLUGIN_LIBADD) $(OPUSENC_LIBS)
