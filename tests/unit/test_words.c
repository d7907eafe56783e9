/* test_words.c - word tokens, counting, lower-casing, space and UTF-8 repair. */
#include <stdlib.h>
#include <crier/text.h>
#include "text/utf8.h"
#include "../tap.h"

static char *words(const char *text)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;
	struct crier_span w;
	size_t pos = 0;

	while (crier_next_word(text, strlen(text), &pos, &w)) {
		if (out.len)
			crier_strbuf_addch(&out, '|');
		crier_strbuf_add(&out, text + w.start, w.len);
	}
	return crier_strbuf_detach(&out);
}

/* Pieces of text with what collapsing and sanitizing make of each. */
static const struct piece {
	const char *text;
	int space;		/* white space for crier_collapse_space() */
	const char *clean;	/* what crier_utf8_sanitize() makes of it */
} pieces[] = {
	{ "a", 0, "a" }, { "Zq", 0, "Zq" }, { ".", 0, "." }, { " ", 1, " " },
	{ "\t", 1, "\t" }, { "\n", 1, "\n" }, { "\xc2\xa0", 1, "\xc2\xa0" },
	{ "\xc3\xa9", 0, "\xc3\xa9" }, { "\x7f", 0, " " }, { "\x01", 0, " " },
	{ "\xff", 0, "\xef\xbf\xbd" },
};

static unsigned long next_random(unsigned long *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 7;
	*state ^= *state << 17;
	return *state;
}

/*
 * Random texts of up to 40 pieces (so every offset of the 8-byte fast
 * paths) against what the pieces say: runs of white space become one
 * ' ', none at either end; bad bytes are replaced.
 */
static void random_texts(void)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT, want = CRIER_STRBUF_INIT;
	struct crier_strbuf clean = CRIER_STRBUF_INIT, got = CRIER_STRBUF_INIT;
	unsigned long state = 88172645463325252UL;
	int collapse_bad = 0, sanitize_bad = 0;

	for (int n = 0; n < 3000; n++) {
		int pending = 0;

		crier_strbuf_reset(&text);
		crier_strbuf_reset(&want);
		crier_strbuf_reset(&clean);
		for (unsigned long k = next_random(&state) % 41; k > 0; k--) {
			const struct piece *p = &pieces[next_random(&state) % 11];

			crier_strbuf_adds(&text, p->text);
			crier_strbuf_adds(&clean, p->clean);
			if (p->space) {
				pending = want.len > 0;
				continue;
			}
			if (pending)
				crier_strbuf_addch(&want, ' ');
			crier_strbuf_adds(&want, p->text);
			pending = 0;
		}
		crier_strbuf_reset(&got);
		crier_collapse_space(text.buf, text.len, &got);
		collapse_bad += strcmp(got.buf, want.buf) != 0;
		crier_strbuf_reset(&got);
		crier_utf8_sanitize(text.buf, text.len, &got);
		sanitize_bad += strcmp(got.buf, clean.buf) != 0;
	}
	is_int(collapse_bad, 0, "collapsing 3000 random texts");
	is_int(sanitize_bad, 0, "sanitizing 3000 random texts");
	crier_strbuf_release(&text);
	crier_strbuf_release(&want);
	crier_strbuf_release(&clean);
	crier_strbuf_release(&got);
}

/* crier_utf8_check(): what pages and feeds are judged by. */
static void test_check(void)
{
	const char ascii[] = "A long run of plain ASCII text, tabs\tand all.\n";
	const char wide[] = "caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80 and more ASCII";
	size_t multi = 99;

	is_int(crier_utf8_check(ascii, strlen(ascii), &multi), 0, "ASCII is valid");
	is_int(multi, 0, "with nothing beyond ASCII");
	is_int(crier_utf8_check(wide, strlen(wide), &multi), 0,
	       "two-, three- and four-byte characters");
	is_int(multi, 3, "counted");
	is_int(crier_utf8_check("ok\xff ok \xc3", 8, NULL), 2,
	       "a stray byte and a cut sequence are two bad bytes");
	is_int(crier_utf8_check("\xc0\xaf\xe0\x80\xaf", 5, NULL), 5,
	       "overlong forms are invalid, byte by byte");
	is_int(crier_utf8_check("\xed\xa0\x80", 3, NULL), 3, "so are surrogates");
	is_int(crier_utf8_check("12345678\0abcdefg\xff", 17, NULL), 1,
	       "a NUL is ASCII; a bad byte after the run of 8 is found");
}

int main(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	char *got;

	got = words("Don't stop: well-known 1,000 and 3.5, end.");
	is_str(got, "Don't|stop|well-known|1,000|and|3.5|end", "joiners inside words");
	free(got);
	got = words("caf\xc3\xa9 na\xc3\xafve \xe2\x80\x94 r\xc3\xa9sum\xc3\xa9");
	is_str(got, "caf\xc3\xa9|na\xc3\xafve|r\xc3\xa9sum\xc3\xa9", "accented letters");
	free(got);
	is_int(crier_count_words("one, two; three!", 16), 3, "count_words");
	is_int(crier_count_words("", 0), 0, "no words in empty text");
	crier_lowercase("\xc3\x89T\xc3\x89 ABC \xd0\x94", 12, &sb);
	is_str(sb.buf, "\xc3\xa9t\xc3\xa9 abc \xd0\xb4", "lower-casing Latin and Cyrillic");
	crier_strbuf_reset(&sb);
	crier_strbuf_add(&sb, "kept ", 5);
	crier_lowercase("Long ASCII RUN\tTAB \xff\xc3\x89 BYTE, Then ASCII", 39, &sb);
	is_str(sb.buf, "kept long ascii run\ttab \xff\xc3\xa9 byte, then ascii",
	       "lower-casing appends; control and invalid bytes between ASCII runs");
	crier_strbuf_reset(&sb);
	crier_collapse_space("  a \t b\xc2\xa0\n c  ", 14, &sb);
	is_str(sb.buf, "a b c", "collapsing white space, NBSP included");
	crier_strbuf_reset(&sb);
	is_int(crier_utf8_sanitize("ok\xff\x01!", 5, &sb), 2, "two bad characters");
	is_str(sb.buf, "ok\xef\xbf\xbd !", "replaced by U+FFFD and a space");
	crier_strbuf_release(&sb);
	test_check();
	random_texts();
	return done_testing();
}
