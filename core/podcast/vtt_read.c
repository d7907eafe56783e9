/*
 * vtt_read.c - the cues of a WebVTT file; see vtt_read.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libcrier.h"
#include "base/xalloc.h"
#include "vtt_read.h"

/* "HH:MM:SS.mmm" to seconds; -1 when it is not one. */
static double cue_time(const char *s)
{
	unsigned h, m, sec, ms;

	if (sscanf(s, "%u:%u:%u.%u", &h, &m, &sec, &ms) != 4)
		return -1;
	return h * 3600.0 + m * 60.0 + sec + ms / 1000.0;
}

/* Undoes the escapes crier's VTT writer makes (&lt; &gt; &amp;). */
static char *unescape(const char *line)
{
	static const char *const from[] = { "&lt;", "&gt;", "&amp;" };
	static const char to[] = "<>&";
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	while (*line && *line != '\n') {
		size_t i;

		for (i = 0; i < 3; i++)
			if (!strncmp(line, from[i], strlen(from[i])))
				break;
		crier_strbuf_addch(&sb, i < 3 ? to[i] : *line);
		line += i < 3 ? strlen(from[i]) : 1;
	}
	return crier_strbuf_detach(&sb);
}

static void add_cue(struct vtt_cues *cues, double start, double end,
		    const char *text)
{
	struct vtt_cue *c;

	cues->cue = xrealloc(cues->cue, (cues->n + 1) * sizeof(*cues->cue));
	c = &cues->cue[cues->n++];
	c->start = start;
	c->end = end;
	c->text = unescape(text);
}

int vtt_read(const char *path, struct vtt_cues *cues)
{
	FILE *fp = fopen(path, "r");
	char line[8192], text[8192];

	if (!fp)
		return crier_error("%s: %s", path, strerror(errno));
	while (fgets(line, sizeof(line), fp)) {
		char *arrow = strstr(line, " --> ");
		double start = cue_time(line), end;

		if (!arrow || start < 0)
			continue;
		end = cue_time(arrow + 5);
		if (end >= start && fgets(text, sizeof(text), fp))
			add_cue(cues, start, end, text);
	}
	fclose(fp);
	return 0;
}

void vtt_cues_release(struct vtt_cues *cues)
{
	for (size_t i = 0; i < cues->n; i++)
		free(cues->cue[i].text);
	free(cues->cue);
	cues->cue = NULL;
	cues->n = 0;
}
