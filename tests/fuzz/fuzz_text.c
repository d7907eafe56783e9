/*
 * fuzz_text.c - libFuzzer target for the text functions of libcrier
 * (crier/text.h): sentence splitting, word tokenization, lowercasing,
 * white space collapsing, UTF-8 sanitizing, HTML to text and body
 * cleanup, each run on the same input, with the invariants their
 * contracts state.
 */
#include <string.h>

#include <crier/strbuf.h>
#include <crier/text.h>
#include "fuzz.h"

static const char *const langs[] = {
	NULL, "en", "fr", "de", "es", "en-GB", "xx", "",
};

/* The white space every part of libcrier agrees on. */
static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Spans lie inside the text, in order, without overlap or outer blanks. */
static void check_sentences(const char *text, size_t len, const char *lang)
{
	struct crier_spans spans = CRIER_SPANS_INIT;
	size_t end = 0;

	crier_split_sentences(text, len, lang, &spans);
	for (size_t i = 0; i < spans.n; i++) {
		const struct crier_span *s = &spans.v[i];

		FUZZ_CHECK(s->start >= end && s->len > 0);
		FUZZ_CHECK(s->len <= len && s->start <= len - s->len);
		FUZZ_CHECK(!is_space(text[s->start]));
		FUZZ_CHECK(!is_space(text[s->start + s->len - 1]));
		end = s->start + s->len;
	}
	crier_spans_release(&spans);
}

/* Words lie inside the text, in order; their count is the same. */
static void check_words(const char *text, size_t len)
{
	struct crier_span w;
	size_t pos = 0, n = 0, end = 0;

	while (crier_next_word(text, len, &pos, &w)) {
		FUZZ_CHECK(w.len > 0 && w.start >= end);
		FUZZ_CHECK(w.len <= len && w.start <= len - w.len);
		FUZZ_CHECK(pos >= w.start + w.len && pos <= len);
		end = w.start + w.len;
		n++;
	}
	FUZZ_CHECK(n == crier_count_words(text, len));
}

static void check_collapse(const char *text, size_t len)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;

	crier_collapse_space(text, len, &out);
	FUZZ_CHECK(out.len <= len);
	if (out.len) {
		FUZZ_CHECK(out.buf[0] != ' ' && out.buf[out.len - 1] != ' ');
		FUZZ_CHECK(!strstr(out.buf, "  "));
	}
	crier_strbuf_release(&out);
}

static void check_transforms(const char *text, size_t len)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;
	struct crier_strbuf title = CRIER_STRBUF_INIT;
	const char *nl = memchr(text, '\n', len);

	crier_lowercase(text, len, &out);
	crier_strbuf_reset(&out);
	crier_utf8_sanitize(text, len, &out);
	check_sentences(out.buf, out.len, NULL);
	crier_strbuf_reset(&out);
	FUZZ_CHECK(crier_html_to_text(text, len, &out) == 0);
	crier_strbuf_reset(&out);
	/* The first line doubles as the title, as a scraped page has it. */
	if (nl)
		crier_strbuf_add(&title, text, (size_t)(nl - text));
	crier_clean_body(text, len, nl ? title.buf : NULL, &out);
	crier_strbuf_release(&title);
	crier_strbuf_release(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;

	check_sentences(text, size, FUZZ_PICK(size, langs));
	check_words(text, size);
	check_collapse(text, size);
	check_transforms(text, size);
	return 0;
}
