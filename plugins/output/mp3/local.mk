# The MP3 output: libmp3lame, and an ID3v2 tag with chapters.
pkglib_LTLIBRARIES += plugins/mp3.la
plugins_mp3_la_SOURCES = plugins/output/mp3/mp3.c \
	plugins/output/mp3/id3v2.c plugins/output/mp3/id3v2.h \
	plugins/output/common/outfile.c plugins/output/common/outfile.h
plugins_mp3_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_mp3_la_LIBADD = $(PLUGIN_LIBADD) $(LAME_LIBS)
