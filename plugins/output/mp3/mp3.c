/*
 * mp3.c - the MP3 output plugin: mono speech through libmp3lame, with an
 * ID3v2.4 tag that carries the briefing's chapters (id3v2.c).
 *
 * Chapters are known only at close() and the tag must come first, so the
 * encoded stream is kept in memory (at 40 kbit/s, 300 KB a minute) and
 * the file is written front to back at close(): tag, LAME/Xing info frame
 * (which lame fills in only once it has seen the whole stream, so that
 * players know the exact duration and the encoder's delay and padding),
 * audio.  Nothing is ever sought, so pipes and standard output work too.
 *
 * Average bitrate (ABR), not constant: at a speech bitrate a constant-rate
 * frame at 22050 Hz is too small for the info frame (lame needs 56 kbit/s
 * for it) and lame silently leaves it out; in ABR the info frame gets a
 * larger frame of its own.  Pauses between stories also cost less.
 *
 * Settings (the config's audio group): bitrate, the average in kbit/s
 * (default 40, so a 10-minute briefing is about 3 MB).
 */
#include <stdlib.h>
#include <string.h>

#include <lame/lame.h>

#include <crier/plugin.h>

#include "../common/outfile.h"
#include "id3v2.h"

#define MP3_DEFAULT_KBPS 40

struct mp3 {
	lame_global_flags *lame;
	struct outfile file;
	const struct crier_output_info *info;
	struct crier_strbuf stream;	/* the encoded frames so far */
};

static void mp3_free(struct mp3 *m)
{
	if (m->lame)
		lame_close(m->lame);
	crier_strbuf_release(&m->stream);
	free(m);
}

/* The bitrate setting, checked; 0 with crier_error() when out of range. */
static int mp3_bitrate(const struct crier_settings *s)
{
	long kbps = crier_settings_int(s, "bitrate", MP3_DEFAULT_KBPS);

	if (kbps < 8 || kbps > 320) {
		crier_error("%s: bitrate %ld is not between 8 and 320 kbit/s",
			    crier_settings_where(s, "bitrate"), kbps);
		return 0;
	}
	return (int)kbps;
}

static int mp3_setup(struct mp3 *m, int rate, int kbps)
{
	m->lame = lame_init();
	if (!m->lame)
		return crier_error("cannot start the MP3 encoder (out of memory)");
	lame_set_num_channels(m->lame, 1);
	lame_set_mode(m->lame, MONO);
	lame_set_in_samplerate(m->lame, rate);
	lame_set_VBR(m->lame, vbr_abr);
	lame_set_VBR_mean_bitrate_kbps(m->lame, kbps);
	lame_set_bWriteVbrTag(m->lame, 1);
	lame_set_write_id3tag_automatic(m->lame, 0);
	if (lame_init_params(m->lame) < 0)
		return crier_error("the MP3 encoder refuses %d Hz at %d kbit/s",
				   rate, kbps);
	return 0;
}

static int mp3_open(const struct crier_settings *settings,
		    const struct crier_output_info *info, void **state)
{
	struct mp3 *m = calloc(1, sizeof(*m));
	int kbps = mp3_bitrate(settings);

	if (!m)
		return crier_error("out of memory");
	crier_strbuf_init(&m->stream);
	m->info = info;
	m->file.fd = -1;
	if (!info->path)
		crier_error("MP3 is written to a file, not played");
	else if (kbps && !mp3_setup(m, info->sample_rate, kbps) &&
		 !outfile_open(&m->file, info->path)) {
		*state = m;
		return 0;
	}
	mp3_free(m);
	return -1;
}

/* Room lame asks for: 1.25 times the samples plus 7200 bytes. */
static size_t mp3_room(size_t n)
{
	return n + n / 4 + 7200;
}

static int mp3_write(void *state, const int16_t *samples, size_t n)
{
	struct mp3 *m = state;
	int got;

	if (n > 1 << 20) {	/* lame takes an int count: feed it in parts */
		return mp3_write(state, samples, 1 << 20) ||
		       mp3_write(state, samples + (1 << 20), n - (1 << 20));
	}
	crier_strbuf_grow(&m->stream, mp3_room(n));
	got = lame_encode_buffer(m->lame, samples, samples, (int)n,
				 (unsigned char *)m->stream.buf + m->stream.len,
				 (int)mp3_room(n));
	if (got < 0)
		return crier_error("the MP3 encoder failed (%d)", got);
	crier_strbuf_setlen(&m->stream, m->stream.len + (size_t)got);
	return 0;
}

/* Flushes lame and puts the filled-in info frame over its placeholder. */
static int mp3_finish_stream(struct mp3 *m)
{
	unsigned char tag[2880];
	size_t len;
	int got;

	crier_strbuf_grow(&m->stream, 7200);
	got = lame_encode_flush(m->lame,
				(unsigned char *)m->stream.buf + m->stream.len,
				7200);
	if (got < 0)
		return crier_error("the MP3 encoder failed (%d)", got);
	crier_strbuf_setlen(&m->stream, m->stream.len + (size_t)got);
	len = lame_get_lametag_frame(m->lame, tag, sizeof(tag));
	if (len > sizeof(tag) || len > m->stream.len)
		return crier_error("the MP3 encoder's info frame is too long");
	memcpy(m->stream.buf, tag, len);
	return 0;
}

static int mp3_close(void *state, const struct crier_chapter *chapters,
		     size_t n)
{
	struct mp3 *m = state;
	struct crier_strbuf tag = CRIER_STRBUF_INIT;
	int ret = -1;

	if (mp3_finish_stream(m))
		goto out;
	if (id3v2_write(&tag, m->info, chapters, n, m->info->sample_rate) < n)
		crier_warn("MP3: only the first %d chapters fit the tag",
			   ID3V2_MAX_CHAPTERS);
	if (!outfile_write(&m->file, tag.buf, tag.len) &&
	    !outfile_write(&m->file, m->stream.buf, m->stream.len))
		ret = 0;
out:
	if (outfile_close(&m->file))
		ret = -1;
	crier_strbuf_release(&tag);
	mp3_free(m);
	return ret;
}

static void mp3_abort(void *state)
{
	struct mp3 *m = state;

	outfile_discard(&m->file);
	mp3_free(m);
}

static const char *const mp3_extensions[] = { "mp3", NULL };

static const struct crier_output_ops mp3_ops = {
	.extensions = mp3_extensions,
	.open = mp3_open,
	.write = mp3_write,
	.close = mp3_close,
	.abort = mp3_abort,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "mp3",
	.description = "MP3 files with chapters (libmp3lame)",
	.version = "1.0",
	.kind = CRIER_PLUGIN_OUTPUT,
	.output = &mp3_ops,
};
