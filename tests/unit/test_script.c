/* test_script.c - composing the briefing script from templates. */
#include <stdlib.h>
#include "briefing/script.h"
#include "../tap.h"

int main(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	const char *vars[] = { "source", "Tech", "title", "Chips", NULL };
	struct config c;
	struct script s;
	struct crier_summary sum;
	struct source_config src;
	struct crier_article *a = crier_article_new();
	time_t when = 1795838400;	/* Saturday 28 November 2026, 12:00 UTC */

	setenv("TZ", "UTC", 1);
	script_expand("From {source}: {title}. {unknown}", vars, &sb);
	is_str(sb.buf, "From Tech: Chips. {unknown}", "placeholders are expanded");
	crier_strbuf_reset(&sb);
	script_date(when, &sb);
	is_str(sb.buf, "Saturday, 28 November", "the intro's date");
	memset(&c, 0, sizeof(c));
	c.intro = "Here is your briefing for {date}.";
	c.transition = "From {source}: {title}.";
	c.outro = "Bye.";
	c.speech.rate = 120;
	c.speech.pause_ms = 500;
	memset(&src, 0, sizeof(src));
	src.name = "Tech";
	src.title = "Tech";
	src.speech = c.speech;
	c.sources = &src;
	c.n_sources = 1;
	crier_article_sets(a, CRIER_FIELD_TITLE, "Chips");
	script_init(&s);
	crier_summary_init(&sum);
	crier_summary_add(&sum, "One two three four five six.", 28);
	script_add_intro(&s, &c, when);
	script_add_story(&s, &c, 0, a, &sum);
	script_add_outro(&s, &c, NULL);
	is_int(s.n, 3, "intro, story, outro");
	is_str(s.items[0].lead, "Here is your briefing for Saturday, 28 November.", "intro first");
	is_str(s.items[1].lead, "From Tech: Chips.", "transition");
	is_int(s.items[1].summary.n, 1, "the story keeps its sentences");
	is_int(sum.n, 0, "and takes them from the summary");
	crier_strbuf_reset(&sb);
	script_item_text(&s.items[1], &sb);
	is_str(sb.buf, "From Tech: Chips. One two three four five six.", "story text");
	/* 9 words at 120 wpm = 4.5 s, plus two sentence pauses. */
	ok(s.items[1].seconds > 4.5 && s.items[1].seconds < 6, "estimate from the rate");
	ok(script_total(&s) > s.items[1].seconds + 1.4, "total adds the pauses");
	a = crier_article_new();
	crier_article_sets(a, CRIER_FIELD_TITLE, "Is it over?");
	script_add_story(&s, &c, 0, a, &sum);
	is_str(s.items[s.n - 1].lead, "From Tech: Is it over?",
	       "no stop after a headline's own question mark");
	script_release(&s);
	crier_strbuf_release(&sb);
	return done_testing();
}
