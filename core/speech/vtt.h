/*
 * vtt.h - a WebVTT chapter file beside a WAV briefing: one cue per story
 * (source and headline) at the time its audio really starts and ends.
 */
#ifndef CRIER_VTT_H
#define CRIER_VTT_H

struct vtt;

/*
 * Opens the .vtt next to wav ("x.wav" -> "x.vtt"), written as "x.vtt.part"
 * until vtt_close(); NULL with crier_error().
 */
struct vtt *vtt_open(const char *wav);
/* Writes a cue from start to end seconds; flushed at once. */
int vtt_cue(struct vtt *v, double start, double end, const char *text);
/*
 * Closes v (may be NULL).  When keep is true and every write succeeded,
 * the file is synced and renamed to its path; otherwise it is removed (so
 * that no chapters stay beside an audio file that was not kept).
 * -1 with crier_error() if writing failed.
 */
int vtt_close(struct vtt *v, int keep);

#endif
