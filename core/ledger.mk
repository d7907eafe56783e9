# core/ledger.mk - the heard-story ledger, "crier history" and dedup of
# stories across sources, with their tests.
crier_SOURCES += core/ledger.c core/ledger.h core/dedup.c core/dedup.h \
	core/cmd_history.c

LEDGER_UNIT_TESTS = tests/unit/test_ledger tests/unit/test_dedup
check_PROGRAMS += $(LEDGER_UNIT_TESTS)
TESTS += $(LEDGER_UNIT_TESTS)
tests_unit_test_ledger_SOURCES = tests/unit/test_ledger.c \
	core/ledger.c core/paths.c
tests_unit_test_ledger_CFLAGS = $(TEST_CFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_ledger_LDADD = $(TEST_LDADD) $(SQLITE_LIBS)
tests_unit_test_dedup_SOURCES = tests/unit/test_dedup.c \
	core/dedup.c core/story.c
tests_unit_test_dedup_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_dedup_LDADD = $(TEST_LDADD) -lm

# "crier history" end to end, and SIGKILLs at random points.
TESTS += tests/e2e/ledger.sh tests/e2e/ledger_kill.sh
EXTRA_DIST += tests/e2e/ledger.sh tests/e2e/ledger_kill.sh

# tests/bench/dedup.sh: dedup of 10,000 and 100,000 stories (make bench).
noinst_PROGRAMS += tests/bench/dedup_bench
tests_bench_dedup_bench_SOURCES = tests/bench/dedup_bench.c \
	core/dedup.c core/story.c
tests_bench_dedup_bench_CFLAGS = $(TEST_CFLAGS)
tests_bench_dedup_bench_LDADD = $(TEST_LDADD) -lm
BENCHMARKS += tests/bench/dedup.sh
EXTRA_DIST += tests/bench/dedup.sh
