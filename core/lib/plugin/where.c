/*
 * where.c - "FILE:LINE" of a config setting, the location every message
 * about the config starts with (the core's checks and the settings
 * views plugins read through).
 */
#include <stdio.h>

#include "libcrier.h"

const char *crier_config_where_r(const config_setting_t *s, char *buf,
				 size_t size)
{
	const char *file = config_setting_source_file(s);

	snprintf(buf, size, "%s:%u", file ? file : "config",
		 config_setting_source_line(s));
	return buf;
}

const char *crier_config_where(const config_setting_t *s)
{
	static char buf[512];

	return crier_config_where_r(s, buf, sizeof(buf));
}
