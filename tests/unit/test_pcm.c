/*
 * test_pcm.c - the speech sink of crier/speech.h: samples and sentence
 * marks relative to each render, and which voice names are let through.
 */
#include <stdlib.h>
#include "libcrier.h"
#include "../tap.h"

static void test_pcm(void)
{
	struct crier_pcm p;
	int16_t s[4] = { 1, 2, 3, 4 };

	crier_pcm_init(&p);
	crier_pcm_begin(&p);
	is_int(p.n_sentences, 1, "a render starts with a mark");
	is_int(crier_pcm_append(&p, s, 4), 0, "append takes samples");
	crier_pcm_mark(&p, 2);
	crier_pcm_silence(&p, 10, 1000);
	is_int(p.n, 14, "silence adds rate * ms / 1000 zero samples");
	ok(p.samples[3] == 4 && p.samples[13] == 0, "samples are copied, silence is 0");
	crier_pcm_begin(&p);
	crier_pcm_mark(&p, 5);
	crier_pcm_mark(&p, 3);
	is_int(p.n_sentences, 4, "a mark that goes backwards is ignored");
	ok(p.sentences[1] == 2 && p.sentences[2] == 14 && p.sentences[3] == 19,
	   "marks count from the start of their render");
	is_int(crier_pcm_append(NULL, s, 1), -1, "append to NULL fails");
	is_int(crier_pcm_mark(NULL, 1), -1, "mark on NULL fails");
	crier_pcm_release(&p);
	is_int(p.n, 0, "release empties it");
}

static void test_voice_names(void)
{
	ok(crier_voice_name_ok("en-us"), "en-us is a voice name");
	ok(crier_voice_name_ok("en-us+f3"), "with a variant");
	ok(crier_voice_name_ok("English_(Great_Britain)"), "a long name");
	ok(!crier_voice_name_ok("en-us+../../../../etc/passwd"), "a path is refused");
	ok(!crier_voice_name_ok("/etc/passwd"), "an absolute path is refused");
	ok(!crier_voice_name_ok(".hidden"), "a leading dot is refused");
	ok(!crier_voice_name_ok(""), "an empty name is refused");
	ok(!crier_voice_name_ok(NULL), "NULL is refused");
	ok(!crier_voice_name_ok("en us"), "a space is refused");
	ok(!crier_voice_name_ok("en\n"), "a control character is refused");
	ok(!crier_voice_name_ok("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
	   "64 bytes is too long");
}

int main(void)
{
	test_pcm();
	test_voice_names();
	return done_testing();
}
