# The file source: a text file, or a directory of .txt/.md files.
pkglib_LTLIBRARIES += plugins/file.la
plugins_file_la_SOURCES = plugins/source/file/file.c
plugins_file_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_file_la_LIBADD = $(PLUGIN_LIBADD)
