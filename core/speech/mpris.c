/*
 * mpris.c - the MPRIS 2 player on the session bus (see mpris.h), with
 * sd-bus loaded at run time (sdbus_api.h).
 *
 * Calls are queued as keys and answered at once; their effect comes when
 * the player next asks (every 50 ms chunk of audio, or every 100 ms while
 * paused).  Properties the spec says are signalled (PlaybackStatus,
 * Metadata, CanGoNext, CanGoPrevious) are, when they change.
 */
#include <stddef.h>
#include <stdio.h>
#include <unistd.h>

#include "mpris.h"
#include "sdbus_api.h"

#define OBJECT "/org/mpris/MediaPlayer2"
#define ROOT "org.mpris.MediaPlayer2"
#define PLAYER "org.mpris.MediaPlayer2.Player"
#define QUEUE 16

struct mpris {
	const struct sdbus_api *api;
	sd_bus *bus;
	int playing, paused;
	/* The track, with its strings copied. */
	unsigned number;
	char title[512], artist[128];
	long long length_us, position_us;
	int can_next, can_prev;
	int yes, no;		/* 1 and 0, for the properties that never change */
	/* Controls asked for and not yet taken. */
	enum key queue[QUEUE];
	unsigned head, tail;
};

static struct mpris m = { .yes = 1 };

/* Queues control k for the player (a call with no effect queues nothing). */
static void push(enum key k)
{
	if (k != KEY_NONE && m.tail - m.head < QUEUE)
		m.queue[m.tail++ % QUEUE] = k;
}

/* ---- methods ---- */

#define METHOD(fn, key)                                                 \
	static int fn(sd_bus_message *msg, void *data, sd_bus_error *err)  \
	{                                                                  \
		(void)data;                                                \
		(void)err;                                                 \
		push(key);                                                 \
		return m.api->reply_method_return(msg, NULL);              \
	}

METHOD(do_next, m.can_next ? KEY_NEXT : KEY_NONE)
METHOD(do_prev, m.can_prev ? KEY_PREV : KEY_NONE)
METHOD(do_play_pause, KEY_PAUSE)
METHOD(do_play, KEY_PLAY)
METHOD(do_pause, KEY_HOLD)
METHOD(do_stop, KEY_QUIT)
METHOD(do_quit, KEY_QUIT)
/* CanSeek and CanRaise are false: these have no effect, as the spec says. */
METHOD(do_nothing, KEY_NONE)

/* ---- properties ---- */

static int get_bool(sd_bus *bus, const char *path, const char *iface,
		    const char *prop, sd_bus_message *reply, void *data,
		    sd_bus_error *err)
{
	(void)bus, (void)path, (void)iface, (void)prop, (void)err;
	return m.api->message_append(reply, "b", *(int *)data);
}

static int get_one(sd_bus *bus, const char *path, const char *iface,
		   const char *prop, sd_bus_message *reply, void *data,
		   sd_bus_error *err)
{
	(void)bus, (void)path, (void)iface, (void)prop, (void)data, (void)err;
	return m.api->message_append(reply, "d", 1.0);
}

static int get_identity(sd_bus *bus, const char *path, const char *iface,
			const char *prop, sd_bus_message *reply, void *data,
			sd_bus_error *err)
{
	(void)bus, (void)path, (void)iface, (void)prop, (void)data, (void)err;
	return m.api->message_append(reply, "s", "crier");
}

static int get_none(sd_bus *bus, const char *path, const char *iface,
		    const char *prop, sd_bus_message *reply, void *data,
		    sd_bus_error *err)
{
	(void)bus, (void)path, (void)iface, (void)prop, (void)data, (void)err;
	return m.api->message_append(reply, "as", 0);
}

static const char *status_text(void)
{
	if (!m.playing)
		return "Stopped";
	return m.paused ? "Paused" : "Playing";
}

static int get_status(sd_bus *bus, const char *path, const char *iface,
		      const char *prop, sd_bus_message *reply, void *data,
		      sd_bus_error *err)
{
	(void)bus, (void)path, (void)iface, (void)prop, (void)data, (void)err;
	return m.api->message_append(reply, "s", status_text());
}

