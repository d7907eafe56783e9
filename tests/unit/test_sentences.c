/* test_sentences.c - sentence splitting around abbreviations and quotes. */
#include <stdlib.h>
#include <crier/text.h>
#include "../tap.h"

/* The sentences of text joined with " | ". */
static char *split(const char *text, const char *lang)
{
	struct crier_spans spans = CRIER_SPANS_INIT;
	struct crier_strbuf out = CRIER_STRBUF_INIT;

	crier_split_sentences(text, strlen(text), lang, &spans);
	for (size_t i = 0; i < spans.n; i++) {
		if (i)
			crier_strbuf_adds(&out, " | ");
		crier_strbuf_add(&out, text + spans.v[i].start, spans.v[i].len);
	}
	crier_spans_release(&spans);
	return crier_strbuf_detach(&out);
}

static void check(const char *text, const char *lang, const char *want,
		  const char *name)
{
	char *got = split(text, lang);

	is_str(got, want, "%s", name);
	free(got);
}

int main(void)
{
	check("It rained. Then it snowed! Did it? Yes.", NULL,
	      "It rained. | Then it snowed! | Did it? | Yes.", "basic stops");
	check("Mr. Smith met Dr. Jones on Jan. 5 at St. Mary's.", NULL,
	      "Mr. Smith met Dr. Jones on Jan. 5 at St. Mary's.", "titles and months");
	check("The U.S. Army said so. Others did not.", NULL,
	      "The U.S. Army said so. | Others did not.", "dotted acronym");
	check("J. R. R. Tolkien wrote it. It sold.", NULL,
	      "J. R. R. Tolkien wrote it. | It sold.", "initials");
	check("Prices rose 3.5 per cent. Sales fell.", NULL,
	      "Prices rose 3.5 per cent. | Sales fell.", "decimals");
	check("\"We won.\" She smiled.", NULL,
	      "\"We won.\" | She smiled.", "closing quote after the stop");
	check("He said \xe2\x80\x9cno.\xe2\x80\x9d Then left.", NULL,
	      "He said \xe2\x80\x9cno.\xe2\x80\x9d | Then left.", "curly quotes");
	check("Wait... what happened?", NULL, "Wait... what happened?",
	      "an ellipsis before lower case does not split");
	check("First paragraph\n\nSecond one.", NULL,
	      "First paragraph | Second one.", "a blank line ends a sentence");
	check("A line without a stop\nStarts again here.", NULL,
	      "A line without a stop | Starts again here.",
	      "a line break before a capital ends a sentence");
	check("a hard-wrapped line\ncontinues here.", NULL,
	      "a hard-wrapped line\ncontinues here.",
	      "a line break before lower case does not");
	/* Run-ons of text copied from pages (40 words or more). */
	check("The lighthouse keeper on the island of Morrow said the lamp had "
	      "failed twice during the storm that swept the coast last "
	      "Thursday Still standing: The tower was built in 1870 and has "
	      "survived six great storms since then The council will meet on "
	      "Monday to decide whether to repair it.", NULL,
	      "The lighthouse keeper on the island of Morrow said the lamp had "
	      "failed twice during the storm that swept the coast last "
	      "Thursday | Still standing: The tower was built in 1870 and has "
	      "survived six great storms since then | The council will meet "
	      "on Monday to decide whether to repair it.",
	      "a caption and a paragraph run into a sentence are split off");
	check("A farmer in the valley found a rare orchid growing beside his "
	      "barn in the spring and called the county botanist who came "
	      "the same afternoon Scroll down for video However, the botanist "
	      "said the plant may have been planted there.", "en",
	      "A farmer in the valley found a rare orchid growing beside his "
	      "barn in the spring and called the county botanist who came "
	      "the same afternoon | Scroll down for video | However, the "
	      "botanist said the plant may have been planted there.",
	      "\"Scroll down\" and a connective start new sentences");
	check("Pictured: The old mill before the fire The mill was built in "
	      "1820.", NULL,
	      "Pictured: The old mill before the fire | The mill was built in "
	      "1820.", "a sentence that starts with a caption's label");
	check("The band played The Wall at the festival on the hill.", NULL,
	      "The band played The Wall at the festival on the hill.",
	      "a short sentence is never split at a capital");
	check("The committee heard from the mayor, the chief of police, two "
	      "teachers and the owner of the bakery on Mill Street before it "
	      "voted to keep the market open on Sundays for the rest of the "
	      "year, as the traders had asked in their letter to The Times "
	      "in June.", NULL,
	      "The committee heard from the mayor, the chief of police, two "
	      "teachers and the owner of the bakery on Mill Street before it "
	      "voted to keep the market open on Sundays for the rest of the "
	      "year, as the traders had asked in their letter to The Times "
	      "in June.", "a long sentence: a title after \"to\" is kept");
	check("Die Polizei sagte am Montag, dass der Mann aus der Stadt in "
	      "einem roten Auto gesehen worden sei und dass er nach Norden "
	      "gefahren sei, wo die Strasse nach dem Sturm am Wochenende "
	      "gesperrt war und die Feuerwehr noch immer arbeitete In der "
	      "Stadt blieb es ruhig.", "de",
	      "Die Polizei sagte am Montag, dass der Mann aus der Stadt in "
	      "einem roten Auto gesehen worden sei und dass er nach Norden "
	      "gefahren sei, wo die Strasse nach dem Sturm am Wochenende "
	      "gesperrt war und die Feuerwehr noch immer arbeitete In der "
	      "Stadt blieb es ruhig.",
	      "English openers are not looked for in German");
	check("M. Dupont est venu. Il est parti.", "fr",
	      "M. Dupont est venu. | Il est parti.", "French abbreviations");
	check("Das ist z.B. gut. Ja.", "de", "Das ist z.B. gut. | Ja.",
	      "German dotted abbreviation");
	check("He lives at No. 10 Downing Street. Ask him.", NULL,
	      "He lives at No. 10 Downing Street. | Ask him.", "No. before a number");
	check("", NULL, "", "empty text has no sentences");
	check("   \n\n  ", NULL, "", "white space has no sentences");
	return done_testing();
}
