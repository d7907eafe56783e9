/*
 * language.c - language detection with libexttextcat.
 *
 * libexttextcat ranks its models by how far the text's n-gram profile is
 * from each and returns every model within 3% of the best.  Short texts
 * get confident but wrong answers ("Il governo ha annunciato" comes out
 * English), so we only answer for texts with enough letters, and only
 * when the best model is clearly ahead of the next one of another
 * language.  News is mostly written in a few dozen widely used languages,
 * so those get a small head start over close minor varieties (English
 * text often scores nearer to the Scots model than to the English one).
 * The models load once (about 30 ms) and are kept.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <textcat.h>

#include <crier/language.h>
#include <crier/plugin.h>
#include <crier/strbuf.h>

/* Fewer letters than this and the models guess. */
#define MIN_LETTERS 40
/* Only this much of a long text is classified. */
#define MAX_BYTES 4096
/* The runner-up must score this many thousandths worse than the best. */
#define MARGIN_PERMILLE 8
/* Widely used languages' distances shrink by this many thousandths. */
#define PRIOR_PERMILLE 10

/* The languages with the most news on the web (primary subtags). */
static const char *const widely_used[] = {
	"en", "es", "fr", "de", "it", "pt", "nl", "ru", "zh", "ja", "ar",
	"pl", "sv", "tr", "ko", "hi", "da", "nb", "fi", "cs", "el", "hu",
	"ro", "uk", "he", "id", "vi", "th", "fa", NULL
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static void *handle;
static candidate_t *candidates;

/* Where libexttextcat's fpdb.conf and models may be, in order. */
static const char *const data_dirs[] = {
	"/usr/share/libexttextcat",
	"/usr/local/share/libexttextcat",
	NULL
};

static void *open_models(const char *dir)
{
	struct crier_strbuf conf = CRIER_STRBUF_INIT;
	struct crier_strbuf prefix = CRIER_STRBUF_INIT;
	void *h = NULL;

	crier_strbuf_addf(&conf, "%s/fpdb.conf", dir);
	crier_strbuf_addf(&prefix, "%s/", dir);
	h = special_textcat_Init(conf.buf, prefix.buf);
	crier_strbuf_release(&conf);
	crier_strbuf_release(&prefix);
	return h;
}

static void load_models(void)
{
	const char *dir = getenv("CRIER_TEXTCAT_DIR");

	if (dir && *dir) {
		handle = open_models(dir);
	} else {
		for (size_t i = 0; data_dirs[i] && !handle; i++)
			handle = open_models(data_dirs[i]);
	}
	if (handle)
		candidates = textcat_GetClassifyFullOutput(handle);
}

/* Letters in text[0..len): ASCII letters and UTF-8 sequences. */
static size_t count_letters(const char *text, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];

		if (isalpha(c) || c >= 0xc0)
			n++;
	}
	return n;
}

/* At most MAX_BYTES of text, cut before a UTF-8 continuation byte. */
static size_t clip(const char *text, size_t len)
{
	if (len <= MAX_BYTES)
		return len;
	len = MAX_BYTES;
	while (len > 0 && ((unsigned char)text[len] & 0xc0) == 0x80)
		len--;
	return len;
}

/* Length of the language part of a category name ("pt" in "pt--utf8"). */
static size_t primary_len(const char *name)
{
	return strcspn(name, "-_");
}

static int same_primary(const char *a, const char *b)
{
	size_t n = primary_len(a);

	return n == primary_len(b) && strncmp(a, b, n) == 0;
}

/* A candidate's distance, less the head start of a widely used language. */
static long weighted(const candidate_t *c)
{
	size_t n = primary_len(c->name);

	for (size_t i = 0; widely_used[i]; i++)
		if (strlen(widely_used[i]) == n &&
		    strncmp(widely_used[i], c->name, n) == 0)
			return (long)c->score * (1000 - PRIOR_PERMILLE) / 1000;
	return c->score;
}

