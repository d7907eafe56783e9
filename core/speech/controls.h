/*
 * controls.h - what the listener asks for while a briefing plays live:
 * keys from the terminal (keys.h), calls from the desktop's media keys and
 * panel (MPRIS, mpris.h), and the sleep timer.  Both kinds of control work
 * at once and agree: the player reports what it did, and both sides see
 * it.  One set of controls per process.
 */
#ifndef CRIER_CONTROLS_H
#define CRIER_CONTROLS_H

#include "keys.h"
#include "mpris.h"

/*
 * Starts the controls for a live briefing: the terminal's keys when
 * terminal is set and standard input is a terminal, MPRIS when there is a
 * session bus, and the sleep timer when stop_after_s > 0 (seconds from
 * now).  Returns 1 when any control is on (the player then keeps little
 * audio queued, so that controls act at once), 0 when none is.
 */
int controls_start(int terminal, double stop_after_s);
/* Stops them all: the terminal is restored, crier leaves the bus. */
void controls_stop(void);
/* The next control, waiting at most timeout_ms; KEY_NONE if none came. */
enum key controls_read(int timeout_ms);
/* What plays now, and whether playback is paused (see mpris.h). */
void controls_track(const struct mpris_track *t);
void controls_paused(int paused);
/* The item's real length, once rendered (controls_track() had an estimate). */
void controls_length(double seconds);
/* The position within the item, in seconds; jumped: it was moved back. */
void controls_position(double seconds, int jumped);
/* 1 when the listener asked to stop at the end of the current story. */
int controls_stop_after_story(void);
/* 1 once the sleep timer has run out. */
int controls_timer_expired(void);

#endif
