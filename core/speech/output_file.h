/*
 * output_file.h - the file an output plugin writes: a temporary file
 * beside the destination, renamed over it once complete and on disk.
 */
#ifndef CRIER_OUTPUT_FILE_H
#define CRIER_OUTPUT_FILE_H

struct output_file {
	char *dest;	/* the destination, as given */
	char *path;	/* what the plugin writes: the temporary file, or
			 * dest itself when dest is not a regular file */
	int temporary;	/* path is a temporary file to rename */
};

/*
 * Creates the temporary file for dest (empty, mode 0666 less umask), or
 * for "-", a pipe or a device, sets path to dest.  Returns 0, or -1 with
 * crier_error() naming dest and why.  Release f either way.
 */
int output_file_create(struct output_file *f, const char *dest);
/*
 * Flushes the temporary file to disk and renames it over dest.  Returns
 * 0, or -1 with crier_error() (the temporary file is then removed).
 */
int output_file_commit(struct output_file *f);
/* Removes the temporary file, if any is left, and frees f's strings. */
void output_file_release(struct output_file *f);
/*
 * Why a file cannot be made at path (a strerror() text), or NULL when
 * nothing stands in the way that can be seen without creating it.
 */
const char *output_file_problem(const char *path);

#endif
