# core/lib/extract.mk - main-text extraction (part of libcrier), the
# "crier extract" command, its unit test and its benchmark program.
# Included from core/local.mk.
core_libcrier_la_SOURCES += \
	core/lib/extract.c \
	core/lib/extract_charset.c \
	core/lib/extract_meta.c \
	core/lib/extract_score.c \
	core/lib/extract_render.c \
	core/lib/extract_int.h
crierinclude_HEADERS += core/include/crier/extract.h

check_PROGRAMS += tests/unit/test_extract
TESTS += tests/unit/test_extract
tests_unit_test_extract_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_extract_LDADD = $(TEST_LDADD)
EXTRA_DIST += tests/fixtures/extract

# tests/bench/extract.sh times it on the dev pages (not part of make check);
# tests/bench/extract_split.py scores the tune and held-out halves.
noinst_PROGRAMS += tests/bench/extract_bench
tests_bench_extract_bench_LDADD = core/libcrier.la
EXTRA_DIST += tests/bench/extract.sh tests/bench/extract_split.py

crier_SOURCES += core/cmd_extract.c

# End to end: crier extract on a file, stdin and the loopback test server.
TESTS += tests/e2e/extract.sh
EXTRA_DIST += tests/e2e/extract.sh
