/*
 * output_file.h - the file an output plugin writes: complete or absent.
 *
 * A destination that is a regular file (or does not exist yet) is not
 * written in place: crier creates a temporary file beside it,
 * ".NAME.part-PID" in the same directory, the plugin writes that, and
 * output_file_keep() syncs it and renames it over the destination once
 * the plugin has finished it.  Until then the destination keeps what it
 * held (or stays absent), whatever happens to crier: a kill, a full
 * disk, a failing plugin.  A failed or abandoned temporary file is
 * removed; one left by a process killed with SIGKILL is removed by the
 * next crier that writes the same destination (its PID is gone).  A
 * symbolic link is followed: the file it names is replaced, the link
 * stays.  A replaced file keeps its permission bits.
 *
 * A destination that is not a regular file ("-" for standard output, a
 * pipe, a device such as /dev/null) is written directly, as it is.
 *
 * Also used for companion files (the chapters' .vtt), which are kept or
 * dropped with the audio file.
 */
#ifndef CRIER_OUTPUT_FILE_H
#define CRIER_OUTPUT_FILE_H

struct output_file {
	char *path;	/* the destination, as given; NULL when unused */
	char *target;	/* the regular file replaced (a link resolved), or NULL */
	char *part;	/* the temporary file, or NULL when written in place */
};

/*
 * Sets f up for dest: creates its temporary file (empty, mode 0666 less
 * umask, or the permission bits of the file it will replace), or for a
 * destination that is not a regular file nothing.  Returns 0, or -1 with
 * crier_error() naming dest and why.  Release f either way.
 */
int output_file_create(struct output_file *f, const char *dest);
/* What the writer is to open: the temporary file, or the destination. */
const char *output_file_writes(const struct output_file *f);
/* 1 when f is written aside and renamed by output_file_keep(). */
int output_file_renames(const struct output_file *f);
/*
 * Finishes f: the temporary file is flushed to disk (fsync) and renamed
 * over the destination; a destination written in place is flushed when
 * it can be.  Returns 0, or -1 with crier_error() naming the destination
 * and strerror(); the temporary file is then removed and the destination
 * left as it was.
 */
int output_file_keep(struct output_file *f);
/* Removes the temporary file (the destination is left as it was). */
void output_file_remove(struct output_file *f);
/* Removes the temporary file if still there, and frees f's strings. */
void output_file_release(struct output_file *f);
/*
 * Removes every temporary file of this process that was neither kept nor
 * removed: for a signal handler before _exit() (async-signal-safe).  Also
 * run at exit().
 */
void output_file_remove_all(void);
/*
 * Why a file cannot be made at path (a strerror() text), or NULL when
 * nothing stands in the way that can be seen without creating it.
 */
const char *output_file_problem(const char *path);

#endif
