# core/lib/local.mk - libcrier, the library crier and its plugins share:
# one folder per area, each listing its files in its own local.mk, and
# the installed headers (core/include/crier/) with the plugin SDK's .pc.

lib_LTLIBRARIES += core/libcrier.la
core_libcrier_la_SOURCES = core/lib/libcrier.h
core_libcrier_la_CFLAGS = $(AM_CFLAGS) $(XML_CFLAGS) $(LIBCONFIG_CFLAGS)
core_libcrier_la_LIBADD = $(LIBCONFIG_LIBS) -lm
# Only the crier_ API is exported: a plugin's own xstrdup() or html_tag()
# must not be bound to libcrier's internals.
core_libcrier_la_LDFLAGS = -no-undefined -version-info 0:0:0 \
	-export-symbols-regex '^crier_'

crierinclude_HEADERS += \
	core/include/crier/plugin.h \
	core/include/crier/speech.h \
	core/include/crier/output.h \
	core/include/crier/strbuf.h \
	core/include/crier/text.h \
	core/include/crier/stem.h \
	core/include/crier/dir.h
pkgconfig_DATA += core/crier-plugin.pc
EXTRA_DIST += core/crier-plugin.pc.in

include $(srcdir)/core/lib/base/local.mk
include $(srcdir)/core/lib/plugin/local.mk
include $(srcdir)/core/lib/text/local.mk
include $(srcdir)/core/lib/html/local.mk
include $(srcdir)/core/lib/extract/local.mk
include $(srcdir)/core/lib/normalize/local.mk
include $(srcdir)/core/lib/net/local.mk
include $(srcdir)/core/lib/feed/local.mk
include $(srcdir)/core/lib/lazy/local.mk
