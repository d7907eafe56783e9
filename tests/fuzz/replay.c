/*
 * replay.c - a main() for the fuzz targets without libFuzzer: runs the
 * target once on each file named on the command line (or on every file
 * of a directory), so saved findings and fixtures replay in "make
 * check" with gcc and under sanitizers.  Prints how many inputs ran; a
 * crash shows in the exit status, as in the fuzzer.
 */
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int count;

static int read_file(const char *name, uint8_t **data, size_t *size)
{
	FILE *f = fopen(name, "rb");
	size_t alloc = 4096;
	size_t n;

	if (!f)
		return -1;
	*size = 0;
	*data = malloc(alloc);
	while (*data && (n = fread(*data + *size, 1, alloc - *size, f)) > 0) {
		*size += n;
		if (*size == alloc)
			*data = realloc(*data, alloc *= 2);
	}
	if (!*data || ferror(f)) {
		fclose(f);
		free(*data);
		return -1;
	}
	fclose(f);
	return 0;
}

/* Runs the target on a copy of exactly the file's size. */
static void replay_file(const char *name)
{
	uint8_t *data, *copy;
	size_t size;

	if (read_file(name, &data, &size)) {
		fprintf(stderr, "%s: %s\n", name, strerror(errno));
		exit(1);
	}
	copy = malloc(size ? size : 1);
	if (size)
		memcpy(copy, data, size);
	free(data);
	LLVMFuzzerTestOneInput(copy, size);
	free(copy);
	count++;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static void replay_dir(const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name);
	char path[4096];

	for (int i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.') {
			snprintf(path, sizeof(path), "%s/%s", dir,
				 names[i]->d_name);
			replay_file(path);
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

int main(int argc, char **argv)
{
	struct stat st;

	for (int i = 1; i < argc; i++) {
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			replay_dir(argv[i]);
		else
			replay_file(argv[i]);
	}
	printf("%d inputs replayed\n", count);
	return 0;
}
