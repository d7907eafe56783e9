/*
 * news_openers.c - sentences that do not stand alone: those that open
 * with a word pointing back at an earlier sentence.
 *
 * A pronoun or demonstrative ("He", "They", "This", "His") needs its
 * referent, and a connective ("However,", "But", "Meanwhile") needs the
 * sentence it answers.  Only the first word is read: "He said" points
 * back, "Police said he" does not.
 */
#include <string.h>
#include <strings.h>

#include "news.h"

/* First words that point back, lower-case. */
static const char *const openers[] = {
	/* English */
	"he", "she", "it", "they", "them", "his", "her", "its", "their",
	"this", "these", "those", "that", "such", "however", "but",
	"and", "also", "meanwhile", "moreover", "furthermore", "still", "yet",
	"so", "then", "instead", "nevertheless", "nonetheless", "besides",
	"otherwise", "thus", "hence", "therefore", "likewise", "similarly",
	"additionally", "later", "afterwards", "both", "another", "others",
	/* French */
	"il", "elle", "ils", "elles", "mais", "cependant", "pourtant",
	"ensuite", "puis", "ainsi", "toutefois", "ce", "cette", "ces",
	/* German */
	"er", "sie", "es", "aber", "jedoch", "dennoch", "dieser", "diese",
	"dieses", "auch", "doch",
	/* Spanish */
	"él", "ella", "ellos", "ellas", "pero", "además",
	"este", "esta", "estos", "estas",
	NULL
};

/* Does word (len bytes) equal an entry, ignoring ASCII case? */
static int is_opener(const char *word, size_t len)
{
	for (const char *const *o = openers; *o; o++)
		if (strlen(*o) == len && !strncasecmp(*o, word, len))
			return 1;
	return 0;
}

int news_opens_dangling(const char *text, size_t len)
{
	struct crier_span w;
	size_t pos = 0;

	if (!crier_next_word(text, len, &pos, &w))
		return 0;
	/* "it's", "they're": the word before the apostrophe */
	for (size_t i = 0; i < w.len; i++)
		if (text[w.start + i] == '\'') {
			w.len = i;
			break;
		}
	return is_opener(text + w.start, w.len);
}