static int get_position(sd_bus *bus, const char *path, const char *iface,
			const char *prop, sd_bus_message *reply, void *data,
			sd_bus_error *err)
{
	(void)bus, (void)path, (void)iface, (void)prop, (void)data, (void)err;
	return m.api->message_append(reply, "x", (int64_t)m.position_us);
}

/* The track id: an object path of the item's number. */
static void track_id(char *buf, size_t size)
{
	snprintf(buf, size, "/org/crier/track/%u", m.number);
}


static int get_metadata(sd_bus *bus, const char *path, const char *iface,
			const char *prop, sd_bus_message *r, void *data,
			sd_bus_error *err)
{
	char id[64];

	(void)bus, (void)path, (void)iface, (void)prop, (void)data, (void)err;
	if (!m.playing)
		return m.api->message_append(r, "a{sv}", 0);
	track_id(id, sizeof(id));
	return m.api->message_append(r, "a{sv}", 4,
				     "mpris:trackid", "o", id,
				     "mpris:length", "x", (int64_t)m.length_us,
				     "xesam:title", "s", m.title,
				     "xesam:artist", "as", 1, m.artist);
}

#define CONST SD_BUS_VTABLE_PROPERTY_CONST
#define EMITS SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE
#define YES offsetof(struct mpris, yes)
#define NO offsetof(struct mpris, no)

/* SD_BUS_VTABLE_START without its link-time reference (set at start). */
#define VTABLE_START \
	{ .type = _SD_BUS_VTABLE_START, .flags = 0, \
	  .x = { .start = { .element_size = sizeof(sd_bus_vtable) } } }

static sd_bus_vtable root_vtable[] = {
	VTABLE_START,
	SD_BUS_METHOD("Raise", "", "", do_nothing, 0),
	SD_BUS_METHOD("Quit", "", "", do_quit, 0),
	SD_BUS_PROPERTY("CanQuit", "b", get_bool, YES, CONST),
	SD_BUS_PROPERTY("CanRaise", "b", get_bool, NO, CONST),
	SD_BUS_PROPERTY("HasTrackList", "b", get_bool, NO, CONST),
	SD_BUS_PROPERTY("Identity", "s", get_identity, 0, CONST),
	SD_BUS_PROPERTY("SupportedUriSchemes", "as", get_none, 0, CONST),
	SD_BUS_PROPERTY("SupportedMimeTypes", "as", get_none, 0, CONST),
	SD_BUS_VTABLE_END
};

static sd_bus_vtable player_vtable[] = {
	VTABLE_START,
	SD_BUS_METHOD("Next", "", "", do_next, 0),
	SD_BUS_METHOD("Previous", "", "", do_prev, 0),
	SD_BUS_METHOD("Pause", "", "", do_pause, 0),
	SD_BUS_METHOD("PlayPause", "", "", do_play_pause, 0),
	SD_BUS_METHOD("Stop", "", "", do_stop, 0),
	SD_BUS_METHOD("Play", "", "", do_play, 0),
	SD_BUS_METHOD("Seek", "x", "", do_nothing, 0),
	SD_BUS_METHOD("SetPosition", "ox", "", do_nothing, 0),
	SD_BUS_SIGNAL("Seeked", "x", 0),
	SD_BUS_PROPERTY("PlaybackStatus", "s", get_status, 0, EMITS),
	SD_BUS_PROPERTY("Rate", "d", get_one, 0, CONST),
	SD_BUS_PROPERTY("MinimumRate", "d", get_one, 0, CONST),
	SD_BUS_PROPERTY("MaximumRate", "d", get_one, 0, CONST),
	SD_BUS_PROPERTY("Volume", "d", get_one, 0, CONST),
	SD_BUS_PROPERTY("Metadata", "a{sv}", get_metadata, 0, EMITS),
	SD_BUS_PROPERTY("Position", "x", get_position, 0, 0),
	SD_BUS_PROPERTY("CanGoNext", "b", get_bool,
			offsetof(struct mpris, can_next), EMITS),
	SD_BUS_PROPERTY("CanGoPrevious", "b", get_bool,
			offsetof(struct mpris, can_prev), EMITS),
	SD_BUS_PROPERTY("CanPlay", "b", get_bool, YES, CONST),
	SD_BUS_PROPERTY("CanPause", "b", get_bool, YES, CONST),
	SD_BUS_PROPERTY("CanSeek", "b", get_bool, NO, CONST),
	SD_BUS_PROPERTY("CanControl", "b", get_bool, YES, CONST),
	SD_BUS_VTABLE_END
};

