# core/lib/base/local.mk - what everything else stands on: allocation,
# the string buffer, errors and warnings, I/O and directory listing,
# "did you mean" for mistyped names.
core_libcrier_la_SOURCES += \
	core/lib/base/xalloc.c core/lib/base/xalloc.h \
	core/lib/base/strbuf.c \
	core/lib/base/dir.c \
	core/lib/base/io.c \
	core/lib/base/error.c \
	core/lib/base/suggest.c \
	core/lib/base/user_paths.c

# The allocation helpers for the program and the tests (libcrier keeps
# its own copy to itself).
noinst_LTLIBRARIES += core/libxalloc.la
core_libxalloc_la_SOURCES = core/lib/base/xalloc.c core/lib/base/xalloc.h
