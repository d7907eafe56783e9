# Unit tests, one program per core module.
UNIT_TESTS = \
	tests/unit/test_strbuf \
	tests/unit/test_sentences \
	tests/unit/test_words \
	tests/unit/test_html_text \
	tests/unit/test_clean_body \
	tests/unit/test_settings \
	tests/unit/test_script \
	tests/unit/test_pcm \
	tests/unit/test_config
check_PROGRAMS += $(UNIT_TESTS)
TESTS += $(UNIT_TESTS)

tests_unit_test_strbuf_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_strbuf_LDADD = $(TEST_LDADD)
tests_unit_test_sentences_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_sentences_LDADD = $(TEST_LDADD)
tests_unit_test_words_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_words_LDADD = $(TEST_LDADD)
tests_unit_test_html_text_SOURCES = tests/unit/test_html_text.c \
	$(HTML_TEXT_SOURCES)
tests_unit_test_html_text_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_html_text_LDADD = $(TEST_LDADD)
tests_unit_test_clean_body_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_clean_body_LDADD = $(TEST_LDADD)
tests_unit_test_settings_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_settings_LDADD = $(TEST_LDADD)
tests_unit_test_pcm_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_pcm_LDADD = $(TEST_LDADD)
# Modules of the crier program are compiled into their tests.
tests_unit_test_script_SOURCES = tests/unit/test_script.c core/script.c
tests_unit_test_script_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_script_LDADD = $(TEST_LDADD)
tests_unit_test_config_SOURCES = tests/unit/test_config.c core/config.c \
	core/lexicon_config.c core/filter.c
tests_unit_test_config_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_config_LDADD = $(TEST_LDADD)
