/*
 * output_file.h - the file an output plugin writes: the destination
 * itself, created (or emptied) by crier before the plugin opens it and
 * flushed to disk after the plugin closed it.
 *
 * The file grows as the briefing is written, on purpose: the heard-story
 * ledger marks a story once its audio is written, so a briefing killed
 * half way leaves a file that holds every story marked heard (a file
 * written aside and renamed at the end would lose them).
 */
#ifndef CRIER_OUTPUT_FILE_H
#define CRIER_OUTPUT_FILE_H

struct output_file {
	char *path;	/* the destination, as given; NULL when unused */
	int regular;	/* a regular file: fsynced when finished */
};

/*
 * Creates or empties dest (mode 0666 less umask); "-" (standard output),
 * a pipe or a device is left as it is.  Returns 0, or -1 with
 * crier_error() naming dest and why.  Release f either way.
 */
int output_file_create(struct output_file *f, const char *dest);
/* Flushes a regular file to disk; 0, or -1 with crier_error(). */
int output_file_sync(struct output_file *f);
/* Removes a regular file crier created (the plugin could not open it). */
void output_file_remove(struct output_file *f);
/* Frees f's strings. */
void output_file_release(struct output_file *f);
/*
 * Why a file cannot be made at path (a strerror() text), or NULL when
 * nothing stands in the way that can be seen without creating it.
 */
const char *output_file_problem(const char *path);

#endif
