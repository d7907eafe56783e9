# examples/local.mk - the example plugin, installed for plugin authors
# next to the example config, and the tests of what make install puts
# where (the example built against the installed crier) and of the bash
# completion.  Included from tests/local.mk.

exampleplugindir = $(pkgdatadir)/examples/plugin
dist_exampleplugin_DATA = \
	examples/plugin/README \
	examples/plugin/Makefile \
	examples/plugin/hello.c \
	examples/plugin/au.c

TOOLS_TESTS = tests/e2e/install.sh tests/e2e/completion.sh
TESTS += $(TOOLS_TESTS)
EXTRA_DIST += $(TOOLS_TESTS)

# For tests/e2e/install.sh: the installation directories, one NAME='DIR'
# a line.
print-installdirs:
	@for d in prefix='$(prefix)' bindir='$(bindir)' libdir='$(libdir)' \
		pkglibdir='$(pkglibdir)' includedir='$(includedir)' \
		pkgconfigdir='$(pkgconfigdir)' pkgdatadir='$(pkgdatadir)' \
		mandir='$(mandir)' sysconfdir='$(sysconfdir)' \
		systemduserunitdir='$(systemduserunitdir)' \
		bashcompletiondir='$(bashcompletiondir)'; do \
		echo "$${d%%=*}='$${d#*=}'"; \
	done
.PHONY: print-installdirs
