/*
 * vtt.c - writing WebVTT cues as the briefing is spoken.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libcrier.h"
#include "vtt.h"
#include "base/xalloc.h"

struct vtt {
	FILE *fp;
	char *path;
	int cues;
};

struct vtt *vtt_open(const char *wav)
{
	struct crier_strbuf path = CRIER_STRBUF_INIT;
	const char *base = strrchr(wav, '/') ? strrchr(wav, '/') + 1 : wav;
	const char *dot = strrchr(base, '.');
	size_t n = dot && dot > base ? (size_t)(dot - wav) : strlen(wav);
	struct vtt *v;

	crier_strbuf_add(&path, wav, n);
	crier_strbuf_adds(&path, ".vtt");
	v = xcalloc(1, sizeof(*v));
	v->path = crier_strbuf_detach(&path);
	v->fp = fopen(v->path, "w");
	if (!v->fp) {
		crier_error("%s: %s", v->path, strerror(errno));
		free(v->path);
		free(v);
		return NULL;
	}
	fputs("WEBVTT\n", v->fp);
	fflush(v->fp);
	return v;
}

static void timestamp(FILE *fp, double t)
{
	long ms = (long)(t * 1000 + 0.5);

	fprintf(fp, "%02ld:%02ld:%02ld.%03ld", ms / 3600000, ms / 60000 % 60,
		ms / 1000 % 60, ms % 1000);
}

/* Cue text on one line, with the characters WebVTT reserves escaped. */
static void cue_text(FILE *fp, const char *text)
{
	for (const char *p = text; *p; p++) {
		switch (*p) {
		case '\n':
		case '\r':
			fputc(' ', fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '&':
			fputs("&amp;", fp);
			break;
		default:
			fputc(*p, fp);
		}
	}
}

int vtt_cue(struct vtt *v, double start, double end, const char *text)
{
	fprintf(v->fp, "\n%d\n", ++v->cues);
	timestamp(v->fp, start);
	fputs(" --> ", v->fp);
	timestamp(v->fp, end);
	fputc('\n', v->fp);
	cue_text(v->fp, text);
	fputc('\n', v->fp);
	if (fflush(v->fp) || ferror(v->fp))
		return crier_error("%s: %s", v->path, strerror(errno));
	return 0;
}

int vtt_close(struct vtt *v)
{
	int ret = 0;

	if (!v)
		return 0;
	if (fclose(v->fp))
		ret = crier_error("%s: %s", v->path, strerror(errno));
	free(v->path);
	free(v);
	return ret;
}
