# tests/bench/local.mk - the benchmark programs and scripts of make bench
# (not part of make check).  Included from tests/local.mk.

# The feed parser alone: JSON for the conformance benchmark, --bench for
# speed (tests/bench/feeds.sh).
noinst_PROGRAMS += tests/bench/feed-dump
tests_bench_feed_dump_SOURCES = tests/bench/feed-dump.c
tests_bench_feed_dump_CFLAGS = $(FEED_PARSER_CFLAGS)
tests_bench_feed_dump_LDADD = $(FEED_PARSER_LIBS)

# Extraction on the dev pages (tests/bench/extract.sh);
# tests/bench/extract_split.py scores the tune and held-out halves.
noinst_PROGRAMS += tests/bench/extract_bench
tests_bench_extract_bench_LDADD = core/libcrier.la

# Language detection on the dev feeds and pages.
noinst_PROGRAMS += tests/bench/language_bench
tests_bench_language_bench_LDADD = core/libcrier.la

# The scripts: feed load on the test server (peak memory, first audio),
# language detection, speech overhead, feed parsing against sfeed,
# extraction, and the latency of MPRIS calls.
BENCHMARKS += tests/bench/feeds_load.sh tests/bench/language.sh \
	tests/bench/speak.sh tests/bench/feeds.sh tests/bench/extract.sh \
	tests/bench/mpris_latency.sh
EXTRA_DIST += tests/bench/bench_env.sh tests/bench/feeds_load.sh tests/bench/language.sh \
	tests/bench/speak.sh tests/bench/feeds.sh tests/bench/extract.sh \
	tests/bench/mpris_latency.sh tests/bench/extract_split.py

# Live audio with two busy loops per core beside it: the recording against
# the WAV file, and the controls' latency in a terminal.
BENCHMARKS += tests/bench/live_load.sh
EXTRA_DIST += tests/bench/live_load.sh tests/bench/pty_keys.py tests/wav_span.py

# tests/bench/dedup.sh: dedup of 10,000 and 100,000 made-up stories.
noinst_PROGRAMS += tests/bench/dedup_bench
tests_bench_dedup_bench_CFLAGS = $(TEST_CFLAGS)
tests_bench_dedup_bench_LDADD = $(PROGRAM_LIBS)
BENCHMARKS += tests/bench/dedup.sh
EXTRA_DIST += tests/bench/dedup.sh

# tests/bench/briefing_cpu.sh: a whole briefing to a file against
# espeak-ng -w on its script, with and without a budget (in turns, tests/bench/cpu_turns.py).
BENCHMARKS += tests/bench/briefing_cpu.sh
EXTRA_DIST += tests/bench/briefing_cpu.sh

# tests/bench/normalize.sh: crier normalize on NeMo's cases (tune and
# untuned parts by tests/bench/normalize_split.py) against plain espeak-ng,
# and its CPU share of synthesis.
BENCHMARKS += tests/bench/normalize.sh
EXTRA_DIST += tests/bench/normalize.sh tests/bench/normalize_split.py

# MP3 and Opus: sizes of a 10-minute briefing, sox stats against the WAV,
# encoding CPU against lame and opusenc, the whole briefing against
# espeak-ng -w plus those tools.
BENCHMARKS += tests/bench/encode.sh
EXTRA_DIST += tests/bench/encode.sh

# tests/bench/startup.sh: crier --version and crier summarize of a
# 300-word article against ots on it, CPU in turn (tests/bench/cpu_turns.py).
BENCHMARKS += tests/bench/startup.sh
EXTRA_DIST += tests/bench/startup.sh tests/bench/cpu_turns.py \
	tests/bench/startup_article.txt