/*
 * The index of the candidate that clearly wins among the n that
 * libexttextcat returned, or -1.  Candidates of the winner's own language
 * do not compete with it.
 */
static int winner(const candidate_t *c, int n)
{
	int w = 0;

	if (n <= 0)
		return -1;
	for (int i = 1; i < n; i++)
		if (weighted(&c[i]) < weighted(&c[w]))
			w = i;
	for (int i = 0; i < n; i++) {
		long best = weighted(&c[w]), next = weighted(&c[i]);

		if (i == w || same_primary(c[w].name, c[i].name))
			continue;
		if ((next - best) * 1000 < best * MARGIN_PERMILLE)
			return -1;
	}
	return w;
}

/* Classifies text under the lock; copies the winner's name into name. */
static int classify(const char *text, size_t len, char *name, size_t size)
{
	int n, w, ret = -1;

	pthread_mutex_lock(&lock);
	n = textcat_ClassifyFull(handle, text, len, candidates);
	w = winner(candidates, n);
	if (w >= 0 && strlen(candidates[w].name) < size) {
		strcpy(name, candidates[w].name);
		ret = 0;
	}
	pthread_mutex_unlock(&lock);
	if (ret)
		crier_error("cannot tell the language: %s",
			    n > 1 ? "several languages score alike" :
			    "it matches no known language");
	return ret;
}

int crier_detect_language(const char *text, size_t len, char *out,
			  size_t outlen)
{
	char name[64];

	if (outlen)
		out[0] = '\0';
	pthread_once(&once, load_models);
	if (!handle || !candidates)
		return crier_error("cannot tell the language: libexttextcat's "
				   "models are missing (set CRIER_TEXTCAT_DIR)");
	len = clip(text, len);
	if (count_letters(text, len) < MIN_LETTERS)
		return crier_error("cannot tell the language: "
				   "the text is too short");
	if (classify(text, len, name, sizeof(name)))
		return -1;
	return crier_language_from_textcat(name, out, outlen);
}

int crier_article_detect_language(struct crier_article *a)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	const char *body = crier_article_get(a, CRIER_FIELD_BODY);
	char lang[16];
	int ret;

	if (*crier_article_get(a, CRIER_FIELD_LANGUAGE))
		return 0;
	if (!*body)
		body = crier_article_get(a, CRIER_FIELD_SUMMARY);
	crier_strbuf_adds(&text, crier_article_get(a, CRIER_FIELD_TITLE));
	crier_strbuf_addch(&text, '\n');
	crier_strbuf_add(&text, body, strnlen(body, MAX_BYTES));
	ret = crier_detect_language(text.buf, text.len, lang, sizeof(lang));
	if (!ret)
		crier_article_sets(a, CRIER_FIELD_LANGUAGE, lang);
	crier_strbuf_release(&text);
	return ret;
}

/* ---- category names to BCP 47 ---- */

/* The names of the models of the original TextCat. */
static const struct {
	const char *name, *tag;
} old_names[] = {
	{ "english", "en" }, { "french", "fr" }, { "german", "de" },
	{ "spanish", "es" }, { "italian", "it" }, { "portuguese", "pt" },
	{ "dutch", "nl" }, { "danish", "da" }, { "swedish", "sv" },
	{ "norwegian", "no" }, { "finnish", "fi" }, { "icelandic", "is" },
	{ "polish", "pl" }, { "czech", "cs" }, { "slovak", "sk" },
	{ "slovenian", "sl" }, { "croatian", "hr" }, { "serbian", "sr" },
	{ "hungarian", "hu" }, { "romanian", "ro" }, { "russian", "ru" },
	{ "ukrainian", "uk" }, { "bulgarian", "bg" }, { "greek", "el" },
	{ "turkish", "tr" }, { "arabic", "ar" }, { "hebrew", "he" },
	{ "catalan", "ca" }, { "basque", "eu" }, { "welsh", "cy" },
	{ "irish", "ga" }, { "latin", "la" }, { "estonian", "et" },
	{ "latvian", "lv" }, { "lithuanian", "lt" }, { "albanian", "sq" },
	{ "afrikaans", "af" }, { "indonesian", "id" }, { "malay", "ms" },
	{ "swahili", "sw" }, { "esperanto", "eo" }, { "japanese", "ja" },
	{ "korean", "ko" }, { "chinese", "zh" }, { "hindi", "hi" },
	{ "thai", "th" }, { "vietnamese", "vi" }, { "persian", "fa" },
};

