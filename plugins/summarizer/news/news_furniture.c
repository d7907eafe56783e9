/*
 * news_furniture.c - telling page furniture from news sentences.
 *
 * Scraped articles carry captions, photo credits, bylines, share buttons
 * and "Read more" links along with the story.  These rules look at the
 * shape of a sentence (punctuation, length, capitals, links) and at a few
 * words of web and picture vocabulary in the languages crier speaks.
 */
#include <string.h>
#include <strings.h>

#include "news.h"

/* Sentences longer than this are never taken for short furniture. */
#define SHORT_WORDS 15
/* Text without sentence punctuation up to this long is a caption. */
#define CAPTION_WORDS 12
/* A call to action this short needs no pointer word ("Share this"). */
#define ACTION_WORDS 5

/* A word of a list, with its length in bytes. */
struct word {
	const char *text;	/* NULL ends a list */
	size_t len;
};

#define W(s) { s, sizeof(s) - 1 }

/* Imperatives that start calls to action ("Click here", "Read more"). */
static const struct word action_words[] = {
	W("click"), W("tap"), W("share"), W("subscribe"), W("follow"),
	W("sign"), W("read"), W("watch"), W("listen"), W("download"), W("like"),
	W("comment"), W("join"), W("register"), W("log"), W("see"), W("visit"),
	W("continue"), W("scroll"), W("cliquez"), W("partagez"), W("abonnez"),
	W("lire"), W("suivez"), W("voir"), W("klicken"), W("klicke"),
	W("teilen"), W("abonnieren"), W("lesen"), W("folgen"), W("haga"),
	W("haz"), W("comparte"), W("lee"), W("sigue"), W("leer"), W("ver"),
	W("clicca"), W("condividi"), W("iscriviti"), W("leggi"), W("segui"),
	W("clique"), W("compartilhe"), W("assine"), W("leia"), W("siga"),
	W("veja"), W("klik"), W("deel"), W("abonneer"), W("lees"), W("volg"),
	W("bekijk"), { NULL, 0 }
};

/*
 * Words a call to action points with, right after its verb: "Click here",
 * "Read more", "Sign up for our newsletter".
 */
static const struct word pointer_words[] = {
	W("here"), W("us"), W("our"), W("more"), W("below"), W("now"),
	W("this"), W("link"), W("ici"), W("nous"), W("plus"), W("hier"),
	W("uns"), W("mehr"), W("aquí"), W("más"), W("qui"), W("altro"),
	W("aqui"), W("mais"), W("meer"), W("ons"), W("up"), W("down"),
	W("newsletter"), W("also"), W("aussi"), W("auch"), W("también"),
	W("anche"), W("também"), W("ook"), { NULL, 0 }
};

/* Words that only web furniture uses, anywhere in a short sentence. */
static const struct word web_words[] = {
	W("click"), W("cookies"), W("javascript"), W("advertisement"),
	W("sponsored"), { NULL, 0 }
};

/* Words of pictures and their credits. */
static const struct word media_words[] = {
	W("photo"), W("photos"), W("photograph"), W("image"), W("images"),
	W("picture"), W("pictures"), W("pictured"), W("video"), W("caption"),
	W("credit"), W("copyright"), W("getty"), W("afp"), W("ap"),
	W("reuters"), W("shutterstock"), W("pa"), W("epa"), W("foto"),
	W("fotos"), W("bild"), W("imagen"), W("immagine"), W("imagem"),
	W("afbeelding"), { NULL, 0 }
};

/* Words that introduce a byline ("By Jane Smith"). */
static const struct word by_words[] = {
	W("by"), W("par"), W("von"), W("por"), W("di"), W("door"), { NULL, 0 }
};

/* What a pass over the sentence's words found. */
struct shape {
	size_t words;		/* up to SHORT_WORDS + 1 */
	size_t capitalized;	/* words that start with a capital */
	int action;		/* first word is a call to action */
	int pointer;		/* a pointer_words word 2nd to 4th */
	int by;			/* first word introduces a byline */
	int web;		/* a web_words word */
	int media;		/* a media_words word */
	size_t numbers;		/* words that start with a digit */
	int clock;		/* a time of day such as "14:11" */
};

