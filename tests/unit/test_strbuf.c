/* test_strbuf.c - the string buffer keeps its invariants. */
#include <stdlib.h>
#include <crier/strbuf.h>
#include "../tap.h"

int main(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	char *s;

	is_str(sb.buf, "", "a new buffer is empty, not NULL");
	crier_strbuf_adds(&sb, "hello");
	crier_strbuf_addch(&sb, ' ');
	crier_strbuf_addf(&sb, "%d %s", 42, "world");
	is_str(sb.buf, "hello 42 world", "add, addch and addf append");
	is_int(sb.len, 14, "len counts the bytes");
	for (int i = 0; i < 10000; i++)
		crier_strbuf_addch(&sb, 'x');
	is_int(sb.len, 10014, "the buffer grows");
	ok(sb.buf[sb.len] == '\0', "the text stays NUL-terminated");
	crier_strbuf_setlen(&sb, 5);
	is_str(sb.buf, "hello", "setlen cuts");
	crier_strbuf_reset(&sb);
	crier_strbuf_adds(&sb, "  \t padded \n");
	crier_strbuf_trim(&sb);
	is_str(sb.buf, "padded", "trim removes white space at both ends");
	s = crier_strbuf_detach(&sb);
	is_str(s, "padded", "detach hands over the text");
	is_str(sb.buf, "", "and leaves the buffer empty");
	free(s);
	s = crier_strbuf_detach(&sb);
	is_str(s, "", "detaching an empty buffer gives an empty string");
	free(s);
	crier_strbuf_release(&sb);
	return done_testing();
}
