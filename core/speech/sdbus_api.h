/*
 * sdbus_api.h - sd-bus (libsystemd), loaded when a live briefing starts.
 *
 * Only a live briefing talks to the desktop (MPRIS, see mpris.h), and
 * libsystemd brings half a dozen compression and crypto libraries with
 * it, so crier does not link it: it dlopen()s libsystemd the first time
 * it is needed and calls it through this table, as libcrier does with
 * libcurl.
 */
#ifndef CRIER_SDBUS_API_H
#define CRIER_SDBUS_API_H

#include <systemd/sd-bus.h>

struct sdbus_api {
	int (*open_user)(sd_bus **ret);
	sd_bus *(*flush_close_unref)(sd_bus *bus);
	int (*request_name)(sd_bus *bus, const char *name, uint64_t flags);
	int (*add_object_vtable)(sd_bus *bus, sd_bus_slot **slot,
				 const char *path, const char *interface,
				 const sd_bus_vtable *vtable, void *userdata);
	int (*get_fd)(sd_bus *bus);
	int (*get_events)(sd_bus *bus);
	int (*process)(sd_bus *bus, sd_bus_message **r);
	int (*flush)(sd_bus *bus);
	int (*emit_properties_changed_strv)(sd_bus *bus, const char *path,
					    const char *interface,
					    char **names);
	int (*emit_signal)(sd_bus *bus, const char *path,
			   const char *interface, const char *member,
			   const char *types, ...);
	int (*message_append)(sd_bus_message *m, const char *types, ...);
	int (*message_open_container)(sd_bus_message *m, char type,
				      const char *contents);
	int (*message_close_container)(sd_bus_message *m);
	int (*reply_method_return)(sd_bus_message *call, const char *types,
				   ...);
	/* libsystemd's vtable format marker, for SD_BUS_VTABLE_START. */
	const unsigned *vtable_format;
};

/*
 * The loaded libsystemd, or NULL when it cannot be loaded (crier then
 * plays without desktop controls).  Loads once; not thread-safe (the
 * player has one thread).
 */
const struct sdbus_api *sdbus_api(void);

#endif
