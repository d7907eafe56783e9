# core/lib/normalize.mk - text normalization for speech (part of libcrier),
# included from core/local.mk.
core_libcrier_la_SOURCES += \
	core/lib/normalize.c \
	core/lib/normalize_int.h \
	core/lib/normalize_scan.c \
	core/lib/normalize_common.c \
	core/lib/normalize_lexicon.c \
	core/lib/normalize_en.h \
	core/lib/normalize_en.c \
	core/lib/normalize_en_dates.c \
	core/lib/normalize_en_money.c \
	core/lib/normalize_en_names.c \
	core/lib/normalize_en_numbers.c \
	core/lib/normalize_en_phone.c \
	core/lib/normalize_en_words.c
crierinclude_HEADERS += core/include/crier/normalize.h

check_PROGRAMS += tests/unit/test_normalize
TESTS += tests/unit/test_normalize
tests_unit_test_normalize_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_normalize_LDADD = $(TEST_LDADD)

# "crier normalize" prints text the way it will be spoken.
crier_SOURCES += core/cmd_normalize.c
TESTS += tests/e2e/normalize.sh
EXTRA_DIST += tests/e2e/normalize.sh
