# Plugin tests: a driver that runs any plugin on a fixture, a test per
# plugin, and deliberately broken plugins for the loader test.
check_PROGRAMS += tests/plugins/plugin-driver
tests_plugins_plugin_driver_CFLAGS = $(TEST_CFLAGS)
tests_plugins_plugin_driver_LDADD = $(TEST_LDADD)

# -rpath makes libtool build real shared objects for check-only libraries.
BROKEN_LDFLAGS = $(PLUGIN_LDFLAGS) -rpath /nowhere
check_LTLIBRARIES += tests/plugins/broken/wrong_abi.la \
	tests/plugins/broken/no_descriptor.la \
	tests/plugins/broken/failing_init.la \
	tests/plugins/broken/future_api.la
tests_plugins_broken_wrong_abi_la_SOURCES = tests/plugins/broken/wrong_abi.c
tests_plugins_broken_wrong_abi_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_broken_wrong_abi_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_broken_no_descriptor_la_SOURCES = tests/plugins/broken/no_descriptor.c
tests_plugins_broken_no_descriptor_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_broken_failing_init_la_SOURCES = tests/plugins/broken/failing_init.c
tests_plugins_broken_failing_init_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_broken_failing_init_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_broken_future_api_la_SOURCES = tests/plugins/broken/future_api.c
tests_plugins_broken_future_api_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_broken_future_api_la_LIBADD = $(PLUGIN_LIBADD)

PLUGIN_TESTS = tests/plugins/file.sh tests/plugins/lead.sh
TESTS += $(PLUGIN_TESTS)
EXTRA_DIST += $(PLUGIN_TESTS) tests/plugins/lib.sh \
	tests/plugins/file tests/plugins/lead

# Output plugins: a driver that feeds one PCM and chapters the way crier
# does; the files are read back by ffprobe, mutagen and opusinfo.
check_PROGRAMS += tests/plugins/output-driver
tests_plugins_output_driver_CFLAGS = $(TEST_CFLAGS)
tests_plugins_output_driver_LDADD = $(TEST_LDADD) -lm
OUTPUT_TESTS = tests/plugins/mp3.sh tests/plugins/opus.sh
TESTS += $(OUTPUT_TESTS)
EXTRA_DIST += $(OUTPUT_TESTS) tests/plugins/output

# Plugins that crash, hang or eat memory, for the isolation test.
check_LTLIBRARIES += tests/plugins/faulty/crashsource.la \
	tests/plugins/faulty/hangsource.la \
	tests/plugins/faulty/hogsource.la \
	tests/plugins/faulty/crashsummarizer.la \
	tests/plugins/faulty/garbagesource.la
tests_plugins_faulty_crashsource_la_SOURCES = tests/plugins/faulty/crashsource.c
tests_plugins_faulty_crashsource_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_faulty_crashsource_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_faulty_hangsource_la_SOURCES = tests/plugins/faulty/hangsource.c
tests_plugins_faulty_hangsource_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_faulty_hangsource_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_faulty_hogsource_la_SOURCES = tests/plugins/faulty/hogsource.c
tests_plugins_faulty_hogsource_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_faulty_hogsource_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_faulty_crashsummarizer_la_SOURCES = tests/plugins/faulty/crashsummarizer.c
tests_plugins_faulty_crashsummarizer_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_faulty_crashsummarizer_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_faulty_garbagesource_la_SOURCES = tests/plugins/faulty/garbagesource.c
tests_plugins_faulty_garbagesource_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_faulty_garbagesource_la_LIBADD = $(PLUGIN_LIBADD)

# Plugins that misbehave in the ways issue 18 found: processes left
# behind, summaries that ignore the request, exit() and stdout, for
# tests/e2e/hostile.sh.
check_LTLIBRARIES += tests/plugins/hostile/forksource.la \
	tests/plugins/hostile/forksummarizer.la \
	tests/plugins/hostile/liarsummarizer.la \
	tests/plugins/hostile/exitsource.la \
	tests/plugins/hostile/chattysource.la
tests_plugins_hostile_forksource_la_SOURCES = tests/plugins/hostile/forksource.c \
	tests/plugins/hostile/stray.h
tests_plugins_hostile_forksource_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_hostile_forksource_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_hostile_forksummarizer_la_SOURCES = \
	tests/plugins/hostile/forksummarizer.c tests/plugins/hostile/stray.h
tests_plugins_hostile_forksummarizer_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_hostile_forksummarizer_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_hostile_liarsummarizer_la_SOURCES = tests/plugins/hostile/liarsummarizer.c
tests_plugins_hostile_liarsummarizer_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_hostile_liarsummarizer_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_hostile_exitsource_la_SOURCES = tests/plugins/hostile/exitsource.c
tests_plugins_hostile_exitsource_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_hostile_exitsource_la_LIBADD = $(PLUGIN_LIBADD)
tests_plugins_hostile_chattysource_la_SOURCES = tests/plugins/hostile/chattysource.c
tests_plugins_hostile_chattysource_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_hostile_chattysource_la_LIBADD = $(PLUGIN_LIBADD)

# The feed parser (core/lib/feed/) on hand-written fixtures.
FEED_FIXTURES = \
	tests/plugins/feed/rss2.xml \
	tests/plugins/feed/rdf.xml \
	tests/plugins/feed/atom.xml \
	tests/plugins/feed/jsonfeed.json \
	tests/plugins/feed/cp1252.xml \
	tests/plugins/feed/broken.xml \
	tests/plugins/feed/html-page.html
check_PROGRAMS += tests/plugins/feed/test_feed
tests_plugins_feed_test_feed_CFLAGS = $(FEED_PARSER_CFLAGS)
tests_plugins_feed_test_feed_LDADD = $(FEED_PARSER_LIBS)
TESTS += tests/plugins/feed/test_feed
EXTRA_DIST += $(FEED_FIXTURES) doc/crier-feed.md

# A speech plugin that logs each text it renders (budget_once.sh); built
# as tests/plugins/counting.la so that CRIER_PLUGIN_PATH finds it.
check_LTLIBRARIES += tests/plugins/counting.la
tests_plugins_counting_la_SOURCES = tests/plugins/speech/counting.c
tests_plugins_counting_la_LDFLAGS = $(BROKEN_LDFLAGS)
tests_plugins_counting_la_LIBADD = $(PLUGIN_LIBADD)
