/*
 * sentences.c - sentence splitting that knows abbreviations, initials,
 * acronyms, decimals and quotes.
 *
 * A sentence ends after a run of [.!?…] (and any closing quotes or
 * brackets) that is followed by white space and then by a capital, a digit
 * or an opening quote; a '.' does not end one when it ends an abbreviation
 * of the text's language, an initial ("J.") or a dotted acronym ("U.S.").
 * Blank lines always end a sentence; a single line break ends one when the
 * line ends like a sentence or the next line starts like one.
 *
 * Text copied from web pages runs captions, "Scroll down for video" and
 * paragraphs into one another without a stop ("...last Saturday Skilful:
 * The kite weighs 200 kilograms However, Chinese authorities...").  A
 * "sentence" of RUN_ON_WORDS words or more, or one that starts with a
 * caption's label, is split again where such a join shows: before a caption's label (one to three words, the first a
 * capital, then a colon and a capital), before "Scroll down", and, in
 * English, before a capitalized sentence opener ("The", "However", "He")
 * that follows a word ending in a small letter or digit.
 */
#include <string.h>
#include <strings.h>

#include <crier/text.h>
#include "utf8.h"

/* Lower-case, without the final '.'; sorted only for the reader. */
static const char *const abbrev_common[] = {
	"adm", "approx", "apr", "assn", "aug", "ave", "blvd", "bros", "ca",
	"capt", "cf", "cmdr", "co", "col", "corp", "cpl", "cpt", "dec", "dept",
	"det", "dr", "eg", "est", "etc", "feb", "fig", "fr", "fri", "ft",
	"gen", "gov", "hon", "ie", "inc", "insp", "jan", "jr", "jul", "jun",
	"lt", "ltd", "maj", "mar", "messrs", "mon", "mr", "mrs", "ms", "mt",
	"mx", "nov", "oct", "plc", "pp", "prof", "pte", "rd",
	"rep", "rev", "sat", "sen", "sep", "sept", "sgt", "sr", "st", "sun",
	"supt", "thu", "thur", "thurs", "tue", "tues", "univ", "vs",
	"wed", "llc", "inst", "sq", "km", "mph", NULL
};

/* Abbreviations that only stand before a number: "No. 10", "vol. 3". */
static const char *const abbrev_numeric[] = {
	"no", "nos", "vol", "fig", "pp", "p", "art", "nr", "núm", NULL
};

static const char *const abbrev_fr[] = {
	"m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "av", "bd",
	"env", "p", "cf", "etc", "st", "ste", "janv", "févr", "avr", "juil",
	"sept", "oct", "nov", "déc", NULL
};

static const char *const abbrev_de[] = {
	"bzw", "ca", "dr", "evtl", "ggf", "hr", "hrn", "inkl", "jh", "nr",
	"prof", "str", "usw", "vgl", "z", "bsp", "dipl", "ing", "mio", "mrd",
	"abs", "okt", "dez", "sept", NULL
};

static const char *const abbrev_es[] = {
	"sr", "sra", "srta", "sres", "dr", "dra", "d", "dña", "ud", "uds",
	"av", "avda", "etc", "pág", "núm", "aprox", "ene", "abr", "ago", "dic",
	"lic", "ing", NULL
};

static const char *const abbrev_it[] = {
	"sig", "sigg", "sig.ra", "dott", "dottssa", "prof", "avv", "ing",
	"on", "sen", "geom", "rag", "ecc", "pag", "gen", "dic", "ago", NULL
};

static const char *const abbrev_pt[] = {
	"sr", "sra", "srs", "dr", "dra", "av", "prof", "profa", "eng", "pág",
	"núm", "etc", "ex", "exmo", "jan", "fev", "abr", "mai", "ago", "set",
	"out", "dez", NULL
};

static const char *const abbrev_nl[] = {
	"dhr", "mevr", "mw", "bijv", "blz", "ca", "enz", "jl", "nl", "nr",
	"prof", "dr", "mr", "ir", "drs", "ing", "mrt", "okt", "mei", NULL
};

static const char *const *abbrev_for(const char *lang)
{
	static const struct {
		const char *lang;
		const char *const *list;
	} table[] = {
		{ "fr", abbrev_fr }, { "de", abbrev_de }, { "es", abbrev_es },
		{ "it", abbrev_it }, { "pt", abbrev_pt }, { "nl", abbrev_nl },
	};

	if (!lang)
		return NULL;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (!strncasecmp(lang, table[i].lang, 2) &&
		    (!lang[2] || lang[2] == '-' || lang[2] == '_'))
			return table[i].list;
	return NULL;
}