static int in_list(const struct word *list, const char *word, size_t len)
{
	for (; list->text; list++)
		if (list->len == len && !strncasecmp(list->text, word, len))
			return 1;
	return 0;
}

/* Reads the words of text, stopping after SHORT_WORDS + 1 of them. */
static void read_shape(const char *text, size_t len, struct shape *sh)
{
	struct crier_span w;
	size_t pos = 0;

	memset(sh, 0, sizeof(*sh));
	while (sh->words <= SHORT_WORDS &&
	       crier_next_word(text, len, &pos, &w)) {
		const char *word = text + w.start;

		if (!sh->words) {
			sh->action = in_list(action_words, word, w.len);
			sh->by = in_list(by_words, word, w.len);
		}
		sh->words++;
		sh->capitalized += *word >= 'A' && *word <= 'Z';
		if (sh->words >= 2 && sh->words <= 4)
			sh->pointer |= in_list(pointer_words, word, w.len);
		sh->web |= in_list(web_words, word, w.len);
		sh->media |= in_list(media_words, word, w.len);
		sh->numbers += *word >= '0' && *word <= '9';
		sh->clock |= w.start + w.len + 2 < len &&
			     text[w.start + w.len] == ':' &&
			     *word >= '0' && *word <= '9' &&
			     text[w.start + w.len + 1] >= '0' &&
			     text[w.start + w.len + 1] <= '9';
	}
}

/* The length of a closing quote or bracket, or space, ending text; or 0. */
static size_t closer_at_end(const char *text, size_t len)
{
	/* U+201D, U+2019 and U+00BB: ” ’ » */
	static const char *const closers[] = {
		"\xe2\x80\x9d", "\xe2\x80\x99", "\xc2\xbb", NULL
	};

	if (len && text[len - 1] && strchr("\"')] \t\r\n", text[len - 1]))
		return 1;
	for (const char *const *c = closers; *c; c++) {
		size_t n = strlen(*c);

		if (len >= n && !memcmp(text + len - n, *c, n))
			return n;
	}
	return 0;
}

/* Does the sentence end with . ! ? or an ellipsis (before quotes)? */
static int ends_like_sentence(const char *text, size_t len)
{
	size_t n;

	while ((n = closer_at_end(text, len)))
		len -= n;
	if (!len)
		return 0;
	if (strchr(".!?", text[len - 1]))
		return 1;
	/* U+2026 HORIZONTAL ELLIPSIS is E2 80 A6 */
	return len >= 3 && !memcmp(text + len - 3, "\xe2\x80\xa6", 3);
}

static int has_link(const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (!strchr("hHwW@", text[i]) || !text[i])
			continue;
		if (len - i >= 7 && !strncasecmp(text + i, "http://", 7))
			return 1;
		if (len - i >= 8 && !strncasecmp(text + i, "https://", 8))
			return 1;
		if (len - i >= 4 && !strncasecmp(text + i, "www.", 4))
			return 1;
		/* an e-mail address or a @handle */
		if (text[i] == '@' && i + 1 < len &&
		    ((text[i + 1] | 32) >= 'a' && (text[i + 1] | 32) <= 'z'))
			return 1;
	}
	return 0;
}

static int has_any(const char *text, size_t len, const char *chars)
{
	for (size_t i = 0; i < len; i++)
		if (text[i] && strchr(chars, text[i]))
			return 1;
	return 0;
}

int news_is_furniture(const char *text, size_t len)
{
	struct shape sh;

	if (has_link(text, len))
		return 1;
	read_shape(text, len, &sh);
	if (sh.words < 3)
		return 1;
	if (!ends_like_sentence(text, len) && sh.words <= CAPTION_WORDS)
		return 1;
	if (sh.words > SHORT_WORDS)
		return 0;
	/* "14:11 EST, 25 October 2013.", "Last updated at 10:38 on 2 May." */
	if ((sh.clock && sh.words <= 10) ||
	    (sh.numbers * 2 >= sh.words && sh.words <= 8))
		return 1;
	/* a name on its own: "Daily Mail Reporter.", "Associated Press." */
	if (sh.words < 5 && sh.capitalized == sh.words)
		return 1;
	/* "Share this", "Click here to read more." */
	if (sh.web || (sh.action && (sh.pointer || sh.words <= ACTION_WORDS)))
		return 1;
	/* "Photo: AP", "(Picture by J. Smith/Getty Images)" */
	if (sh.media && (has_any(text, len, ":|/") || *text == '(' ||
			 (len >= 2 && !memcmp(text, "\xc2\xa9", 2))))
		return 1;
	/* "By Jane Smith, Political Reporter." */
	return sh.by && sh.words <= 10 && sh.capitalized * 3 >= sh.words * 2;
}

