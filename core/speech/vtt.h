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
 * ("x.wav", "x.mp3" -> "x.vtt"; "x" -> "x.vtt"), written under a
 * temporary name until vtt_close() (output_file.h); NULL with
 * crier_error().
 */
struct vtt *vtt_open(const char *wav);
/* Writes a cue from start to end seconds; flushed at once. */
int vtt_cue(struct vtt *v, double start, double end, const char *text);
/*
 * Closes v (may be NULL).  When keep is true and every write succeeded,
 * the file is synced and renamed over its destination; otherwise it is
 * removed, and what was there stays (chapters go only beside an audio
 * file that was kept).  -1 with crier_error() if writing failed.
 */
int vtt_close(struct vtt *v, int keep);

#endif
