/*
 * id3v2.c - builds an ID3v2.4 tag with CHAP and CTOC frames; see id3v2.h
 * for why by hand.  References: id3.org "ID3 tag version 2.4.0 - Main
 * Structure" and "ID3v2 Chapter Frame Addendum" (version 1.0).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "id3v2.h"

#define TEXT_UTF8 3

/* A 28-bit synchsafe integer: 7 bits a byte, high bit clear. */
static void put_synchsafe(unsigned char *p, size_t v)
{
	p[0] = (v >> 21) & 0x7f;
	p[1] = (v >> 14) & 0x7f;
	p[2] = (v >> 7) & 0x7f;
	p[3] = v & 0x7f;
}

static void add_be32(struct crier_strbuf *b, uint32_t v)
{
	unsigned char p[4] = { v >> 24, v >> 16, v >> 8, v };

	crier_strbuf_add(b, p, 4);
}

/* Appends frame id with body as its content. */
static void add_frame(struct crier_strbuf *b, const char *id,
		      const struct crier_strbuf *body)
{
	unsigned char head[10] = { 0 };

	memcpy(head, id, 4);
	put_synchsafe(head + 4, body->len);
	crier_strbuf_add(b, head, sizeof(head));
	crier_strbuf_add(b, body->buf, body->len);
}

/* A text frame (TIT2, TPE1...): encoding byte and the UTF-8 text. */
static void add_text(struct crier_strbuf *b, const char *id, const char *text)
{
	struct crier_strbuf body = CRIER_STRBUF_INIT;

	if (!text || !*text)
		return;
	crier_strbuf_addch(&body, TEXT_UTF8);
	crier_strbuf_adds(&body, text);
	add_frame(b, id, &body);
	crier_strbuf_release(&body);
}

/* COMM: encoding, language, an empty description, the text. */
static void add_comment(struct crier_strbuf *b, const char *text)
{
	struct crier_strbuf body = CRIER_STRBUF_INIT;

	if (!text || !*text)
		return;
	crier_strbuf_addch(&body, TEXT_UTF8);
	crier_strbuf_add(&body, "eng", 3);
	crier_strbuf_addch(&body, 0);
	crier_strbuf_adds(&body, text);
	add_frame(b, "COMM", &body);
	crier_strbuf_release(&body);
}

/* WXXX: encoding, an empty description, the URL (ISO-8859-1 by spec). */
static void add_link(struct crier_strbuf *b, const char *url)
{
	struct crier_strbuf body = CRIER_STRBUF_INIT;

	if (!url || !*url)
		return;
	crier_strbuf_addch(&body, TEXT_UTF8);
	crier_strbuf_addch(&body, 0);
	crier_strbuf_adds(&body, url);
	add_frame(b, "WXXX", &body);
	crier_strbuf_release(&body);
}

static uint32_t to_ms(uint64_t samples, int rate)
{
	uint64_t ms = (samples * 1000 + (uint64_t)rate / 2) / (uint64_t)rate;

	return ms > UINT32_MAX ? UINT32_MAX : (uint32_t)ms;
}

/* CHAP: element id, start and end in ms, no byte offsets, subframes. */
static void add_chap(struct crier_strbuf *b, size_t i,
		     const struct crier_chapter *c, int rate)
{
	struct crier_strbuf body = CRIER_STRBUF_INIT;

	crier_strbuf_addf(&body, "chp%zu", i);
	crier_strbuf_addch(&body, 0);
	add_be32(&body, to_ms(c->start, rate));
	add_be32(&body, to_ms(c->end, rate));
	add_be32(&body, 0xffffffffu);
	add_be32(&body, 0xffffffffu);
	add_text(&body, "TIT2", c->title);
	add_text(&body, "TIT3", c->source);
	add_link(&body, c->link);
	add_frame(b, "CHAP", &body);
	crier_strbuf_release(&body);
}

/* CTOC: "toc", top-level and ordered, the n chapter ids, a title. */
static void add_ctoc(struct crier_strbuf *b, size_t n)
{
	struct crier_strbuf body = CRIER_STRBUF_INIT;

	crier_strbuf_add(&body, "toc", 4);
	crier_strbuf_addch(&body, 0x03);
	crier_strbuf_addch(&body, (int)n);
	for (size_t i = 0; i < n; i++) {
		crier_strbuf_addf(&body, "chp%zu", i);
		crier_strbuf_addch(&body, 0);
	}
	add_text(&body, "TIT2", "Stories");
	add_frame(b, "CTOC", &body);
	crier_strbuf_release(&body);
}

size_t id3v2_write(struct crier_strbuf *out,
		   const struct crier_output_info *info,
		   const struct crier_chapter *chapters, size_t n, int rate)
{
	unsigned char head[10] = { 'I', 'D', '3', 4, 0, 0 };
	size_t start = out->len;

	if (n > ID3V2_MAX_CHAPTERS)
		n = ID3V2_MAX_CHAPTERS;
	crier_strbuf_add(out, head, sizeof(head));
	add_text(out, "TIT2", info->title);
	add_text(out, "TDRC", info->date);
	add_text(out, "TPE1", info->artist);
	add_text(out, "TSSE", "crier");
	add_comment(out, info->comment);
	if (n)
		add_ctoc(out, n);
	for (size_t i = 0; i < n; i++)
		add_chap(out, i, &chapters[i], rate);
	put_synchsafe((unsigned char *)out->buf + start + 6,
		      out->len - start - sizeof(head));
	return n;
}
