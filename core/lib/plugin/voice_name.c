/*
 * voice_name.c - which strings may name a voice (crier/speech.h): a
 * voice name reaches the speech engine, which may read it as part of a
 * file path, so anything that could climb out of its data directory is
 * refused here, once, for every plugin.
 */
#include <string.h>

#include "libcrier.h"

#define VOICE_NAME_MAX 63

static int voice_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || strchr("-_+().", c);
}

int crier_voice_name_ok(const char *name)
{
	size_t n = name ? strlen(name) : 0;

	if (!n || n > VOICE_NAME_MAX || name[0] == '.' || strstr(name, ".."))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!voice_char(name[i]))
			return 0;
	return 1;
}