/* ---- the connection ---- */

static int take_name(void)
{
	char name[96];

	if (m.api->request_name(m.bus, ROOT ".crier", 0) >= 0)
		return 0;
	snprintf(name, sizeof(name), ROOT ".crier.instance%ld", (long)getpid());
	return m.api->request_name(m.bus, name, 0);
}

static int publish(void)
{
	root_vtable[0].x.start.vtable_format_reference = m.api->vtable_format;
	player_vtable[0].x.start.vtable_format_reference = m.api->vtable_format;
	if (m.api->add_object_vtable(m.bus, NULL, OBJECT, ROOT, root_vtable,
				     &m) < 0 ||
	    m.api->add_object_vtable(m.bus, NULL, OBJECT, PLAYER,
				     player_vtable, &m) < 0)
		return -1;
	return take_name();
}

int mpris_start(void)
{
	if (m.bus)
		return 1;
	m.api = sdbus_api();
	if (!m.api || m.api->open_user(&m.bus) < 0) {
		m.bus = NULL;
		return 0;
	}
	if (publish() < 0) {
		m.bus = m.api->flush_close_unref(m.bus);
		return 0;
	}
	m.playing = 1;
	return 1;
}

static void changed(const char *a, const char *b, const char *c,
		    const char *d)
{
	char *names[] = { (char *)a, (char *)b, (char *)c, (char *)d, NULL };

	if (m.bus)
		m.api->emit_properties_changed_strv(m.bus, OBJECT, PLAYER, names);
}

void mpris_stop(void)
{
	if (!m.bus)
		return;
	m.playing = 0;
	changed("PlaybackStatus", "Metadata", NULL, NULL);
	m.bus = m.api->flush_close_unref(m.bus);
}

int mpris_fd(short *events)
{
	if (!m.bus)
		return -1;
	*events = (short)m.api->get_events(m.bus);
	return m.api->get_fd(m.bus);
}

enum key mpris_take(void)
{
	if (!m.bus)
		return KEY_NONE;
	while (m.api->process(m.bus, NULL) > 0)
		;
	if (m.head == m.tail)
		return KEY_NONE;
	return m.queue[m.head++ % QUEUE];
}

static void copy(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

void mpris_track(const struct mpris_track *t)
{
	if (!m.bus)
		return;
	m.number = t->number;
	copy(m.title, sizeof(m.title), t->title);
	copy(m.artist, sizeof(m.artist), t->artist);
	m.length_us = (long long)(t->seconds * 1e6);
	m.position_us = 0;
	m.can_next = t->can_next;
	m.can_prev = t->can_prev;
	changed("Metadata", "CanGoNext", "CanGoPrevious", NULL);
}

void mpris_length(double seconds)
{
	if (!m.bus)
		return;
	m.length_us = (long long)(seconds * 1e6);
	changed("Metadata", NULL, NULL, NULL);
}

void mpris_status(int paused)
{
	if (!m.bus || m.paused == paused)
		return;
	m.paused = paused;
	changed("PlaybackStatus", NULL, NULL, NULL);
}

void mpris_position(double seconds)
{
	m.position_us = (long long)(seconds * 1e6);
}

void mpris_seeked(double seconds)
{
	mpris_position(seconds);
	if (m.bus)
		m.api->emit_signal(m.bus, OBJECT, PLAYER, "Seeked", "x",
				   (int64_t)m.position_us);
}
