# config/local.mk - the demo briefing and the example config.
demodir = $(pkgdatadir)/demo
dist_demo_DATA = config/demo/crier.conf
demoarticlesdir = $(demodir)/articles
dist_demoarticles_DATA = \
	config/demo/articles/01-harbour-bridge.txt \
	config/demo/articles/02-library-robots.txt \
	config/demo/articles/03-comet-watch.txt
demofeedsdir = $(demodir)/feeds
dist_demofeeds_DATA = config/demo/feeds/town-hall.xml
examplesdir = $(pkgdatadir)/examples
dist_examples_DATA = config/crier.conf.example

# Tools around crier: systemd units, cron example, bash completion.
include $(srcdir)/config/extra.mk
