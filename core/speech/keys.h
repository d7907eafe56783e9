/*
 * keys.h - single key presses from the terminal, for the live controls.
 *
 * keys_start() puts the terminal (standard input) in raw mode, without
 * echo; keys_stop() restores it, and is also run at exit.  Without a
 * terminal on standard input, keys_start() does nothing and keys_read()
 * never returns a key.
 */
#ifndef CRIER_KEYS_H
#define CRIER_KEYS_H

enum key {
	KEY_NONE = 0,
	KEY_PAUSE,	/* space */
	KEY_NEXT,	/* n or right arrow */
	KEY_PREV,	/* p or left arrow */
	KEY_REPEAT,	/* r */
	KEY_SKIP_SOURCE,	/* s */
	KEY_QUIT,	/* q */
	KEY_STOP_AFTER,	/* e: end the briefing after this story (again: don't) */
	/* Not from the terminal: MPRIS's Play and Pause, and the sleep timer. */
	KEY_PLAY,	/* resume if paused */
	KEY_HOLD,	/* pause if playing */
	KEY_TIMER,	/* the sleep timer ran out: stop now */
};

/* Returns 1 when keys will be read (stdin is a terminal), else 0. */
int keys_start(void);
void keys_stop(void);
/* The descriptor keys come from, to poll; -1 when keys are off. */
int keys_fd(void);
/* The next key, waiting at most timeout_ms (-1: for ever); KEY_NONE if none. */
enum key keys_read(int timeout_ms);

#endif
