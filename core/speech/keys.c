/*
 * keys.c - reading live-control keys from a raw terminal.
 */
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include "keys.h"

static struct termios saved;
static int active;

void keys_stop(void)
{
	if (active)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
	active = 0;
}

int keys_start(void)
{
	struct termios raw;

	if (active)
		return 1;
	if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved))
		return 0;
	raw = saved;
	raw.c_lflag &= (tcflag_t)~(ICANON | ECHO);
	raw.c_cc[VMIN] = 0;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw))
		return 0;
	active = 1;
	atexit(keys_stop);
	return 1;
}

int keys_fd(void)
{
	return active ? STDIN_FILENO : -1;
}

static int read_byte(int timeout_ms)
{
	struct pollfd pfd = { STDIN_FILENO, POLLIN, 0 };
	unsigned char c;

	if (poll(&pfd, 1, timeout_ms) <= 0 || read(STDIN_FILENO, &c, 1) != 1)
		return -1;
	return c;
}

/* After ESC: "[C" is the right arrow, "[D" the left one. */
static enum key escape(void)
{
	if (read_byte(20) != '[')
		return KEY_NONE;
	switch (read_byte(20)) {
	case 'C':
		return KEY_NEXT;
	case 'D':
		return KEY_PREV;
	default:
		return KEY_NONE;
	}
}

enum key keys_read(int timeout_ms)
{
	int c;

	if (!active)
		return KEY_NONE;
	c = read_byte(timeout_ms);
	switch (c) {
	case ' ':
		return KEY_PAUSE;
	case 'n': case 'N':
		return KEY_NEXT;
	case 'p': case 'P':
		return KEY_PREV;
	case 'r': case 'R':
		return KEY_REPEAT;
	case 's': case 'S':
		return KEY_SKIP_SOURCE;
	case 'q': case 'Q':
		return KEY_QUIT;
	case 'e': case 'E':
		return KEY_STOP_AFTER;
	case 27:
		return escape();
	default:
		return KEY_NONE;
	}
}
