/*
 * au.c - an example output plugin: writes the briefing as a Sun/NeXT
 * audio file (".au": a big-endian header, the briefing's title as its
 * annotation, then big-endian 16-bit samples).  Written from
 * crier-plugin(7) alone.
 *
 * The header's data size is "unknown" (0xffffffff) while writing, which
 * every reader accepts, so the file also works on a pipe; when the file
 * can seek, close() fills the real size in.
 *
 * Use: crier --output briefing.au
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <crier/plugin.h>

#define AU_MAGIC 0x2e736e64u	/* ".snd" */
#define AU_PCM16 3u		/* 16-bit linear PCM */
#define AU_UNKNOWN_SIZE 0xffffffffu

struct au {
	FILE *f;
	uint32_t header;	/* header bytes, annotation included */
	uint64_t bytes;		/* sample bytes written */
};

static const char *const au_extensions[] = { "au", "snd", NULL };

/* Writes v big-endian; 0 or -1. */
static int put32(FILE *f, uint32_t v)
{
	unsigned char b[4] = {
		(unsigned char)(v >> 24), (unsigned char)(v >> 16),
		(unsigned char)(v >> 8), (unsigned char)v,
	};

	return fwrite(b, 1, 4, f) == 4 ? 0 : -1;
}

/* The header: six words, then the annotation padded to 8 bytes. */
static int write_header(struct au *au, const char *title, int rate)
{
	size_t len = strlen(title) + 1;		/* with its NUL */
	size_t padded = (len + 7) / 8 * 8;
	char pad[8] = { 0 };

	au->header = (uint32_t)(24 + padded);
	if (put32(au->f, AU_MAGIC) || put32(au->f, au->header) ||
	    put32(au->f, AU_UNKNOWN_SIZE) || put32(au->f, AU_PCM16) ||
	    put32(au->f, (uint32_t)rate) || put32(au->f, 1) ||
	    fwrite(title, 1, len, au->f) != len ||
	    fwrite(pad, 1, padded - len, au->f) != padded - len)
		return crier_error("cannot write the header (%s)", strerror(errno));
	return 0;
}

static int au_open(const struct crier_settings *settings,
		   const struct crier_output_info *info, void **state)
{
	struct au *au;

	(void)settings;		/* no settings of its own */
	if (!info->path)
		return crier_error("the au output writes files, not live sound");
	au = calloc(1, sizeof(*au));
	if (!au)
		return crier_error("out of memory");
	au->f = strcmp(info->path, "-") ? fopen(info->path, "wb") : stdout;
	if (!au->f) {
		crier_error("%s: %s", info->path, strerror(errno));
		free(au);
		return -1;
	}
	if (write_header(au, info->title, info->sample_rate)) {
		if (au->f != stdout)
			fclose(au->f);
		free(au);
		return -1;
	}
	*state = au;
	return 0;
}

static int au_write(void *state, const int16_t *samples, size_t n)
{
	struct au *au = state;
	unsigned char buf[512];

	while (n) {
		size_t k = n < sizeof(buf) / 2 ? n : sizeof(buf) / 2;

		for (size_t i = 0; i < k; i++) {
			uint16_t s = (uint16_t)samples[i];

			buf[2 * i] = (unsigned char)(s >> 8);
			buf[2 * i + 1] = (unsigned char)s;
		}
		if (fwrite(buf, 2, k, au->f) != k)
			return crier_error("write failed (%s)", strerror(errno));
		au->bytes += 2 * k;
		samples += k;
		n -= k;
	}
	return 0;
}

/* Fills in the data size when the file can seek and the size fits. */
static void fill_size(struct au *au)
{
	if (au->bytes >= AU_UNKNOWN_SIZE || fseek(au->f, 8, SEEK_SET))
		return;
	put32(au->f, (uint32_t)au->bytes);
}

static int au_close(void *state, const struct crier_chapter *chapters,
		    size_t n)
{
	struct au *au = state;
	int failed;

	(void)chapters;		/* .au files have no chapters */
	(void)n;
	fill_size(au);
	failed = fflush(au->f) != 0 || ferror(au->f);
	if (au->f != stdout && fclose(au->f))
		failed = 1;
	free(au);
	return failed ? crier_error("cannot finish the file (%s)",
				    strerror(errno)) : 0;
}

static void au_abort(void *state)
{
	struct au *au = state;

	if (au->f != stdout)
		fclose(au->f);
	free(au);
}

static const struct crier_output_ops au_ops = {
	.extensions = au_extensions,
	.open = au_open,
	.write = au_write,
	.close = au_close,
	.abort = au_abort,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "au",
	.description = "Sun audio (.au) files: an example output plugin",
	.version = "1.0",
	.kind = CRIER_PLUGIN_OUTPUT,
	.output = &au_ops,
};
