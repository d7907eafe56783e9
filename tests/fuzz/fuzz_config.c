/*
 * fuzz_config.c - libFuzzer target for the config reader (core/config/config.c):
 * any bytes are written to a temporary crier.conf and read with
 * config_load(), the way crier reads a user's file.
 */
#include <string.h>
#include <unistd.h>

#include "config/config.h"
#include "fuzz.h"

static char path[] = "/tmp/crier-fuzz-config.XXXXXX";
static int fd = -1;

static void remove_file(void)
{
	unlink(path);
}

/* The file is made once and rewritten for every input. */
static int write_input(const uint8_t *data, size_t size)
{
	if (fd < 0) {
		fd = mkstemp(path);
		if (fd < 0)
			return -1;
		atexit(remove_file);
	}
	if (ftruncate(fd, 0) || lseek(fd, 0, SEEK_SET))
		return -1;
	while (size) {
		ssize_t n = write(fd, data, size);

		if (n <= 0)
			return -1;
		data += n;
		size -= (size_t)n;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config c;

	/* libconfig would read what "@include" names: not fuzz material. */
	if (memmem(data, size, "@include", 8))
		return 0;
	if (write_input(data, size)) {
		perror(path);
		abort();
	}
	if (config_load(&c, path) == 0) {
		FUZZ_CHECK(c.summarizer_plugin && c.intro && c.outro);
		for (size_t i = 0; i < c.n_sources; i++)
			FUZZ_CHECK(c.sources[i].name && c.sources[i].plugin);
	}
	config_release(&c);
	return 0;
}
