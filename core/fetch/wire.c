/*
 * wire.c - encoding and checking the stories a child process sends.
 *
 * The reader trusts nothing: every length is checked against what is
 * left, so a child that sends garbage is caught, never followed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wire.h"
#include "base/xalloc.h"

static void put_u32(struct crier_strbuf *out, uint32_t v)
{
	unsigned char b[4] = { v, v >> 8, v >> 16, v >> 24 };

	crier_strbuf_add(out, b, 4);
}

static void put_bytes(struct crier_strbuf *out, const char *s)
{
	size_t len = s ? strlen(s) : 0;

	put_u32(out, (uint32_t)len);
	crier_strbuf_add(out, s, len);
}

void wire_put_story(struct crier_strbuf *out, const struct story *s)
{
	int64_t when = crier_article_published(s->article);
	uint64_t u = (uint64_t)when;

	crier_strbuf_addch(out, 'S');
	crier_strbuf_addch(out, CRIER_FIELD_COUNT);
	for (int f = 0; f < CRIER_FIELD_COUNT; f++) {
		crier_strbuf_addch(out, f);
		put_bytes(out, crier_article_get(s->article, f));
	}
	put_u32(out, (uint32_t)u);
	put_u32(out, (uint32_t)(u >> 32));
	put_u32(out, (uint32_t)s->summary.n);
	for (size_t i = 0; i < s->summary.n; i++)
		put_bytes(out, s->summary.sentences[i]);
	put_bytes(out, s->note);
}

void wire_put_failure(struct crier_strbuf *out, const char *error)
{
	crier_strbuf_addch(out, 'F');
	put_bytes(out, error);
}

void wire_put_end(struct crier_strbuf *out)
{
	crier_strbuf_addch(out, 'E');
}

struct reader {
	const unsigned char *p, *end;
	int bad;
};

static uint32_t get_u32(struct reader *r)
{
	uint32_t v;

	if (r->end - r->p < 4) {
		r->bad = 1;
		return 0;
	}
	v = r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 |
	    (uint32_t)r->p[3] << 24;
	r->p += 4;
	return v;
}

static int get_u8(struct reader *r)
{
	if (r->p >= r->end) {
		r->bad = 1;
		return 0;
	}
	return *r->p++;
}

/* A string field; *len set; NULL (and r->bad) when it does not fit. */
static const char *get_bytes(struct reader *r, size_t *len)
{
	const char *s;

	*len = get_u32(r);
	if (r->bad || (size_t)(r->end - r->p) < *len) {
		r->bad = 1;
		return NULL;
	}
	s = (const char *)r->p;
	r->p += *len;
	return s;
}

static void get_story(struct reader *r, struct source_result *res)
{
	struct story *s = source_result_add(res, crier_article_new());
	int fields = get_u8(r);
	uint64_t lo, hi;
	uint32_t n;
	size_t len;
	const char *str;

	for (int i = 0; i < fields && !r->bad; i++) {
		int f = get_u8(r);

		str = get_bytes(r, &len);
		if (str && f < CRIER_FIELD_COUNT && len)
			crier_article_set(s->article, f, str, len);
	}
	lo = get_u32(r);
	hi = get_u32(r);
	crier_article_set_published(s->article, (int64_t)(lo | hi << 32));
	n = get_u32(r);
	for (uint32_t i = 0; i < n && !r->bad; i++) {
		str = get_bytes(r, &len);
		if (str)
			crier_summary_add(&s->summary, str, len);
	}
	str = get_bytes(r, &len);
	if (str && len)
		s->note = xstrndup(str, len);
}

/* Drops the last story, which a cut-short message left half-read. */
static void drop_last(struct source_result *res)
{
	struct story *s = &res->stories[--res->n];

	crier_article_free(s->article);
	crier_summary_release(&s->summary);
	free(s->note);
}

int wire_parse(const char *data, size_t len, struct source_result *res)
{
	struct reader r = { (const unsigned char *)data,
			    (const unsigned char *)data + len, 0 };
	const char *str;
	size_t n;

	while (r.p < r.end) {
		switch (*r.p++) {
		case 'S':
			get_story(&r, res);
			if (r.bad) {
				drop_last(res);
				return 1;
			}
			break;
		case 'F':
			str = get_bytes(&r, &n);
			if (!str)
				return 1;
			str = xstrndup(str, n);
			source_result_fail(res, str);
			free((char *)str);
			break;
		case 'E':
			return r.p == r.end ? 0 : -1;
		default:
			return -1;
		}
	}
	return 1;
}
