# The ao output plugin: live audio through libao's drivers.  ao_common.c
# is shared with the wav plugin (plugins/output/wav/).
pkglib_LTLIBRARIES += plugins/ao.la
plugins_ao_la_SOURCES = plugins/output/ao/ao.c \
	plugins/output/ao/ao_common.c plugins/output/ao/ao_common.h
plugins_ao_la_CFLAGS = $(AM_CFLAGS) $(AO_CFLAGS)
plugins_ao_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_ao_la_LIBADD = $(PLUGIN_LIBADD) $(AO_LIBS)
