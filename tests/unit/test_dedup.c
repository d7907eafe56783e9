/*
 * test_dedup.c - near-duplicate stories: the same event told by two
 * sources in their own words must match; two different events on the
 * same topic must not.  The pairs are our own, written for this test.
 */
#include <stdio.h>
#include <string.h>

#include "briefing/dedup.h"
#include "libcrier.h"
#include "fetch/story.h"
#include "../tap.h"

struct pair {
	const char *title1, *text1, *title2, *text2;
};

/* The same event, reworded by two sources. */
static const struct pair same[] = {
	{ "Central bank raises interest rates to 5.25%",
	  "The central bank raised its main interest rate by a quarter point to 5.25% on Wednesday, its fourth increase this year, citing stubborn inflation.",
	  "Rates go up again as inflation refuses to cool",
	  "Policymakers at the central bank lifted the benchmark interest rate to 5.25% on Wednesday, the fourth rise of the year, saying inflation remained too high." },
	{ "Earthquake of magnitude 6.4 strikes southern Turkey",
	  "A magnitude 6.4 earthquake struck southern Turkey on Monday evening, damaging buildings in Hatay province and killing at least three people.",
	  "Three dead as strong quake hits Hatay",
	  "At least three people were killed when a strong earthquake of magnitude 6.4 hit Hatay province in southern Turkey on Monday." },
	{ "Apple unveils thinner iPad Pro with M4 chip",
	  "Apple on Tuesday unveiled a thinner iPad Pro powered by its new M4 chip, with an OLED screen and a starting price of $999.",
	  "iPad Pro gets M4 processor and OLED display",
	  "The new iPad Pro, announced by Apple on Tuesday, runs on the M4 chip and has an OLED display; prices start at $999." },
	{ "Striking rail workers accept new pay offer",
	  "Rail workers voted to accept a pay offer of 9% over two years, ending a strike that had halted trains across the country since March.",
	  "Rail strike ends after union members back deal",
	  "A months-long rail strike that halted trains across the country since March is over after union members voted to accept a 9% pay offer spread over two years." },
	{ "Wildfire forces 20,000 to flee near Athens",
	  "About 20,000 people were ordered to evacuate as a wildfire fanned by strong winds spread towards the northern suburbs of Athens on Sunday.",
	  "Athens suburbs evacuated as wind drives wildfire",
	  "Strong winds drove a wildfire towards the northern suburbs of Athens on Sunday, and authorities ordered some 20,000 residents to evacuate." },
	{ "Manchester United sack manager after poor run",
	  "Manchester United have sacked their manager after a run of six defeats in eight games left the club tenth in the Premier League.",
	  "United part ways with boss following six defeats",
	  "The Premier League club Manchester United dismissed its manager on Monday after six defeats in eight games left them tenth." },
	{ "NASA delays Artemis moon mission to next year",
	  "NASA has postponed its Artemis crewed moon mission to next September because of problems with the Orion capsule's heat shield.",
	  "Heat shield problems push back crewed Artemis flight",
	  "Problems with the heat shield of the Orion capsule have forced NASA to delay the crewed Artemis mission around the moon until next September." },
	{ "Government announces ban on disposable vapes",
	  "The government announced on Monday that disposable vapes will be banned from next year in an effort to curb vaping among children.",
	  "Disposable vapes to be banned to protect children",
	  "Disposable vapes will be banned from next year, the government said on Monday, as it moves to stop children from taking up vaping." },
	/* Written after the threshold was set, to check it. */
	{ "Storm Ciaran leaves 1.2 million homes without power in France",
	  "Storm Ciaran battered north-western France overnight with winds of up to 200 km/h, cutting power to 1.2 million homes.",
	  "Hurricane-force winds hit Brittany as Ciaran sweeps in",
	  "Winds reaching 200 km/h swept across Brittany and Normandy as Storm Ciaran made landfall, leaving about 1.2 million households without electricity." },
	{ "Toyota recalls 1 million cars over airbag sensor fault",
	  "Toyota is recalling about one million vehicles in the United States because a faulty sensor may stop the airbags from deploying in a crash.",
	  "Airbag fault prompts huge Toyota recall",
	  "Around one million Toyota vehicles are being recalled in the US after the carmaker found a sensor defect that could prevent airbags deploying." },
	{ "Prime minister survives no-confidence vote",
	  "The prime minister survived a no-confidence vote in parliament on Thursday by 312 votes to 287, after coalition partners stayed loyal.",
	  "Coalition holds firm as PM wins confidence motion",
	  "Coalition partners stayed loyal on Thursday and the prime minister won the confidence vote in parliament, by 312 votes to 287." },
};

