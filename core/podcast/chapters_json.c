/*
 * chapters_json.c - the JSON chapters file (json-c); see chapters_json.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "chapters_json.h"
#include "replace_file.h"
#include "vtt_read.h"

/* Seconds to the millisecond, as the cues have them, printed as such. */
static json_object *seconds(double s)
{
	char text[32];

	snprintf(text, sizeof(text), "%.3f", s);
	return json_object_new_double_s(strtod(text, NULL), text);
}

int chapters_json_write(const char *path, const struct vtt_cues *cues)
{
	json_object *root = json_object_new_object();
	json_object *list = json_object_new_array();
	const char *text;
	int ret;

	json_object_object_add(root, "version", json_object_new_string("1.2.0"));
	for (size_t i = 0; i < cues->n; i++) {
		json_object *c = json_object_new_object();

		json_object_object_add(c, "startTime", seconds(cues->cue[i].start));
		json_object_object_add(c, "endTime", seconds(cues->cue[i].end));
		json_object_object_add(c, "title",
				       json_object_new_string(cues->cue[i].text));
		json_object_array_add(list, c);
	}
	json_object_object_add(root, "chapters", list);
	text = json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY |
					      JSON_C_TO_STRING_NOSLASHESCAPE);
	ret = replace_file(path, text, strlen(text));
	json_object_put(root);
	return ret;
}
