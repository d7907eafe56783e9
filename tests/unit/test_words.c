/* test_words.c - word tokens, counting, lower-casing, space and UTF-8 repair. */
#include <stdlib.h>
#include <crier/text.h>
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
	crier_collapse_space("  a \t b\xc2\xa0\n c  ", 14, &sb);
	is_str(sb.buf, "a b c", "collapsing white space, NBSP included");
	crier_strbuf_reset(&sb);
	is_int(crier_utf8_sanitize("ok\xff\x01!", 5, &sb), 2, "two bad characters");
	is_str(sb.buf, "ok\xef\xbf\xbd !", "replaced by U+FFFD and a space");
	crier_strbuf_release(&sb);
	return done_testing();
}
