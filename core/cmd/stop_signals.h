/*
 * stop_signals.h - how the commands that speak (a briefing, crier say)
 * stop on Ctrl-C, SIGTERM and SIGHUP.
 */
#ifndef CRIER_STOP_SIGNALS_H
#define CRIER_STOP_SIGNALS_H

/*
 * Makes SIGINT, SIGTERM and SIGHUP stop speech cleanly: the first one
 * calls speech_interrupt(), and the command winds down by itself (the
 * fetcher kills its workers, heard stories stay recorded) and exits with
 * EXIT_INTERRUPTED.  A second one, should that take long, removes the
 * audio file being written (output_file_remove_all()) and ends the
 * process there and then with EXIT_INTERRUPTED.  System calls the
 * signal interrupts are restarted (SA_RESTART): an interrupted write
 * would lose audio.
 */
void stop_on_signals(void);

#endif
