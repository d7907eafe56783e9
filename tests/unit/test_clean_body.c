/* test_clean_body.c - page furniture is removed from scraped article text. */
#include <stdlib.h>
#include <crier/text.h>
#include "../tap.h"

static char *clean(const char *text, const char *title)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;

	crier_clean_body(text, strlen(text), title, &out);
	return crier_strbuf_detach(&out);
}

int main(void)
{
	char *got;

	got = clean("Harbour bridge reopens after repairs\n\n"
		    "The bridge reopened on Monday after two years of work.\n"
		    "Jane Q. Writer\nJane Q. Writer\n3 March 2025 Monday 09:15\n"
		    "1,204 Views\n"
		    "Harbour Bridge reopens after repairs\n"
		    "The bridge reopened on Monday after two years of work.\n"
		    "Drivers welcomed the news.",
		    "Harbour bridge reopens after repairs");
	is_str(got, "The bridge reopened on Monday after two years of work.\n\n"
	       "Drivers welcomed the news.",
	       "headline, byline, date stamp, counter and repeats are dropped");
	free(got);
	got = clean("A long unpunctuated paragraph that still reads like prose to a listener at home\n",
		    NULL);
	is_str(got, "A long unpunctuated paragraph that still reads like prose to a listener at home",
	       "long lines are kept without a final stop");
	free(got);
	got = clean("Short but a sentence: it counts.\nOK.", NULL);
	is_str(got, "Short but a sentence: it counts.\n\nOK.", "punctuated short lines are kept");
	free(got);
	got = clean("", "Title");
	is_str(got, "", "empty text stays empty");
	free(got);
	return done_testing();
}
