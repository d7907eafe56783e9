/*
 * normalize.c - the normalizer's driver: picks the language's rule table,
 * applies the user lexicon, walks the text token by token trying rules,
 * and tidies the pauses the rules leave.  See normalize_int.h.
 */
#include <string.h>
#include <strings.h>
#include <stdint.h>

#include <crier/normalize.h>
#include "normalize_int.h"
#include "text/utf8.h"

/* Languages with only the universal rules: their words for them. */
static const struct norm_lang lang_de = {
	"de", "und", "Punkt", "at", "Schrägstrich", "Strich", "Unterstrich",
	"Hashtag", "plus", NULL
};
static const struct norm_lang lang_fr = {
	"fr", "et", "point", "arobase", "slash", "tiret", "tiret bas",
	"hashtag", "plus", NULL
};
static const struct norm_lang lang_es = {
	"es", "y", "punto", "arroba", "barra", "guion", "guion bajo",
	"hashtag", "más", NULL
};
static const struct norm_lang lang_it = {
	"it", "e", "punto", "chiocciola", "barra", "trattino",
	"trattino basso", "hashtag", "più", NULL
};
static const struct norm_lang lang_nl = {
	"nl", "en", "punt", "apenstaartje", "slash", "streepje", "underscore",
	"hashtag", "plus", NULL
};
static const struct norm_lang lang_pt = {
	"pt", "e", "ponto", "arroba", "barra", "hífen", "underline",
	"hashtag", "mais", NULL
};
/* Any other language: pauses only; espeak-ng reads the rest itself. */
static const struct norm_lang lang_other = {
	"", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
};

static const struct norm_lang *const langs[] = {
	&norm_lang_en, &lang_de, &lang_fr, &lang_es, &lang_it, &lang_nl,
	&lang_pt, NULL
};

/* The table for lang's primary subtag; English for NULL or "". */
static const struct norm_lang *find_lang(const char *lang)
{
	size_t l;
	int i;

	if (!lang || !*lang)
		return &norm_lang_en;
	l = strcspn(lang, "-_");
	for (i = 0; langs[i]; i++)
		if (strlen(langs[i]->tag) == l &&
		    strncasecmp(langs[i]->tag, lang, l) == 0)
			return langs[i];
	return &lang_other;
}

/* 1 when the locale of lang writes the month first ("1/15/2020"): the
 * United States and its neighbours in that habit, and English with no
 * region given. */
static int month_first(const char *lang)
{
	static const char *const regions[] = { "US", "PH", "FM", "MH", "PW",
					       NULL };
	size_t l;
	int i;

	if (!lang || !*lang)
		return 1;
	l = strcspn(lang, "-_");
	if (!lang[l])
		return strncasecmp(lang, "en", 2) == 0 && l == 2;
	lang += l + 1;
	for (i = 0; regions[i]; i++)
		if (strncasecmp(lang, regions[i], 2) == 0 &&
		    strcspn(lang, "-_.") == 2)
			return 1;
	return 0;
}

int crier_normalize_knows(const char *lang)
{
	return find_lang(lang)->rules != NULL;
}

static size_t try_universal(struct norm *n, size_t pos,
			    size_t (*const *rules)(struct norm *, size_t))
{
	size_t end;

	for (; *rules; rules++) {
		end = (*rules)(n, pos);
		if (end > pos)
			return end;
	}
	return pos;
}

static size_t (*const first_rules[])(struct norm *, size_t) = {
	norm_rule_address, norm_rule_email, NULL
};
static size_t (*const last_rules[])(struct norm *, size_t) = {
	norm_rule_hashtag, norm_rule_ampersand, norm_rule_pause, NULL
};

/* Tries every rule at pos; returns where the matching one stopped. */
static size_t try_rules(struct norm *n, size_t pos)
{
	const struct norm_rule *r;
	size_t end;

	end = try_universal(n, pos, first_rules);
	if (end > pos)
		return end;
	for (r = n->lang->rules; r && r->apply; r++) {
		end = r->apply(n, pos);
		if (end > pos)
			return end;
	}
	return try_universal(n, pos, last_rules);
}

/* Copies the word (or the single other character) at pos. */
static size_t copy_token(struct norm *n, size_t pos)
{
	size_t end = pos, l;
	uint32_t cp;

	while ((l = norm_alnum_at(n, end)) > 0)
		end += l;
	if (end == pos) {
		l = utf8_decode(n->s + pos, n->len - pos, &cp);
		end = pos + (l ? l : 1);
	}
	norm_copy(n, pos, end);
	return end;
}

static void run_rules(struct norm *n)
{
	size_t pos = 0, end;
	struct crier_strbuf *out = n->out;

	while (pos < n->len) {
		end = try_rules(n, pos);
		if (end == pos) {
			pos = copy_token(n, pos);
			continue;
		}
		/* keep a reading apart from a word that follows it */
		if (!norm_boundary(n, end) && out->len > 0 &&
		    out->buf[out->len - 1] != ' ')
			crier_strbuf_addch(out, ' ');
		pos = end;
	}
}

int crier_normalize(const char *text, size_t len, const char *lang,
		    const struct crier_lexicon *lex, struct crier_strbuf *out)
{
	struct crier_strbuf in = CRIER_STRBUF_INIT, said = CRIER_STRBUF_INIT;
	struct norm n;

	crier_lexicon_apply(lex, lang, text, len, &in);
	n.s = in.buf;
	n.len = in.len;
	n.out = &said;
	n.lang = find_lang(lang);
	n.month_first = month_first(lang);
	run_rules(&n);
	norm_tidy(said.buf, said.len, out);
	crier_strbuf_release(&in);
	crier_strbuf_release(&said);
	return 0;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Drops white space and commas at the end of out. */
static void trim_pause(struct crier_strbuf *out)
{
	size_t l = out->len;

	while (l > 0 && (is_space(out->buf[l - 1]) || out->buf[l - 1] == ','))
		l--;
	crier_strbuf_setlen(out, l);
}

/* 1 when c closes a clause: a stop or a comma followed by a space. */
static int closes(char c, char next)
{
	return strchr(".,!?;:", c) && (next == '\0' || is_space(next) ||
					strchr("\"')", next));
}

/*
 * A state machine over the characters: c is the next one, after it comes
 * next.  *space says white space is pending; it is written before the
 * next character unless that closes a clause.  Commas (pauses) are
 * dropped at the start, after another pause and before a stop.
 */
static void tidy_char(struct crier_strbuf *out, char c, char next,
		      int *space)
{
	char last = out->len ? out->buf[out->len - 1] : '\0';

	if (is_space(c)) {
		*space = 1;
		return;
	}
	if (c == ',' && (last == '\0' || strchr(",.!?;:", last)) &&
	    closes(c, next))
		return;
	if (closes(c, next) && c != ',' && last == ',')
		trim_pause(out);
	else if (*space && out->len > 0 && !closes(c, next))
		crier_strbuf_addch(out, ' ');
	else if (c == ',' && closes(c, next))
		trim_pause(out);
	crier_strbuf_addch(out, c);
	*space = 0;
}

void norm_tidy(const char *text, size_t len, struct crier_strbuf *out)
{
	struct crier_strbuf t = CRIER_STRBUF_INIT;
	size_t i;
	int space = 0;

	for (i = 0; i < len; i++)
		tidy_char(&t, text[i], i + 1 < len ? text[i + 1] : '\0',
			  &space);
	while (t.len > 0 && t.buf[t.len - 1] == ',')
		crier_strbuf_setlen(&t, t.len - 1);
	crier_strbuf_add(out, t.buf, t.len);
	crier_strbuf_release(&t);
}
