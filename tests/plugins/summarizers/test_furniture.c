/*
 * test_furniture.c - the news summarizer's rules for page furniture,
 * captions, quotes and datelines (plugins/summarizer/news/news_furniture.c)
 * and for sentences that open pointing back (news_openers.c).
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
	"Scroll down for video",
	"Scroll down for more pictures.",
	"09:41 GMT, 3 June 2019.",
	"Last updated at 9:41 AM on 3rd June 2019.",
	"Evening Chronicle Reporter.",
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
	"The match was moved to 19:45 on Friday after a request by police.",
	"Scrolls found in a cave near the lake were shown to scholars.",
	"He denies the charges.",
	NULL
};

static const char *const captions[] = {
	"Still standing: The tower was built in 1870",
	"Pictured: A crowd outside the town hall on Monday.",
	"Happy couple: Anna and Tom were married in May",
	"Record: 40,000 people watched the final.",
	NULL
};

static const char *const not_captions[] = {
	"The mayor said: The bridge will reopen next month.",
	"Police said: We are looking for two men.",
	"The reason was simple: Nobody had asked.",
	"Ministers met on Monday.",
	"Warning: this is how the minister put it.",
	NULL
};

static const char *const dangling[] = {
	"He said the plan would work.",
	"However, the council disagreed.",
	"But not everyone was happy.",
	"It's not clear when the road will reopen.",
	"They were taken to hospital.",
	"This was the third flood in a year.",
	"Meanwhile, prices kept rising.",
	"Mais la mairie a refus\xc3\xa9.",
	NULL
};

static const char *const standing[] = {
	"Police said he had fled the town.",
	"Hereford council met on Monday.",
	"Thelma Jones, 74, won the prize.",
	"The council disagreed.",
	"\"We will rebuild,\" the mayor said.",
	NULL
};

int main(void)
{
	for (const char *const *s = not_news; *s; s++)
		ok(furniture(*s), "furniture: %s", *s);
	for (const char *const *s = news; *s; s++)
		ok(!furniture(*s), "news: %s", *s);
	for (const char *const *s = captions; *s; s++)
		ok(news_is_caption(*s, strlen(*s)), "caption: %s", *s);
	for (const char *const *s = not_captions; *s; s++)
		ok(!news_is_caption(*s, strlen(*s)), "not a caption: %s", *s);
	for (const char *const *s = dangling; *s; s++)
		ok(news_opens_dangling(*s, strlen(*s)), "points back: %s", *s);
	for (const char *const *s = standing; *s; s++)
		ok(!news_opens_dangling(*s, strlen(*s)), "stands: %s", *s);
	ok(news_is_quote("\"We will rebuild,\" the mayor said.", 34),
	   "a quote opens with a quotation mark");
	ok(news_is_quote("\xe2\x80\x9cWe will rebuild,\xe2\x80\x9d", 22),
	   "a quote opens with a curly quotation mark");
	ok(!news_is_quote("The mayor said \"we will rebuild\".", 33),
	   "a quote inside a sentence does not make it a quote");
	is_str(cut("Washington (CNN) Lawmakers voted on Friday."),
	       "Lawmakers voted on Friday.", "place and agency, no dash");
	is_str(cut("(AP) \xe2\x80\x94 Lawmakers voted on Friday."),
	       "Lawmakers voted on Friday.", "agency and em dash");
	is_str(cut("LONDON, England (Reuters) -- Lawmakers voted."),
	       "Lawmakers voted.", "place, country and agency");
	is_str(cut("Labour (Opposition) voted against it."),
	       "Labour (Opposition) voted against it.",
	       "a party in brackets is not an agency");
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