/* Different events that share a topic. */
static const struct pair different[] = {
	{ "Central bank raises interest rates to 5.25%",
	  "The central bank raised its main interest rate by a quarter point to 5.25% on Wednesday, its fourth increase this year, citing stubborn inflation.",
	  "Inflation falls to 3.1% as fuel prices drop",
	  "Consumer price inflation fell to 3.1% in October from 4.0% in September, the statistics office said, helped by lower fuel prices." },
	{ "Earthquake of magnitude 6.4 strikes southern Turkey",
	  "A magnitude 6.4 earthquake struck southern Turkey on Monday evening, damaging buildings in Hatay province and killing at least three people.",
	  "Japan lifts tsunami warning after offshore quake",
	  "Japan lifted a tsunami warning for its northeastern coast on Friday after a magnitude 7.0 earthquake struck offshore, causing no major damage." },
	{ "Apple unveils thinner iPad Pro with M4 chip",
	  "Apple on Tuesday unveiled a thinner iPad Pro powered by its new M4 chip, with an OLED screen and a starting price of $999.",
	  "Apple fined by EU over music streaming rules",
	  "The European Commission fined Apple 1.8 billion euros on Monday for preventing music streaming apps from telling users about cheaper offers." },
	{ "Striking rail workers accept new pay offer",
	  "Rail workers voted to accept a pay offer of 9% over two years, ending a strike that had halted trains across the country since March.",
	  "Nurses announce fresh strike dates over pay",
	  "Nurses will strike for two days next month after rejecting the latest pay offer, their union said on Thursday." },
	{ "Wildfire forces 20,000 to flee near Athens",
	  "About 20,000 people were ordered to evacuate as a wildfire fanned by strong winds spread towards the northern suburbs of Athens on Sunday.",
	  "Canada wildfire smoke blankets New York",
	  "Smoke from hundreds of wildfires burning in Canada turned the sky over New York orange on Wednesday and prompted health warnings." },
	{ "Manchester United sack manager after poor run",
	  "Manchester United have sacked their manager after a run of six defeats in eight games left the club tenth in the Premier League.",
	  "Manchester United beat Liverpool in cup thriller",
	  "Manchester United beat Liverpool 4-3 after extra time in a thrilling FA Cup quarter-final at Old Trafford on Sunday." },
	{ "NASA delays Artemis moon mission to next year",
	  "NASA has postponed its Artemis crewed moon mission to next September because of problems with the Orion capsule's heat shield.",
	  "Private lander touches down on the moon",
	  "A lander built by a private company touched down near the moon's south pole on Thursday, the first commercial spacecraft to do so." },
	{ "Government announces ban on disposable vapes",
	  "The government announced on Monday that disposable vapes will be banned from next year in an effort to curb vaping among children.",
	  "Government announces new tax on sugary drinks",
	  "The government announced on Monday a new tax on sugary drinks from next year in an effort to cut obesity among children." },
	/* Written after the threshold was set, to check it. */
	{ "Storm Ciaran leaves 1.2 million homes without power in France",
	  "Storm Ciaran battered north-western France overnight with winds of up to 200 km/h, cutting power to 1.2 million homes.",
	  "Heatwave warning issued for southern France",
	  "Forecasters issued a heatwave warning for twelve departments in southern France, with temperatures expected to pass 40C this weekend." },
	{ "Toyota recalls 1 million cars over airbag sensor fault",
	  "Toyota is recalling about one million vehicles in the United States because a faulty sensor may stop the airbags from deploying in a crash.",
	  "Toyota reports record profit on strong hybrid sales",
	  "Toyota reported a record quarterly profit on Wednesday as sales of its hybrid vehicles in the United States and Europe kept growing." },
	{ "Prime minister survives no-confidence vote",
	  "The prime minister survived a no-confidence vote in parliament on Thursday by 312 votes to 287, after coalition partners stayed loyal.",
	  "Parliament votes to lower voting age to 16",
	  "Parliament voted on Thursday to lower the voting age to 16 for national elections, by 330 votes to 270." },
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static double min_same = 1, max_different = 0;

static void check_pair(const struct pair *p, int want_dup)
{
	struct dedup *d = dedup_new();
	long got;

	dedup_add(d, p->title1, p->text1, "en", "One");
	got = dedup_add(d, p->title2, p->text2, "en", "Two");
	printf("# %.3f  %s / %s\n", dedup_similarity(d, 0, 1), p->title1,
	       p->title2);
	if (want_dup) {
		if (dedup_similarity(d, 0, 1) < min_same)
			min_same = dedup_similarity(d, 0, 1);
		is_int(got, 0, "same story: '%s' ~ '%s'", p->title1, p->title2);
	} else {
		if (dedup_similarity(d, 0, 1) > max_different)
			max_different = dedup_similarity(d, 0, 1);
		is_int(got, -1, "different: '%s' vs '%s'", p->title1, p->title2);
	}
	dedup_free(d);
}

/* Several sources, some stories repeated: groups and "also" lists. */
static void check_groups(void)
{
	struct dedup *d = dedup_new();
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	is_int(dedup_add(d, same[0].title1, same[0].text1, "en", "Wire"), -1,
	       "first story is new");
	is_int(dedup_add(d, same[1].title1, same[1].text1, "en", "Wire"), -1,
	       "an unrelated story is new");
	is_int(dedup_add(d, same[0].title2, same[0].text2, "en", "Daily"), 0,
	       "a rewording from another source matches the first");
	is_int(dedup_add(d, same[0].title1, same[0].text1, "en", "Herald"), 0,
	       "an exact copy from a third source matches the first");
	is_int(dedup_add(d, same[0].title1, same[0].text1, "en", "Daily"), 0,
	       "a second copy from the same source still matches");
	is_int(dedup_add(d, same[1].title2, same[1].text2, "en", "Daily"), 1,
	       "the other story matches its own rewording");
	is_int(dedup_add(d, "Ship 3 arrives late in fog at the harbour",
			 "Ship number 3 arrived late at the harbour on Tuesday because of fog.",
			 "en", "Port"), -1, "a templated story is new");
	is_int(dedup_add(d, "Ship 4 arrives late in fog at the harbour",
			 "Ship number 4 arrived late at the harbour on Tuesday because of fog.",
			 "en", "Port"), -1, "and so is its twin from the same source");
	is_int(dedup_add(d, same[0].title2, same[0].text2, "en", "Wire"), -1,
	       "a source's own rewording is not merged with its story");
	is_int(dedup_count(d), 9, "nine stories added");
	is_int(dedup_n_also(d, 0), 2, "story 0 also reported by two sources");
	ok(dedup_similarity(d, 6, 7) > 0.44, "the twins are similar (%.2f)",
	   dedup_similarity(d, 6, 7));
	is_str(dedup_also(d, 0, 0), "Daily", "first other source");
	is_str(dedup_also(d, 0, 1), "Herald", "second other source");
	ok(dedup_also(d, 0, 2) == NULL, "no third");
	is_int(dedup_also_text(d, 0, &sb), 2, "two sources named");
	is_str(sb.buf, "Also reported by Daily and Herald.", "the sentence for two");
	crier_strbuf_reset(&sb);
	is_int(dedup_also_text(d, 1, &sb), 1, "one source named");
	is_str(sb.buf, "Also reported by Daily.", "the sentence for one");
	crier_strbuf_reset(&sb);
	is_int(dedup_also_text(d, 2, &sb), 0, "a duplicate has no list");
	is_str(sb.buf, "", "and no sentence");
	dedup_free(d);
	crier_strbuf_release(&sb);
}

static void check_three_and_story(void)
{
	struct dedup *d = dedup_new();
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	struct source_result r;
	struct story *st;

	dedup_add(d, same[2].title1, same[2].text1, NULL, "A");
	dedup_add(d, same[2].title2, same[2].text2, NULL, "B");
	dedup_add(d, same[2].title1, same[2].text1, NULL, "C");
	dedup_add(d, same[2].title2, same[2].text2, NULL, "D");
	dedup_also_text(d, 0, &sb);
	is_str(sb.buf, "Also reported by B, C and D.", "the sentence for three");

	source_result_init(&r);
	st = source_result_add(&r, crier_article_new());
	crier_article_sets(st->article, CRIER_FIELD_TITLE, same[3].title1);
	crier_article_sets(st->article, CRIER_FIELD_BODY, same[2].text2);
	crier_summary_add(&st->summary, same[3].text1, strlen(same[3].text1));
	is_int(dedup_add_story(d, st, "E"), -1, "its summary is used when it has one");
	ok(st->article != NULL, "a new story keeps its article");
	st = source_result_add(&r, crier_article_new());
	crier_article_sets(st->article, CRIER_FIELD_TITLE, same[2].title2);
	crier_article_sets(st->article, CRIER_FIELD_BODY, same[2].text2);
	crier_article_sets(st->article, CRIER_FIELD_LINK, "https://e.example/ipad");
	is_int(dedup_add_story(d, st, "E"), 0, "a story struct with a body matches");
	ok(st->article == NULL, "a duplicate's article is taken over");
	is_int(dedup_n_copies(d, 0), 1, "and kept with the first story");
	{
		const char *src = NULL;
		const struct crier_article *a = dedup_copy(d, 0, 0, &src);

		is_str(a ? crier_article_get(a, CRIER_FIELD_LINK) : NULL,
		       "https://e.example/ipad", "the copy is that article");
		is_str(src, "E", "with its source");
		ok(dedup_copy(d, 0, 1, NULL) == NULL, "there is only one copy");
	}
	is_int(dedup_n_copies(d, 1), 0, "plain dedup_add() keeps no article");
	is_int(dedup_add(d, "", "", "", "F"), -1, "an empty story is new");
	is_int(dedup_add(d, "", NULL, NULL, "G"), -1, "and matches no empty story");
	source_result_release(&r);
	dedup_free(d);
	crier_strbuf_release(&sb);
}

static void check_french(void)
{
	struct dedup *d = dedup_new();

	dedup_add(d, "La Banque centrale relève ses taux à 4,5 %",
		  "La Banque centrale européenne a relevé jeudi ses taux directeurs de 0,25 point, à 4,5 %, pour lutter contre l'inflation.",
		  "fr", "Un");
	is_int(dedup_add(d, "Nouvelle hausse des taux de la BCE",
			 "Pour lutter contre l'inflation, la Banque centrale européenne a relevé jeudi ses taux directeurs à 4,5 %.",
			 "fr", "Deux"), 0, "French rewording matches");
	is_int(dedup_add(d, "Le prix du pain augmente encore",
			 "Le prix de la baguette a augmenté de 5 % en un an, selon une étude publiée mardi.",
			 "fr", "Trois"), -1, "a different French story does not");
	dedup_free(d);
}

/*
 * Among many stories that share a topic's common words (each then listed
 * under more stories than dedup.c's candidate search reads), a new story
 * is new and its retelling is still found through its rarer words.
 */
static void check_common_words(void)
{
	struct dedup *d = dedup_new();
	char title[160], text[300];

	for (int i = 0; i < 60; i++) {
		snprintf(title, sizeof(title),
			 "Government minister backs council budget plan number %d", i);
		snprintf(text, sizeof(text), "The government minister said the "
			 "council budget plan would cut taxes in district %d.", i);
		dedup_add(d, title, text, "en", i % 2 ? "Wire" : "Daily");
	}
	is_int((int)dedup_add(d, "Minister Zarkova resigns over Halvik dam contract",
			  "Government minister Irena Zarkova resigned on Friday over "
			  "the Halvik dam contract, the council said.", "en", "Wire"),
		-1, "a new story among 60 on one topic is new");
	is_int((int)dedup_add(d, "Halvik dam contract: minister Zarkova resigns",
			  "Irena Zarkova, the government minister, resigned over the "
			  "contract for the Halvik dam, council officials said.",
			  "en", "Herald"),
		60, "its retelling is found through its rarer words");
	dedup_free(d);
}

int main(void)
{
	for (size_t i = 0; i < N(same); i++)
		check_pair(&same[i], 1);
	for (size_t i = 0; i < N(different); i++)
		check_pair(&different[i], 0);
	printf("# lowest same %.3f, highest different %.3f\n", min_same,
	       max_different);
	check_groups();
	check_three_and_story();
	check_french();
	check_common_words();
	return done_testing();
}
