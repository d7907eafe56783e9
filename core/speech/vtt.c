/*
 * vtt.c - writing WebVTT cues as the briefing is spoken, into a
 * temporary file that is renamed when the audio file is kept.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libcrier.h"
#include "output_file.h"
#include "vtt.h"
#include "base/xalloc.h"

struct vtt {
	FILE *fp;
	struct output_file file;
	const char *path;	/* the destination, in file */
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
	if (!output_file_create(&v->file, path.buf)) {
		v->fp = fopen(output_file_writes(&v->file), "w");
		if (!v->fp)
			crier_error("%s: %s", path.buf, strerror(errno));
	}
	crier_strbuf_release(&path);
	v->path = v->file.path;
	if (!v->fp) {
		output_file_release(&v->file);
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

int vtt_close(struct vtt *v, int keep)
{
	int ret = 0;

	if (!v)
		return 0;
	errno = 0;
	if (fflush(v->fp) || ferror(v->fp))
		ret = crier_error("%s: %s", v->path, strerror(errno ? errno : EIO));
	if (fclose(v->fp) && !ret)
		ret = crier_error("%s: %s", v->path, strerror(errno));
	if (!ret && keep && output_file_keep(&v->file))
		ret = -1;
	output_file_release(&v->file);	/* removes what was not kept */
	free(v);
	return ret;
}