static int is_capital(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Words that make "X said: ..." a report, not a caption's label. */
static const struct word speech_words[] = {
	W("said"), W("says"), W("added"), W("told"), W("wrote"), W("explained"),
	W("replied"), W("tweeted"), W("warned"), W("declared"), { NULL, 0 }
};

int news_is_caption(const char *text, size_t len)
{
	struct crier_span w;
	size_t pos = 0, words = 0, next;

	while (crier_next_word(text, len, &pos, &w)) {
		if (++words > 3 || (words == 1 && !is_capital(text[w.start])) ||
		    in_list(speech_words, text + w.start, w.len))
			return 0;
		if (pos < len && text[pos] == ':')
			break;
	}
	next = pos + 1;
	while (next < len && text[next] == ' ')
		next++;
	return pos < len && text[pos] == ':' && next > pos + 1 &&
	       next < len && (is_capital(text[next]) ||
			      (text[next] >= '0' && text[next] <= '9'));
}

int news_is_quote(const char *text, size_t len)
{
	/* " ' ( and U+201C, U+2018, U+00AB, U+201E: “ ‘ « „ */
	static const char *const openers[] = {
		"\"", "'", "\xe2\x80\x9c", "\xe2\x80\x98", "\xc2\xab",
		"\xe2\x80\x9e", NULL
	};

	for (const char *const *o = openers; *o; o++)
		if (len > strlen(*o) && !memcmp(text, *o, strlen(*o)))
			return 1;
	return 0;
}

/* The end of a dateline dash at text[i] (" - ", " -- ", " — "), or 0. */
static size_t dash_end(const char *text, size_t len, size_t i)
{
	static const char *const dashes[] = {
		" -- ", " - ", " \xe2\x80\x94 ", " \xe2\x80\x93 ", NULL
	};

	if (i >= len || text[i] != ' ')	/* every dash starts so */
		return 0;
	for (const char *const *d = dashes; *d; d++) {
		size_t n = strlen(*d);

		if (i + n <= len && !memcmp(text + i, *d, n))
			return i + n;
	}
	return 0;
}

/* Is the word all capitals, at least two of them ("LONDON", "CNN")? */
static int shouts(const char *word, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (word[i] >= 'a' && word[i] <= 'z')
			return 0;
	return len > 1;
}

/*
 * A dateline prefix is at most 6 capitalized words, one of them in
 * capitals: a place ("LONDON") or an agency ("(CNN)").
 */
static int is_dateline(const char *text, size_t len)
{
	struct crier_span w;
	size_t pos = 0, words = 0;
	int shouting = 0;

	while (crier_next_word(text, len, &pos, &w)) {
		const char *word = text + w.start;

		if (++words > 6 || !is_capital(*word))
			return 0;
		shouting |= shouts(word, w.len);
	}
	return shouting;
}

/*
 * The end of an agency's name in brackets closing a dateline, with the
 * space or dash after it ("Washington (CNN) ", "(AP) -- "), or 0.
 */
static size_t agency_end(const char *text, size_t len, size_t limit)
{
	const char *open = memchr(text, '(', limit);
	const char *close;
	size_t end;

	if (!open || !(close = memchr(open, ')', limit - (size_t)(open - text))))
		return 0;
	end = (size_t)(close - text) + 1;
	if (!is_dateline(text, end) || end >= len || text[end] != ' ')
		return 0;
	if (dash_end(text, len, end))
		return dash_end(text, len, end);
	return end + 1;
}

void news_cut_dateline(const char *text, struct crier_span *span)
{
	size_t limit = span->len < 80 ? span->len : 80;
	size_t end = agency_end(text, span->len, limit);

	for (size_t i = 1; i < limit && !end; i++) {
		end = dash_end(text, span->len, i);
		if (end && !is_dateline(text, i))
			return;
	}
	if (end && end < span->len) {
		span->start += end;
		span->len -= end;
	}
}
