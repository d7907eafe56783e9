# doc/local.mk - manual pages.
dist_man_MANS += doc/crier.1 doc/crier.conf.5 doc/crier-plugin.7
