/*
 * opus.c - the Ogg Opus output plugin: mono speech through libopusenc,
 * chapters as CHAPTERnnn comments (the Vorbis comment chapter extension
 * that ffmpeg, VLC and podcast apps read).
 *
 * The comments sit in the second header packet, before any audio, and
 * the chapters are known only at close().  Rather than rewriting Ogg
 * pages after the fact, the plugin spools the PCM to an unlinked
 * temporary file (pcm_spool.c) and encodes it all at close(), when the
 * comments are complete; libopusenc then writes a correct pre-skip, the
 * final granule (the exact duration) and the headers once, front to
 * back, so pipes work too.  Encoding a 10-minute briefing takes a
 * second or two at the end.
 *
 * Settings (the config's audio group): bitrate, in kbit/s (default 20:
 * wideband speech; a 10-minute briefing is about 1.7 MB, and Opus's
 * variable rate spends some 10% over the target on speech).
 */
#include <stdio.h>
#include <stdlib.h>

#include <opus/opusenc.h>

#include <crier/plugin.h>

#include "../common/outfile.h"
#include "pcm_spool.h"

#define OPUS_DEFAULT_KBPS 20

struct opus_out {
	struct outfile file;
	struct pcm_spool spool;
	const struct crier_output_info *info;
	int kbps;
};

/* The bitrate setting, checked; 0 with crier_error() when out of range. */
static int opus_bitrate(const struct crier_settings *s)
{
	long kbps = crier_settings_int(s, "bitrate", OPUS_DEFAULT_KBPS);

	if (kbps < 6 || kbps > 256) {
		crier_error("%s: bitrate %ld is not between 6 and 256 kbit/s",
			    crier_settings_where(s, "bitrate"), kbps);
		return 0;
	}
	return (int)kbps;
}

static int opus_open(const struct crier_settings *settings,
		     const struct crier_output_info *info, void **state)
{
	struct opus_out *o = calloc(1, sizeof(*o));

	if (!o)
		return crier_error("out of memory");
	o->info = info;
	o->file.fd = -1;
	o->kbps = opus_bitrate(settings);
	if (!info->path)
		crier_error("Opus is written to a file, not played");
	else if (o->kbps && !outfile_open(&o->file, info->path) &&
		 !pcm_spool_open(&o->spool)) {
		*state = o;
		return 0;
	}
	outfile_discard(&o->file);
	free(o);
	return -1;
}

static int opus_write(void *state, const int16_t *samples, size_t n)
{
	struct opus_out *o = state;

	return pcm_spool_add(&o->spool, samples, n);
}

/* "HH:MM:SS.mmm" for a sample position at rate. */
static void timestamp(char *buf, size_t size, uint64_t samples, int rate)
{
	uint64_t ms = (samples * 1000 + (uint64_t)rate / 2) / (uint64_t)rate;

	snprintf(buf, size, "%02u:%02u:%02u.%03u", (unsigned)(ms / 3600000),
		 (unsigned)(ms / 60000 % 60), (unsigned)(ms / 1000 % 60),
		 (unsigned)(ms % 1000));
}

/* CHAPTERnnn, CHAPTERnnnNAME and CHAPTERnnnURL, numbered from 001. */
static int add_chapter(OggOpusComments *c, size_t i,
		       const struct crier_chapter *ch, int rate)
{
	char key[32], when[32];
	int err;

	timestamp(when, sizeof(when), ch->start, rate);
	snprintf(key, sizeof(key), "CHAPTER%03zu", i + 1);
	err = ope_comments_add(c, key, when);
	snprintf(key, sizeof(key), "CHAPTER%03zuNAME", i + 1);
	if (!err)
		err = ope_comments_add(c, key, ch->title);
	snprintf(key, sizeof(key), "CHAPTER%03zuURL", i + 1);
	if (!err && ch->link)
		err = ope_comments_add(c, key, ch->link);
	return err;
}

