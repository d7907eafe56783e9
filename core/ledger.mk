# core/ledger.mk - the heard-story ledger, "crier history" and dedup of
# stories across sources, with their tests.
crier_SOURCES += core/ledger.c core/ledger.h core/dedup.c core/dedup.h \
	core/cmd_history.c
# dedup uses crier/stem.h; until core/lib/stem.c is part of libcrier it is
# compiled into crier itself (drop these two lines once it is).
crier_SOURCES += core/lib/stem.c
crier_LDADD += $(STEMMER_LIBS) -lm

LEDGER_UNIT_TESTS = tests/unit/test_ledger tests/unit/test_dedup
check_PROGRAMS += $(LEDGER_UNIT_TESTS)
TESTS += $(LEDGER_UNIT_TESTS)
tests_unit_test_ledger_SOURCES = tests/unit/test_ledger.c \
	core/ledger.c core/paths.c
tests_unit_test_ledger_CFLAGS = $(TEST_CFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_ledger_LDADD = $(TEST_LDADD) $(SQLITE_LIBS)
tests_unit_test_dedup_SOURCES = tests/unit/test_dedup.c \
	core/dedup.c core/story.c core/lib/stem.c
tests_unit_test_dedup_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_dedup_LDADD = $(TEST_LDADD) $(STEMMER_LIBS) -lm

# "crier history" end to end.  tests/e2e/ledger_kill.sh (SIGKILL at
# random points) needs the briefing to mark stories: TESTS gets it then.
TESTS += tests/e2e/ledger.sh tests/e2e/ledger_kill.sh
EXTRA_DIST += tests/e2e/ledger.sh tests/e2e/ledger_kill.sh
