/*
 * vtt_read.h - reading back the WebVTT chapter file crier writes beside
 * an episode: a cue per story, "Source: headline".
 */
#ifndef CRIER_VTT_READ_H
#define CRIER_VTT_READ_H

#include <stddef.h>

struct vtt_cue {
	double start, end;	/* seconds */
	char *text;		/* unescaped, one line; owned */
};

struct vtt_cues {
	struct vtt_cue *cue;	/* owned */
	size_t n;
};

/*
 * Reads the cues of path into cues (which must be zeroed).  Lines that
 * are not cues are skipped.  Returns 0, or -1 with crier_error() when
 * the file cannot be read.  Release cues either way.
 */
int vtt_read(const char *path, struct vtt_cues *cues);
void vtt_cues_release(struct vtt_cues *cues);

#endif