/* The header's comments: the tags, then the chapters.  NULL on error. */
static OggOpusComments *make_comments(const struct crier_output_info *info,
				      const struct crier_chapter *ch, size_t n)
{
	OggOpusComments *c = ope_comments_create();
	int err = !c;

	if (!err)
		err = ope_comments_add(c, "TITLE", info->title) ||
		      ope_comments_add(c, "ARTIST", info->artist) ||
		      ope_comments_add(c, "DATE", info->date);
	if (!err && *info->comment)
		err = ope_comments_add(c, "COMMENT", info->comment);
	for (size_t i = 0; !err && i < n; i++)
		err = add_chapter(c, i, &ch[i], info->sample_rate);
	if (err && c) {
		ope_comments_destroy(c);
		c = NULL;
	}
	return c;
}

/* libopusenc's page writer: straight to the output file. */
static int write_page(void *user, const unsigned char *data, opus_int32 len)
{
	return outfile_write(user, data, (size_t)len) ? 1 : 0;
}

static int no_close(void *user)
{
	(void)user;
	return 0;
}

/* Feeds the spooled PCM to the encoder. */
static int encode_spool(struct opus_out *o, OggOpusEnc *enc)
{
	static const size_t chunk = 8192;
	int16_t *buf = malloc(chunk * sizeof(*buf));
	long got = 0;
	int ret = -1;

	if (!buf || pcm_spool_rewind(&o->spool))
		goto out;
	while ((got = pcm_spool_read(&o->spool, buf, chunk)) > 0) {
		int err = ope_encoder_write(enc, buf, (int)got);

		if (err) {
			if (err != OPE_WRITE_FAIL)
				crier_error("the Opus encoder failed: %s",
					    ope_strerror(err));
			goto out;
		}
	}
	ret = got < 0 ? -1 : 0;
out:
	free(buf);
	return ret;
}

static int encode_all(struct opus_out *o, OggOpusComments *comments)
{
	OpusEncCallbacks cb = { write_page, no_close };
	OggOpusEnc *enc;
	int err, ret = -1;

	enc = ope_encoder_create_callbacks(&cb, &o->file, comments,
					   o->info->sample_rate, 1, 0, &err);
	if (!enc)
		return crier_error("the Opus encoder refuses %d Hz: %s",
				   o->info->sample_rate, ope_strerror(err));
	ope_encoder_ctl(enc, OPUS_SET_BITRATE(o->kbps * 1000));
	ope_encoder_ctl(enc, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
	if (encode_spool(o, enc))
		goto out;
	err = ope_encoder_drain(enc);
	if (err && err != OPE_WRITE_FAIL)
		crier_error("the Opus encoder failed: %s", ope_strerror(err));
	ret = err ? -1 : 0;
out:
	ope_encoder_destroy(enc);
	return ret;
}

static int opus_close(void *state, const struct crier_chapter *chapters,
		      size_t n)
{
	struct opus_out *o = state;
	OggOpusComments *comments = make_comments(o->info, chapters, n);
	int ret = -1;

	if (!comments)
		crier_error("out of memory");
	else
		ret = encode_all(o, comments);
	if (outfile_close(&o->file))
		ret = -1;
	if (comments)
		ope_comments_destroy(comments);
	pcm_spool_close(&o->spool);
	free(o);
	return ret;
}

static void opus_abort(void *state)
{
	struct opus_out *o = state;

	outfile_discard(&o->file);
	pcm_spool_close(&o->spool);
	free(o);
}

static const char *const opus_extensions[] = { "opus", NULL };

static const struct crier_output_ops opus_ops = {
	.extensions = opus_extensions,
	.open = opus_open,
	.write = opus_write,
	.close = opus_close,
	.abort = opus_abort,
};

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI,
	.api = CRIER_PLUGIN_API,
	.name = "opus",
	.description = "Ogg Opus files with chapters (libopusenc)",
	.version = "1.0",
	.kind = CRIER_PLUGIN_OUTPUT,
	.output = &opus_ops,
};
