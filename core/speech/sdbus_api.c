/*
 * sdbus_api.c - loading libsystemd's sd-bus on first use (see sdbus_api.h).
 */
#include <dlfcn.h>
#include <stddef.h>

#include "sdbus_api.h"

/* The run-time name of the library systemd/sd-bus.h describes. */
#define LIBSYSTEMD_SONAME "libsystemd.so.0"

static struct sdbus_api api;
static int tried, loaded;

#define BIND(field, name) \
	((*(void **)&api.field = dlsym(handle, name)) != NULL)

static int bind_all(void *handle)
{
	return BIND(open_user, "sd_bus_open_user") &&
	       BIND(flush_close_unref, "sd_bus_flush_close_unref") &&
	       BIND(request_name, "sd_bus_request_name") &&
	       BIND(add_object_vtable, "sd_bus_add_object_vtable") &&
	       BIND(get_fd, "sd_bus_get_fd") &&
	       BIND(get_events, "sd_bus_get_events") &&
	       BIND(process, "sd_bus_process") &&
	       BIND(flush, "sd_bus_flush") &&
	       BIND(emit_properties_changed_strv,
		    "sd_bus_emit_properties_changed_strv") &&
	       BIND(emit_signal, "sd_bus_emit_signal") &&
	       BIND(message_append, "sd_bus_message_append") &&
	       BIND(message_open_container, "sd_bus_message_open_container") &&
	       BIND(message_close_container, "sd_bus_message_close_container") &&
	       BIND(reply_method_return, "sd_bus_reply_method_return") &&
	       BIND(vtable_format, "sd_bus_object_vtable_format");
}

const struct sdbus_api *sdbus_api(void)
{
	void *handle;

	if (tried)
		return loaded ? &api : NULL;
	tried = 1;
	handle = dlopen(LIBSYSTEMD_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!handle)
		return NULL;
	if (!bind_all(handle)) {
		dlclose(handle);
		return NULL;
	}
	loaded = 1;
	return &api;
}
