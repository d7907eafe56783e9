/*
 * words.c - word tokenization and span lists.
 */
#include <stdlib.h>

#include <crier/text.h>
#include "utf8.h"
#include "base/xalloc.h"

void crier_spans_release(struct crier_spans *spans)
{
	free(spans->v);
	spans->v = NULL;
	spans->n = spans->alloc = 0;
}

void crier_spans_push(struct crier_spans *spans, size_t start, size_t len)
{
	spans->v = xgrow(spans->v, &spans->alloc, spans->n + 1, sizeof(*spans->v));
	spans->v[spans->n].start = start;
	spans->v[spans->n].len = len;
	spans->n++;
}

/*
 * Code point at i (invalid bytes decode as themselves); its length in *n.
 * ASCII is read here: most text is, and this is the tokenizer's inner loop.
 */
static uint32_t cp_at(const char *text, size_t len, size_t i, size_t *n)
{
	uint32_t cp = (unsigned char)text[i];

	if (cp < 0x80) {
		*n = 1;
		return cp;
	}
	*n = utf8_decode(text + i, len - i, &cp);
	if (!*n)
		*n = 1;
	return cp;
}

/* utf8_is_alnum(), with ASCII decided without a call. */
static int is_alnum(uint32_t cp)
{
	return cp < 0x80 ? utf8_is_ascii_alnum(cp) : utf8_is_alnum(cp);
}

static int is_joiner(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' ||
	       cp == ',' || cp == 0x2010 || cp == 0x2011;
}

int crier_next_word(const char *text, size_t len, size_t *pos,
		    struct crier_span *word)
{
	size_t i = *pos, n, end;

	while (i < len && !is_alnum(cp_at(text, len, i, &n)))
		i += n;
	if (i >= len) {
		*pos = len;
		return 0;
	}
	word->start = i;
	end = i;
	while (i < len) {
		uint32_t cp = cp_at(text, len, i, &n);
		size_t m;

		if (is_alnum(cp)) {
			i += n;
			end = i;
			continue;
		}
		if (!is_joiner(cp) || i + n >= len ||
		    !is_alnum(cp_at(text, len, i + n, &m)))
			break;
		/* "1,000" and "3.5" join digits only; "don't" joins letters. */
		if ((cp == ',' || cp == '.') &&
		    !(text[i - 1] >= '0' && text[i - 1] <= '9' &&
		      text[i + n] >= '0' && text[i + n] <= '9'))
			break;
		i += n;
	}
	word->len = end - word->start;
	*pos = end;
	return 1;
}

size_t crier_count_words(const char *text, size_t len)
{
	struct crier_span w;
	size_t pos = 0, count = 0;

	while (crier_next_word(text, len, &pos, &w))
		count++;
	return count;
}
