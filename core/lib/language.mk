# core/lib/language.mk - language detection (part of libcrier), voices by
# language, the config's lexicon and "crier say".  Included from
# core/local.mk.
core_libcrier_la_SOURCES += core/lib/language.c
core_libcrier_la_CFLAGS += $(TEXTCAT_CFLAGS)
core_libcrier_la_LIBADD += $(TEXTCAT_LIBS)
crierinclude_HEADERS += core/include/crier/language.h

crier_SOURCES += \
	core/voices.c core/voices.h \
	core/lexicon_config.c core/lexicon_config.h \
	core/cmd_say.c

check_PROGRAMS += tests/unit/test_language tests/unit/test_lexicon_config
TESTS += tests/unit/test_language tests/unit/test_lexicon_config
tests_unit_test_language_SOURCES = tests/unit/test_language.c core/voices.c
tests_unit_test_language_CFLAGS = $(TEST_CFLAGS) $(ESPEAK_CFLAGS)
tests_unit_test_language_LDADD = $(TEST_LDADD) $(ESPEAK_LIBS)
tests_unit_test_lexicon_config_SOURCES = tests/unit/test_lexicon_config.c \
	core/lexicon_config.c
tests_unit_test_lexicon_config_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_lexicon_config_LDADD = $(TEST_LDADD)

TESTS += tests/e2e/say.sh tests/e2e/voices.sh
EXTRA_DIST += tests/e2e/say.sh tests/e2e/voices.sh

# tests/bench/language.sh: detection on the dev feeds and pages (make bench).
noinst_PROGRAMS += tests/bench/language_bench
tests_bench_language_bench_LDADD = core/libcrier.la
BENCHMARKS += tests/bench/language.sh
EXTRA_DIST += tests/bench/language.sh
