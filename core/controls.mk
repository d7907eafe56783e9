# core/controls.mk - the listener's live controls: the terminal's keys,
# MPRIS 2 on the session bus (sd-bus, loaded at run time) and the sleep
# timer, with their end-to-end test.
crier_SOURCES += core/controls.c core/controls.h \
	core/mpris.c core/mpris.h \
	core/sdbus_api.c core/sdbus_api.h
crier_CFLAGS += $(SYSTEMD_CFLAGS)

# MPRIS driven by playerctl under dbus-run-session, against PulseAudio.
TESTS += tests/e2e/mpris.sh
EXTRA_DIST += tests/e2e/mpris.sh
