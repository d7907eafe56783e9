# core/opml.mk - "crier import-opml" and "crier export-opml": feed lists
# (OPML, newsboat urls) and the textual config edit, with their tests.
crier_SOURCES += core/opml.c core/opml.h core/config_edit.c \
	core/config_edit.h core/cmd_opml.c

OPML_UNIT_TESTS = tests/unit/test_config_edit tests/unit/test_opml
check_PROGRAMS += $(OPML_UNIT_TESTS)
TESTS += $(OPML_UNIT_TESTS)
tests_unit_test_config_edit_SOURCES = tests/unit/test_config_edit.c \
	core/config_edit.c
tests_unit_test_config_edit_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_config_edit_LDADD = $(TEST_LDADD)
tests_unit_test_opml_SOURCES = tests/unit/test_opml.c core/opml.c
tests_unit_test_opml_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_opml_LDADD = $(TEST_LDADD)

TESTS += tests/e2e/opml.sh
EXTRA_DIST += tests/e2e/opml.sh tests/fixtures/opml/nested.opml \
	tests/fixtures/opml/urls tests/fixtures/opml/broken.opml \
	tests/fixtures/opml/commented.conf
