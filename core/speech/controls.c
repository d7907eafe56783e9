/*
 * controls.c - the terminal's keys, MPRIS and the sleep timer as one
 * stream of controls (see controls.h).
 */
#include <poll.h>
#include <time.h>

#include "controls.h"

static int on;			/* controls_start() said yes */
static int stop_after;		/* 'e': stop at the end of this story */
static double deadline;		/* the sleep timer (CLOCK_MONOTONIC s), or 0 */
static int expired;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int controls_start(int terminal, double stop_after_s)
{
	int keys = terminal && keys_start();
	int bus = mpris_start();

	stop_after = expired = 0;
	deadline = stop_after_s > 0 ? now() + stop_after_s : 0;
	on = keys || bus || deadline > 0;
	return on;
}

void controls_stop(void)
{
	keys_stop();
	mpris_stop();
	on = 0;
}

/* Waits at most timeout_ms for a key or a call, whichever comes first. */
static void wait_for_input(int timeout_ms)
{
	struct pollfd fds[2];
	nfds_t n = 0;
	short events;
	int fd = keys_fd();

	if (fd >= 0)
		fds[n++] = (struct pollfd){ fd, POLLIN, 0 };
	fd = mpris_fd(&events);
	if (fd >= 0)
		fds[n++] = (struct pollfd){ fd, events, 0 };
	if (deadline > 0) {
		int left = (int)((deadline - now()) * 1000) + 1;

		if (left < timeout_ms)
			timeout_ms = left < 0 ? 0 : left;
	}
	if (timeout_ms > 0)
		poll(fds, n, timeout_ms);
}

enum key controls_read(int timeout_ms)
{
	enum key k;

	if (!on)
		return KEY_NONE;
	wait_for_input(timeout_ms);
	k = keys_read(0);
	if (k == KEY_NONE)
		k = mpris_take();
	if (k == KEY_STOP_AFTER) {
		stop_after = !stop_after;
		return KEY_NONE;
	}
	if (k == KEY_NONE && deadline > 0 && !expired && now() >= deadline) {
		expired = 1;
		return KEY_TIMER;
	}
	return k;
}

void controls_track(const struct mpris_track *t)
{
	mpris_track(t);
}

void controls_length(double seconds)
{
	mpris_length(seconds);
}

void controls_paused(int paused)
{
	mpris_status(paused);
}

void controls_position(double seconds, int jumped)
{
	if (jumped)
		mpris_seeked(seconds);
	else
		mpris_position(seconds);
}

int controls_stop_after_story(void)
{
	return stop_after;
}

int controls_timer_expired(void)
{
	return expired;
}
