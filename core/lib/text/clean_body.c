/*
 * clean_body.c - removes page furniture from article text scraped as plain
 * text: repeated headlines and paragraphs, bylines, date stamps, counters.
 *
 * Works line by line.  A line is kept when it reads like prose: it ends
 * with sentence punctuation or is long, and it is not mostly numbers (date
 * stamps, "4 Reads").  Repeats are found by a hash of the line's words,
 * lower-cased, so that case and punctuation differences do not matter.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <crier/text.h>
#include "utf8.h"
#include "base/xalloc.h"

/* A line with fewer words than this and no final stop is furniture. */
#define MIN_UNPUNCTUATED_WORDS 8

/* An open-addressing set of line hashes (0 marks a free slot). */
struct seen {
	uint64_t *slot;
	size_t n, cap;
};

/* FNV-1a of the line's words, lower-cased and joined by single spaces. */
static uint64_t words_hash(const char *s, size_t len)
{
	struct crier_strbuf low = CRIER_STRBUF_INIT;
	uint64_t h = 1469598103934665603ULL;
	struct crier_span w;
	size_t pos = 0;

	crier_lowercase(s, len, &low);
	while (crier_next_word(low.buf, low.len, &pos, &w)) {
		for (size_t i = 0; i < w.len; i++)
			h = (h ^ (unsigned char)low.buf[w.start + i]) * 1099511628211ULL;
		h = (h ^ ' ') * 1099511628211ULL;
	}
	crier_strbuf_release(&low);
	return h;
}

static void seen_put(uint64_t *slot, size_t cap, uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);

	while (slot[i] && slot[i] != h)
		i = (i + 1) & (cap - 1);
	slot[i] = h;
}

static void seen_grow(struct seen *seen)
{
	size_t cap = seen->cap ? seen->cap * 2 : 64;
	uint64_t *slot = xcalloc(cap, sizeof(*slot));

	for (size_t i = 0; i < seen->cap; i++)
		if (seen->slot[i])
			seen_put(slot, cap, seen->slot[i]);
	free(seen->slot);
	seen->slot = slot;
	seen->cap = cap;
}

/* Adds h; returns 0 if it was there already. */
static int seen_add(struct seen *seen, uint64_t h)
{
	size_t i;

	h |= 1;		/* never 0 */
	if (2 * (seen->n + 1) > seen->cap)
		seen_grow(seen);
	for (i = (size_t)h & (seen->cap - 1); seen->slot[i];
	     i = (i + 1) & (seen->cap - 1))
		if (seen->slot[i] == h)
			return 0;
	seen->slot[i] = h;
	seen->n++;
	return 1;
}

static int ends_like_sentence(const char *s, size_t len)
{
	static const char *const closers[] = {
		"\xe2\x80\x9d", "\xe2\x80\x99", "\xc2\xbb", "\xe2\x80\xa6", NULL
	};

	while (len) {
		char c = s[len - 1];

		if (strchr(".!?:;", c))
			return 1;
		if (c == '"' || c == '\'' || c == ')') {
			len--;
			continue;
		}
		for (const char *const *q = closers; *q; q++) {
			size_t ql = strlen(*q);

			if (len >= ql && !memcmp(s + len - ql, *q, ql)) {
				if (!strcmp(*q, "\xe2\x80\xa6"))
					return 1;
				len -= ql;
				goto next;
			}
		}
		return 0;
next:		;
	}
	return 0;
}

/* Words that are numbers ("19", "10:28", "2024") out of all words. */
static void count_words(const char *s, size_t len, size_t *words,
			size_t *numbers)
{
	struct crier_span w;
	size_t pos = 0;

	*words = *numbers = 0;
	while (crier_next_word(s, len, &pos, &w)) {
		(*words)++;
		if (s[w.start] >= '0' && s[w.start] <= '9')
			(*numbers)++;
	}
}

static int is_furniture(const char *s, size_t len)
{
	size_t words, numbers;

	count_words(s, len, &words, &numbers);
	if (!words)
		return 1;
	if (numbers * 2 >= words && words < 12)
		return 1;
	return words < MIN_UNPUNCTUATED_WORDS && !ends_like_sentence(s, len);
}

static void keep(struct crier_strbuf *out, const char *s, size_t len)
{
	if (out->len)
		crier_strbuf_adds(out, "\n\n");
	crier_collapse_space(s, len, out);
}

void crier_clean_body(const char *text, size_t len, const char *title,
		      struct crier_strbuf *out)
{
	struct seen seen = { NULL, 0, 0 };
	size_t i = 0;

	if (title && *title)
		seen_add(&seen, words_hash(title, strlen(title)));
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - text) : len;
		struct crier_strbuf line = CRIER_STRBUF_INIT;

		crier_collapse_space(text + i, end - i, &line);
		if (line.len && !is_furniture(line.buf, line.len) &&
		    seen_add(&seen, words_hash(line.buf, line.len)))
			keep(out, line.buf, line.len);
		crier_strbuf_release(&line);
		i = end + 1;
	}
	free(seen.slot);
}
