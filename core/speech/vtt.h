/*
 * vtt.h - a WebVTT chapter file beside a briefing written to a file: one
 * cue per story (source and headline) at the time its audio really starts
 * and ends.
 */
#ifndef CRIER_VTT_H
#define CRIER_VTT_H

struct vtt;

/*
 * Opens the .vtt next to the audio file wav, in place of its extension
 * ("x.wav", "x.mp3" -> "x.vtt"; "x" -> "x.vtt"); NULL with crier_error().
 */
struct vtt *vtt_open(const char *wav);
/* Writes a cue from start to end seconds; flushed at once. */
int vtt_cue(struct vtt *v, double start, double end, const char *text);
/* Closes it; -1 with crier_error() if writing failed. */
int vtt_close(struct vtt *v);

#endif
