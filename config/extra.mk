# config/extra.mk - the tools around crier: a systemd user service and
# timer, a cron example, and bash completion.  Included from
# config/local.mk.  Every directory is under $(prefix), so --prefix,
# DESTDIR and make distcheck are honoured; systemd reads user units from
# $(prefix)/lib/systemd/user for the prefixes /usr and /usr/local
# (override with make systemduserunitdir=DIR).

systemduserunitdir = $(prefix)/lib/systemd/user
dist_systemduserunit_DATA = config/systemd/crier-briefing.timer \
	config/systemd/crier-podcast.timer
nodist_systemduserunit_DATA = config/systemd/crier-briefing.service \
	config/systemd/crier-podcast.service
EXTRA_DIST += config/systemd/crier-briefing.service.in \
	config/systemd/crier-podcast.service.in
CLEANFILES += config/systemd/crier-briefing.service \
	config/systemd/crier-podcast.service

# The services run the installed crier: its path is known at make time.
SUBST_BINDIR = $(MKDIR_P) config/systemd && \
	sed -e 's|@bindir[@]|$(bindir)|g'
config/systemd/crier-briefing.service: \
		$(srcdir)/config/systemd/crier-briefing.service.in Makefile
	$(AM_V_GEN)$(SUBST_BINDIR) \
		$(srcdir)/config/systemd/crier-briefing.service.in > $@.tmp && \
	mv $@.tmp $@
config/systemd/crier-podcast.service: \
		$(srcdir)/config/systemd/crier-podcast.service.in Makefile
	$(AM_V_GEN)$(SUBST_BINDIR) \
		$(srcdir)/config/systemd/crier-podcast.service.in > $@.tmp && \
	mv $@.tmp $@

dist_examples_DATA += config/cron.example

# Where bash-completion looks for completions loaded on demand.
bashcompletiondir = $(datadir)/bash-completion/completions
dist_bashcompletion_DATA = config/bash-completion/crier

# configure's exit trap runs "rm -f core ... && rm -f confdefs.h", which
# stops at the build tree's core/ directory and leaves confdefs.h behind;
# make distcheck's distcleancheck then fails.  (Belongs in Makefile.am.)
