/*
 * chapters_json.h - an episode's chapters as the Podcasting 2.0 JSON
 * chapters file (podcast:chapters, "application/json+chapters", version
 * 1.2.0): { "version": "1.2.0", "chapters": [ { "startTime": 0.0,
 * "endTime": 12.5, "title": "Source: headline" }, ... ] }.
 */
#ifndef CRIER_CHAPTERS_JSON_H
#define CRIER_CHAPTERS_JSON_H

struct vtt_cues;

/*
 * Replaces path with the chapters of cues (through replace_file()).
 * Returns 0, or -1 with crier_error().
 */
int chapters_json_write(const char *path, const struct vtt_cues *cues);

#endif
