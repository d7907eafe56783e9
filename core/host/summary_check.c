/*
 * summary_check.c - holding a summarizer's output to its request and to
 * crier's own bounds (summarizer_check() in summarizer.h).
 *
 * A summarizer plugin is code crier does not trust to keep to its
 * request: one may return every sentence, a 150,000-word "sentence" of an
 * unpunctuated feed item, or bytes that are not UTF-8.  What reaches the
 * script is checked here, so that every length spoken has a bound.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "summarizer.h"

/* What a check found, to be told. */
struct findings {
	size_t dropped;		/* sentences past the limits */
	size_t cut;		/* sentences cut short */
	size_t bad;		/* sentences with invalid UTF-8 or controls */
};

/* The byte length of s's first n bytes, backed off to a character start. */
static size_t char_boundary(const char *s, size_t len, size_t n)
{
	if (n >= len)
		return len;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/*
 * Replaces *s by its clean form, cut after max_words words or
 * SUMMARY_SENTENCE_BYTES bytes at a word's end; returns its words.
 */
static size_t bound_sentence(char **s, size_t max_words, struct findings *f)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	size_t len = strlen(*s), pos = 0, words = 0, end;
	struct crier_span w;
	int cut = 0;

	len = char_boundary(*s, len, 4 * SUMMARY_SENTENCE_BYTES);
	f->bad += crier_utf8_sanitize(*s, len, &sb) != 0;
	cut = len < strlen(*s);
	end = 0;
	for (;;) {
		size_t p = pos;

		if (!crier_next_word(sb.buf, sb.len, &p, &w)) {
			end = sb.len;	/* keep what follows the last word */
			break;
		}
		if (words == max_words || w.start + w.len > SUMMARY_SENTENCE_BYTES) {
			cut = 1;
			break;
		}
		words++;
		end = w.start + w.len;
		pos = p;
	}
	if (!end || end > SUMMARY_SENTENCE_BYTES) {	/* one endless token */
		end = char_boundary(sb.buf, sb.len, SUMMARY_SENTENCE_BYTES);
		cut |= end < sb.len;
		words += !words;
	}
	f->cut += cut;
	sb.buf[end] = 0;
	sb.len = end;
	free(*s);
	*s = crier_strbuf_detach(&sb);
	return words;
}

static void describe(const struct findings *f, unsigned sentences,
		     char *why, size_t size)
{
	int n = 0;

	why[0] = 0;
	if (f->dropped && n >= 0 && (size_t)n < size)
		n += snprintf(why + n, size - (size_t)n,
			      "%zu sentences past the limit%s dropped", f->dropped,
			      sentences ? "" : " crier sets");
	if (f->cut && n >= 0 && (size_t)n < size)
		n += snprintf(why + n, size - (size_t)n, "%s%zu overlong sentences cut",
			      n ? "; " : "", f->cut);
	if (f->bad && n >= 0 && (size_t)n < size)
		snprintf(why + n, size - (size_t)n,
			 "%sinvalid UTF-8 replaced in %zu sentences", n ? "; " : "",
			 f->bad);
}

void summarizer_check(struct crier_summary *out, unsigned sentences,
		      unsigned words, char *why, size_t why_size)
{
	struct findings f = { 0, 0, 0 };
	size_t max_sentences = sentences ? sentences : SUMMARY_SENTENCES;
	size_t max_words = words ? words : SUMMARY_WORDS, used = 0, kept = 0;

	if (!sentences && words)
		max_sentences = SUMMARIZER_MAX_WORDS;	/* the words decide */
	for (size_t i = 0; i < out->n; i++) {
		size_t room = max_words > used ? max_words - used : 0;

		/* The first sentence is kept (cut) even past a words limit. */
		if (kept == max_sentences || (kept && !room)) {
			free(out->sentences[i]);
			f.dropped++;
			continue;
		}
		if (room > SUMMARY_SENTENCE_WORDS || !kept)
			room = SUMMARY_SENTENCE_WORDS;
		used += bound_sentence(&out->sentences[i], room, &f);
		if (!*out->sentences[i]) {
			free(out->sentences[i]);
			continue;
		}
		out->sentences[kept++] = out->sentences[i];
	}
	out->n = kept;
	if (why && why_size)
		describe(&f, sentences, why, why_size);
}