static int in_list(const char *const *list, const char *word)
{
	for (; list && *list; list++)
		if (!strcmp(*list, word))
			return 1;
	return 0;
}

static int is_opening(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == '(' || cp == '[' ||
	       cp == 0x201c || cp == 0x2018 || cp == 0xab || cp == 0xbf ||
	       cp == 0xa1 || cp == 0x201e;
}

static int is_closing(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
	       cp == 0x201d || cp == 0x2019 || cp == 0xbb;
}

static int is_terminal(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static uint32_t cp_at(const char *text, size_t len, size_t i, size_t *n)
{
	uint32_t cp;

	*n = utf8_decode(text + i, len - i, &cp);
	if (!*n)
		*n = 1;
	return cp;
}

/*
 * True if the '.' at text[dot] ends an abbreviation, an initial or a dotted
 * acronym, so that it does not end the sentence.
 */
static int ends_abbreviation(const char *text, size_t dot, const char *lang,
			     int before_digit)
{
	char word[32];
	size_t start = dot, n = 0, letters = 0, dots = 0;

	while (start > 0 && !strchr(" \t\r\n\"'([", text[start - 1]))
		start--;
	/* Skip opening curly quotes (3 bytes, E2 80 9C / 98). */
	while (dot - start >= 3 && (unsigned char)text[start] == 0xe2)
		start += 3;
	if (dot == start || dot - start >= sizeof(word))
		return 0;
	for (size_t i = start; i < dot; i++) {
		char c = text[i];

		if (c == '.') {
			dots++;
			continue;
		}
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if ((unsigned char)c >= 0x80 || (c >= 'a' && c <= 'z'))
			letters++;
		word[n++] = c;
	}
	word[n] = '\0';
	if (n == 1 && text[start] >= 'A' && text[start] <= 'Z')
		return 1;		/* an initial: "J." */
	if (dots && letters == n && dots + 1 >= n)
		return 1;		/* a dotted acronym: "U.S.", "a.m." */
	if (before_digit && in_list(abbrev_numeric, word))
		return 1;
	return in_list(abbrev_common, word) || in_list(abbrev_for(lang), word);
}

/* Does the text at i (after white space) start like a new sentence? */
static int starts_sentence(const char *text, size_t len, size_t i)
{
	size_t n;
	uint32_t cp;

	if (i >= len)
		return 1;
	cp = cp_at(text, len, i, &n);
	if (is_opening(cp) || (cp >= '0' && cp <= '9') || utf8_is_upper(cp))
		return 1;
	/* "- item" and "• item" bullets */
	return cp == '-' || cp == 0x2022 || cp == 0x2014;
}

/* Index after the white space at i; sets *lines to the newlines crossed. */
static size_t skip_space(const char *text, size_t len, size_t i, int *lines)
{
	size_t n;

	*lines = 0;
	while (i < len && utf8_is_space(cp_at(text, len, i, &n))) {
		if (text[i] == '\n')
			(*lines)++;
		i += n;
	}
	return i;
}

static void push_trimmed(const char *text, size_t start, size_t end,
			 struct crier_spans *out)
{
	size_t n;

	while (start < end && utf8_is_space(cp_at(text, end, start, &n)))
		start += n;
	while (end > start && strchr(" \t\r\n", text[end - 1]))
		end--;
	if (end > start)
		crier_spans_push(out, start, end - start);
}

/*
 * The end of a run of terminal punctuation starting at i, with closing
 * quotes and brackets; *last_dot says whether the run is a single '.'.
 */
static size_t punct_run(const char *text, size_t len, size_t i, int *single_dot)
{
	size_t n, start = i, count = 0;
	uint32_t cp = 0;

	while (i < len && is_terminal(cp = cp_at(text, len, i, &n))) {
		i += n;
		count++;
	}
	*single_dot = count == 1 && text[start] == '.';
	while (i < len && is_closing(cp_at(text, len, i, &n)))
		i += n;
	return i;
}

/* Sentences this long are searched for joins without a stop. */
#define RUN_ON_WORDS 40

/* Words that open a sentence and are seldom capitalized inside one. */
static const char *const openers_en[] = {
	"The", "However", "But", "He", "She", "They", "It", "We", "His",
	"Her", "Their", "This", "These", "Those", "In", "On", "At", "After",
	"Meanwhile", "A", "An", "When", "While", "Now", "Last", "Earlier",
	"Officials", "Police", NULL
};

/* Words that never end a sentence: a title may follow ("to The Times"). */
static const char *const joiners_en[] = {
	"to", "of", "in", "into", "from", "for", "by", "at", "on", "with",
	"and", "or", "the", "a", "an", "as", "about", "than", "like", NULL
};

static int is_english(const char *lang)
{
	return !lang || !*lang || !strncasecmp(lang, "en", 2);
}

static int is_ascii_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Does the word end in a small letter or a digit (no stop after it)? */
static int ends_open(const char *text, const struct crier_span *w)
{
	char c = text[w->start + w->len - 1];

	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static int word_is(const char *text, const struct crier_span *w,
		   const char *s)
{
	return strlen(s) == w->len && !memcmp(text + w->start, s, w->len);
}

/*
 * Does a caption's label start at word w: at most three words, the first
 * a capital and the others not, the last followed by ": " and a capital
 * or digit ("Skilful: The", "Still standing: The")?
 */
static int label_at(const char *text, size_t end, struct crier_span w)
{
	size_t pos = w.start;

	if (!is_ascii_upper(text[w.start]))
		return 0;
	for (int words = 0; words < 3; words++) {
		size_t after;

		if (!crier_next_word(text, end, &pos, &w) ||
		    (words && is_ascii_upper(text[w.start])))
			return 0;
		after = w.start + w.len;
		if (after + 2 < end && text[after] == ':' &&
		    text[after + 1] == ' ' &&
		    (is_ascii_upper(text[after + 2]) ||
		     (text[after + 2] >= '0' && text[after + 2] <= '9')))
			return 1;
		if (after >= end || text[after] != ' ')
			return 0;
	}
	return 0;
}

/* Is there a join without a stop between words prev and w? */
static int join_at(const char *text, size_t end, const char *lang,
		   const struct crier_span *prev, const struct crier_span *w)
{
	struct crier_span next;
	size_t pos = w->start + w->len;

	if (w->start != prev->start + prev->len + 1 ||
	    text[w->start - 1] != ' ' || !ends_open(text, prev))
		return 0;
	if (label_at(text, end, *w))
		return 1;
	if (word_is(text, w, "Scroll"))
		return crier_next_word(text, end, &pos, &next) &&
		       word_is(text, &next, "down");
	if (!is_english(lang) || (pos < end && text[pos] != ' ' &&
				  text[pos] != ','))
		return 0;
	for (const char *const *j = joiners_en; *j; j++)
		if (word_is(text, prev, *j))
			return 0;
	for (const char *const *o = openers_en; *o; o++)
		if (word_is(text, w, *o))
			return 1;
	return 0;
}

/* Has text[start, end) fewer than n words?  Counts no further than n. */
static int fewer_words(const char *text, size_t start, size_t end, size_t n)
{
	struct crier_span w;
	size_t pos = start, count = 0;

	while (count < n && crier_next_word(text, end, &pos, &w))
		count++;
	return count < n;
}

/* Pushes text[start, end), split again where a run-on has joins. */
static void push_sentence(const char *text, size_t start, size_t end,
			  const char *lang, struct crier_spans *out)
{
	struct crier_span w, prev = { 0, 0 };
	size_t pos = start, piece = start;

	if (fewer_words(text, start, end, RUN_ON_WORDS) &&
	    !(crier_next_word(text, end, &pos, &w) && label_at(text, end, w))) {
		push_trimmed(text, start, end, out);
		return;
	}
	pos = start;
	while (crier_next_word(text, end, &pos, &w)) {
		if (prev.len && join_at(text, end, lang, &prev, &w)) {
			push_trimmed(text, piece, w.start, out);
			piece = w.start;
		}
		prev = w;
	}
	push_trimmed(text, piece, end, out);
}

void crier_split_sentences(const char *text, size_t len, const char *lang,
			   struct crier_spans *out)
{
	size_t start = 0, i = 0, n;
	int lines;

	while (i < len) {
		uint32_t cp = cp_at(text, len, i, &n);
		size_t end, next;
		int single_dot;

		if (cp == '\n') {
			next = skip_space(text, len, i, &lines);
			if (lines > 1 || starts_sentence(text, len, next)) {
				push_sentence(text, start, i, lang, out);
				start = next;
			}
			i = next;
			continue;
		}
		if (!is_terminal(cp)) {
			i += n;
			continue;
		}
		end = punct_run(text, len, i, &single_dot);
		next = skip_space(text, len, end, &lines);
		if ((next > end || end == len) &&
		    (lines || starts_sentence(text, len, next)) &&
		    !(single_dot && !lines &&
		      ends_abbreviation(text, i, lang,
					next < len && text[next] >= '0' &&
					text[next] <= '9'))) {
			push_sentence(text, start, end, lang, out);
			start = next;
		}
		i = next > end ? next : end;
	}
	push_sentence(text, start, len, lang, out);
}
