# Unit tests, one program per core module, in the order of the folders
# of core/ (core/lib/ first).
UNIT_TESTS = \
	tests/unit/test_lazy \
	tests/unit/test_strbuf \
	tests/unit/test_settings \
	tests/unit/test_pcm \
	tests/unit/test_sentences \
	tests/unit/test_words \
	tests/unit/test_clean_body \
	tests/unit/test_html_text \
	tests/unit/test_extract \
	tests/unit/test_normalize \
	tests/unit/test_http \
	tests/unit/test_config \
	tests/unit/test_lexicon_config \
	tests/unit/test_config_edit \
	tests/unit/test_opml \
	tests/unit/test_script \
	tests/unit/test_ledger \
	tests/unit/test_dedup \
	tests/unit/test_language
check_PROGRAMS += $(UNIT_TESTS)
TESTS += $(UNIT_TESTS)
EXTRA_DIST += tests/fixtures/extract

# core/lib/: tests of libcrier's API.
# The forwarders to libraries loaded on first use, linked without them.
tests_unit_test_lazy_CFLAGS = $(TEST_CFLAGS) $(LAZY_CFLAGS)
tests_unit_test_lazy_LDADD = core/liblazy.la
tests_unit_test_strbuf_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_strbuf_LDADD = $(TEST_LDADD)
tests_unit_test_settings_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_settings_LDADD = $(TEST_LDADD)
tests_unit_test_pcm_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_pcm_LDADD = $(TEST_LDADD)
tests_unit_test_sentences_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_sentences_LDADD = $(TEST_LDADD)
tests_unit_test_words_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_words_LDADD = $(TEST_LDADD)
tests_unit_test_clean_body_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_clean_body_LDADD = $(TEST_LDADD)
# The test holds one HTML path to the other, so it compiles both itself.
tests_unit_test_html_text_SOURCES = tests/unit/test_html_text.c \
	$(HTML_TEXT_SOURCES)
tests_unit_test_html_text_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_html_text_LDADD = $(TEST_LDADD)
tests_unit_test_extract_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_extract_LDADD = $(TEST_LDADD)
tests_unit_test_normalize_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_normalize_LDADD = $(TEST_LDADD)
tests_unit_test_http_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_http_LDADD = $(TEST_LDADD)

# Modules of the crier program: their tests link the program's
# convenience library (core/libprogram.la, PROGRAM_LIBS).
PROGRAM_TEST_CFLAGS = $(TEST_CFLAGS) $(core_libprogram_la_CFLAGS)
tests_unit_test_config_CFLAGS = $(PROGRAM_TEST_CFLAGS)
tests_unit_test_config_LDADD = $(PROGRAM_LIBS)
tests_unit_test_lexicon_config_CFLAGS = $(PROGRAM_TEST_CFLAGS)
tests_unit_test_lexicon_config_LDADD = $(PROGRAM_LIBS)
tests_unit_test_config_edit_CFLAGS = $(PROGRAM_TEST_CFLAGS)
tests_unit_test_config_edit_LDADD = $(PROGRAM_LIBS)
tests_unit_test_opml_CFLAGS = $(PROGRAM_TEST_CFLAGS)
tests_unit_test_opml_LDADD = $(PROGRAM_LIBS)
tests_unit_test_script_CFLAGS = $(PROGRAM_TEST_CFLAGS)
tests_unit_test_script_LDADD = $(PROGRAM_LIBS)
tests_unit_test_ledger_CFLAGS = $(PROGRAM_TEST_CFLAGS)
tests_unit_test_ledger_LDADD = $(PROGRAM_LIBS)
tests_unit_test_dedup_CFLAGS = $(PROGRAM_TEST_CFLAGS)
tests_unit_test_dedup_LDADD = $(PROGRAM_LIBS)
# Language detection (libcrier) against the voices of the espeak plugin
# (loaded from the build tree through the speech and plugin hosts).
tests_unit_test_language_CFLAGS = $(PROGRAM_TEST_CFLAGS)
tests_unit_test_language_LDADD = $(PROGRAM_LIBS)
