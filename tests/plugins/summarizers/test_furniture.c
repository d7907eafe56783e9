/*
 * test_furniture.c - the news summarizer's rules for page furniture and
 * datelines (plugins/summarizer/news/news_furniture.c).
 */
#include <string.h>
#include "../../../plugins/summarizer/news/news.h"
#include "../../tap.h"

static int furniture(const char *s)
{
	return news_is_furniture(s, strlen(s));
}

/* The sentence with its dateline cut, if it has one. */
static const char *cut(const char *s)
{
	struct crier_span span = { 0, strlen(s) };

	news_cut_dateline(s, &span);
	return s + span.start;
}

static const char *const not_news[] = {
	"Read more: How to prepare your home for a storm.",
	"Share this article.",
	"Click here to sign up for our weather newsletter.",
	"Follow us on Twitter.",
	"Sign up for our daily briefing.",
	"Photo: Fallen trees block a road in Kent (Jane Smith/Reuters).",
	"(Picture by John Smith/Getty Images)",
	"Image copyright Getty Images",
	"By Jane Smith, Weather Correspondent.",
	"Fallen trees in Hastings on Tuesday morning",
	"Published 12 March 2024",
	"Visit www.example.com for details.",
	"Write to jane@example.com with your questions.",
	"Lire aussi : comment prot\xc3\xa9ger sa maison.",
	"Partagez cet article.",
	"Lesen Sie auch: Sturm \xc3\xbc" "ber Norddeutschland.",
	"Yes!",
	NULL
};

static const char *const news[] = {
	"Share prices in London, Frankfurt and Paris also closed higher.",
	"Download sales are due to be counted in the singles chart this year.",
	"Reuters reported the deal on Monday.",
	"The photo agency said it would appeal against the ruling.",
	"By the end of the year, prices had risen by 5%.",
	"Read the full text of the speech, he told reporters.",
	"\"We will rebuild,\" the mayor said.",
	"\xe2\x80\x9cWe will rebuild the town,\xe2\x80\x9d said the mayor "
	"\xe2\x80\x9c" "and soon.\xe2\x80\x9d",
	"The mayor said: \xc2\xabWe will rebuild the whole town.\xc2\xbb",
	"(The council met on Monday and agreed the plan.)",
	"Is this the end of the high street?",
	"Une violente temp\xc3\xaate a frapp\xc3\xa9 la Bretagne mardi.",
	NULL
};

int main(void)
{
	for (const char *const *s = not_news; *s; s++)
		ok(furniture(*s), "furniture: %s", *s);
	for (const char *const *s = news; *s; s++)
		ok(!furniture(*s), "news: %s", *s);
	is_str(cut("LONDON (Reuters) - A storm hit England."),
	       "A storm hit England.", "dateline with agency");
	is_str(cut("(CNN) -- A storm hit England."), "A storm hit England.",
	       "agency alone");
	is_str(cut("PARIS \xe2\x80\x94 Une temp\xc3\xaate a frapp\xc3\xa9."),
	       "Une temp\xc3\xaate a frapp\xc3\xa9.",
	       "city in capitals, em dash");
	is_str(cut("The storm - the worst in years - hit England."),
	       "The storm - the worst in years - hit England.",
	       "a dash inside a sentence is not a dateline");
	is_str(cut("Mr Smith (Labour) - who lost - spoke."),
	       "Mr Smith (Labour) - who lost - spoke.",
	       "no word in capitals: kept");
	return done_testing();
}
