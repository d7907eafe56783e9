# tests/fuzz/local.mk - fuzzing and the sanitizer and valgrind checks
# (issue 7).  Included from tests/local.mk.
#
# make fuzz: builds the libFuzzer targets with clang (ASan + UBSan) from
# the sources of libcrier, the feed parser and the config reader, and
# runs each for FUZZ_SECONDS; any finding fails it (tests/fuzz/fuzz.sh).
# make check builds the same targets with the normal compiler and replays
# the fixtures and saved findings through them (tests/fuzz/replay.sh).
FUZZ_SECONDS = 60
FUZZ_TARGETS = feed extract text html normalize config
fuzz:
	FUZZ_SECONDS='$(FUZZ_SECONDS)' \
	FUZZ_LIB_SOURCES='$(filter-out $(LAZY_SOURCES),$(filter %.c,$(core_libcrier_la_SOURCES)))' \
	FUZZ_FEED_SOURCES='$(filter %.c,$(FEED_PARSER_SOURCES))' \
	FUZZ_CONFIG_SOURCES='$(FUZZ_CONFIG_FILES)' \
	FUZZ_CFLAGS='$(filter-out -W%,$(core_libcrier_la_CFLAGS)) $(JSONC_CFLAGS)' \
	FUZZ_LIBS='$(core_libcrier_la_LIBADD) $(JSONC_LIBS) $(LIBCONFIG_LIBS) $(STEMMER_LIBS) $(XML_LIBS) $(SQLITE_LIBS) $(TEXTCAT_LIBS)' \
	CRIER_SHARED='$(CRIER_SHARED_DIR)' \
		$(SHELL) $(srcdir)/tests/fuzz/fuzz.sh $(abs_top_builddir) $(FUZZ_TARGETS)
.PHONY: fuzz

FUZZ_REPLAY_CFLAGS = $(TEST_CFLAGS) -I$(top_srcdir)/tests/fuzz
check_PROGRAMS += tests/fuzz/replay_feed tests/fuzz/replay_extract \
	tests/fuzz/replay_text tests/fuzz/replay_html tests/fuzz/replay_normalize \
	tests/fuzz/replay_config
tests_fuzz_replay_feed_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz.h \
	tests/fuzz/fuzz_feed.c
tests_fuzz_replay_feed_CFLAGS = $(FUZZ_REPLAY_CFLAGS) $(FEED_PARSER_CFLAGS)
tests_fuzz_replay_feed_LDADD = $(FEED_PARSER_LIBS) $(TEST_LDADD)
tests_fuzz_replay_extract_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz.h \
	tests/fuzz/fuzz_extract.c
tests_fuzz_replay_extract_CFLAGS = $(FUZZ_REPLAY_CFLAGS)
tests_fuzz_replay_extract_LDADD = $(TEST_LDADD)
tests_fuzz_replay_text_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz.h \
	tests/fuzz/fuzz_text.c
tests_fuzz_replay_text_CFLAGS = $(FUZZ_REPLAY_CFLAGS)
tests_fuzz_replay_text_LDADD = $(TEST_LDADD)
tests_fuzz_replay_html_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz.h \
	tests/fuzz/fuzz_html.c $(HTML_TEXT_SOURCES)
tests_fuzz_replay_html_CFLAGS = $(FUZZ_REPLAY_CFLAGS)
tests_fuzz_replay_html_LDADD = $(TEST_LDADD)
tests_fuzz_replay_normalize_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz.h \
	tests/fuzz/fuzz_normalize.c
tests_fuzz_replay_normalize_CFLAGS = $(FUZZ_REPLAY_CFLAGS)
tests_fuzz_replay_normalize_LDADD = $(TEST_LDADD)
# The config reader and what it calls: make fuzz compiles these with
# clang; the replay links them from the program's library.
FUZZ_CONFIG_FILES = core/config/config.c core/config/config_numbers.c \
	core/config/lexicon_config.c core/config/filter.c
tests_fuzz_replay_config_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz.h \
	tests/fuzz/fuzz_config.c
tests_fuzz_replay_config_CFLAGS = $(FUZZ_REPLAY_CFLAGS)
tests_fuzz_replay_config_LDADD = $(PROGRAM_LIBS)

FUZZ_TESTS = tests/fuzz/replay.sh tests/e2e/security.sh tests/e2e/valgrind.sh
TESTS += $(FUZZ_TESTS)
EXTRA_DIST += $(FUZZ_TESTS) tests/fuzz/fuzz.sh tests/fuzz/regressions \
	tests/fuzz/feed.dict tests/fuzz/extract.dict tests/fuzz/html.dict \
	tests/fuzz/config.dict \
	tests/sanitize.sh tests/lsan.supp tests/valgrind.supp
