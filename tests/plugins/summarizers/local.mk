# Summarizer tests: the stemming unit test, the news plugin's furniture
# rules, a driver test per summarizer plugin on the fixtures here, and the
# summarizer benchmark (make bench).
check_PROGRAMS += tests/unit/test_stem tests/plugins/summarizers/test_furniture
TESTS += tests/unit/test_stem tests/plugins/summarizers/test_furniture
tests_unit_test_stem_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_stem_LDADD = $(TEST_LDADD)
tests_plugins_summarizers_test_furniture_SOURCES = \
	tests/plugins/summarizers/test_furniture.c \
	plugins/summarizer/news/news_furniture.c \
	plugins/summarizer/news/news_openers.c \
	plugins/summarizer/news/news.h
tests_plugins_summarizers_test_furniture_CFLAGS = $(TEST_CFLAGS)
tests_plugins_summarizers_test_furniture_LDADD = $(TEST_LDADD)

SUMMARIZER_TESTS = tests/plugins/summarizers/textrank.sh \
	tests/plugins/summarizers/news.sh
TESTS += $(SUMMARIZER_TESTS)
EXTRA_DIST += $(SUMMARIZER_TESTS) tests/plugins/summarizers/lib.sh \
	tests/plugins/summarizers/storm.txt \
	tests/plugins/summarizers/storm.furniture \
	tests/plugins/summarizers/tempete.txt \
	tests/plugins/summarizers/tempete.furniture \
	tests/plugins/summarizers/storm.lead \
	tests/plugins/summarizers/kite.txt \
	tests/plugins/summarizers/hub.txt \
	tests/plugins/summarizers/hub.central

# summ-bench: a summarizer over a whole JSONL set in one process.
noinst_PROGRAMS += tests/bench/summ-bench
tests_bench_summ_bench_SOURCES = tests/bench/summ_bench.c
tests_bench_summ_bench_CFLAGS = $(TEST_CFLAGS) $(JSONC_CFLAGS)
tests_bench_summ_bench_LDADD = $(TEST_LDADD) $(JSONC_LIBS)
BENCHMARKS += tests/bench/summ.sh
EXTRA_DIST += tests/bench/summ.sh
