# tests/local.mk - make check: unit tests per core module, plugin drivers,
# end-to-end tests through the crier binary.  Every test speaks TAP.
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
TEST_EXTENSIONS = .sh
SH_LOG_DRIVER = $(LOG_DRIVER)
AM_TESTS_ENVIRONMENT = \
	CRIER_PLUGIN_PATH='$(abs_top_builddir)/plugins/.libs:$(abs_top_builddir)/tests/plugins/.libs'; \
	CRIER_BUILDDIR='$(abs_top_builddir)'; \
	CRIER_SRCDIR='$(abs_top_srcdir)'; \
	CRIER_SHARED='$(CRIER_SHARED_DIR)'; \
	export CRIER_PLUGIN_PATH CRIER_BUILDDIR CRIER_SRCDIR CRIER_SHARED;
EXTRA_DIST += tests/tap.h tests/lib.sh tests/check.sh tests/bbc_articles.py

TEST_CFLAGS = $(AM_CFLAGS) -I$(top_srcdir)/core $(XML_CFLAGS) $(LIBCONFIG_CFLAGS)
TEST_LDADD = core/libcrier.la core/libxalloc.la $(XML_LIBS) $(LIBCONFIG_LIBS)

include $(srcdir)/tests/unit/local.mk
include $(srcdir)/tests/plugins/local.mk
include $(srcdir)/tests/e2e/local.mk
include $(srcdir)/tests/plugins/summarizers/local.mk

# make bench: speed and quality benchmarks (not part of make check).  Each
# script takes the build directory as its argument; parts add theirs to
# BENCHMARKS in tests/bench/local.mk.
include $(srcdir)/tests/bench/local.mk
bench: all
	@for s in $(BENCHMARKS); do \
		echo "== $$s"; \
		CRIER_SHARED='$(CRIER_SHARED_DIR)' $(SHELL) $(srcdir)/$$s $(abs_top_builddir) || exit 1; \
	done
.PHONY: bench

# The example plugin, install and bash completion tests.
include $(srcdir)/examples/local.mk
include $(srcdir)/tests/fuzz/local.mk