/* Script names some models spell out. */
static const struct {
	const char *name, *tag;
} script_names[] = {
	{ "cyrillic", "Cyrl" }, { "latin", "Latn" }, { "arabic", "Arab" },
};

/* 1 when field[0..n) is an encoding ("utf8", "iso8859_1", "cp1251"). */
static int is_encoding(const char *field, size_t n)
{
	int letter = 0, digit = 0;

	for (size_t i = 0; i < n; i++) {
		letter |= isalpha((unsigned char)field[i]) != 0;
		digit |= isdigit((unsigned char)field[i]) != 0;
	}
	return letter && digit;
}

/* The code of an old model's name, or NULL. */
static const char *old_name(const char *field, size_t n)
{
	for (size_t i = 0; i < sizeof(old_names) / sizeof(*old_names); i++)
		if (strlen(old_names[i].name) == n &&
		    strncasecmp(old_names[i].name, field, n) == 0)
			return old_names[i].tag;
	return NULL;
}

/* Appends the language subtag field[0..n); -1 when it is not one. */
static int add_language(struct crier_strbuf *tag, const char *field, size_t n)
{
	const char *code = n > 3 ? old_name(field, n) : NULL;

	if (code) {
		crier_strbuf_adds(tag, code);
		return 0;
	}
	if (n < 2 || n > 3)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (!isalpha((unsigned char)field[i]))
			return -1;
		crier_strbuf_addch(tag, (char)tolower((unsigned char)field[i]));
	}
	return 0;
}

/* Appends "-" and a later subtag, in BCP 47's case conventions. */
static void add_subtag(struct crier_strbuf *tag, const char *field, size_t n)
{
	for (size_t i = 0; i < sizeof(script_names) / sizeof(*script_names); i++)
		if (strlen(script_names[i].name) == n &&
		    strncasecmp(script_names[i].name, field, n) == 0) {
			crier_strbuf_addf(tag, "-%s", script_names[i].tag);
			return;
		}
	crier_strbuf_addch(tag, '-');
	for (size_t i = 0; i < n; i++) {
		int c = (unsigned char)field[i];

		if (n == 2)
			c = toupper(c);
		else if (n == 4)
			c = i == 0 ? toupper(c) : tolower(c);
		crier_strbuf_addch(tag, (char)c);
	}
}

/* Builds the tag from name's '-'-separated fields, skipping empty ones. */
static int build_tag(const char *name, struct crier_strbuf *tag)
{
	const char *p = name;
	size_t n;

	n = strcspn(p, "-");
	if (add_language(tag, p, n))
		return -1;
	for (p += n; *p; p += n) {
		p += strspn(p, "-");
		n = strcspn(p, "-");
		if (n == 0)
			break;
		if (p[n] == '\0' && is_encoding(p, n))
			break;
		add_subtag(tag, p, n);
	}
	return 0;
}

int crier_language_from_textcat(const char *name, char *out, size_t outlen)
{
	struct crier_strbuf tag = CRIER_STRBUF_INIT;
	int ret = -1;

	if (outlen)
		out[0] = '\0';
	if (!name || !*name || !strcmp(name, TEXTCAT_RESULT_UNKNOWN_STR) ||
	    !strcmp(name, TEXTCAT_RESULT_SHORT_STR))
		goto out;
	if (build_tag(name, &tag) || tag.len >= outlen)
		goto out;
	memcpy(out, tag.buf, tag.len + 1);
	ret = 0;
out:
	crier_strbuf_release(&tag);
	return ret ? crier_error("'%s' is not a language libexttextcat knows",
				 name ? name : "") : 0;
}
