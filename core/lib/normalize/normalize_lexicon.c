/*
 * normalize_lexicon.c - the user pronunciation lexicon: words or POSIX
 * extended regexes, each with what to say instead, per language.
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <crier/normalize.h>
#include <crier/plugin.h>
#include "normalize_int.h"
#include "base/xalloc.h"

struct lexicon_entry {
	char *lang;		/* primary subtag, or NULL for all */
	char *pattern;		/* the word, or the regex's source */
	char *say;		/* the replacement */
	int is_regex;
	regex_t re;		/* compiled when is_regex */
};

struct crier_lexicon {
	struct lexicon_entry *v;
	size_t n, alloc;
};

struct crier_lexicon *crier_lexicon_new(void)
{
	return xcalloc(1, sizeof(struct crier_lexicon));
}

void crier_lexicon_free(struct crier_lexicon *lex)
{
	size_t i;

	if (!lex)
		return;
	for (i = 0; i < lex->n; i++) {
		free(lex->v[i].lang);
		free(lex->v[i].pattern);
		free(lex->v[i].say);
		if (lex->v[i].is_regex)
			regfree(&lex->v[i].re);
	}
	free(lex->v);
	free(lex);
}

size_t crier_lexicon_count(const struct crier_lexicon *lex)
{
	return lex ? lex->n : 0;
}

int crier_lexicon_add(struct crier_lexicon *lex, const char *lang,
		      const char *pattern, int is_regex,
		      const char *replacement)
{
	struct lexicon_entry e;
	char msg[160];
	int rc;

	if (!pattern || !*pattern)
		return crier_error("lexicon: empty %s", is_regex ? "regex" :
				   "word");
	memset(&e, 0, sizeof(e));
	if (is_regex) {
		rc = regcomp(&e.re, pattern, REG_EXTENDED);
		if (rc != 0) {
			regerror(rc, &e.re, msg, sizeof(msg));
			return crier_error("lexicon: bad regex \"%s\": %s",
					   pattern, msg);
		}
	}
	e.lang = lang && *lang ? xstrndup(lang, strcspn(lang, "-_")) : NULL;
	e.pattern = xstrdup(pattern);
	e.say = xstrdup(replacement ? replacement : "");
	e.is_regex = is_regex != 0;
	lex->v = xgrow(lex->v, &lex->alloc, lex->n + 1, sizeof(*lex->v));
	lex->v[lex->n++] = e;
	return 0;
}

/* 1 when an entry for elang applies to text in lang. */
static int lang_matches(const char *elang, const char *lang)
{
	size_t l;

	if (!elang)
		return 1;
	if (!lang || !*lang)
		lang = "en";
	l = strcspn(lang, "-_");
	return strlen(elang) == l && strncasecmp(elang, lang, l) == 0;
}

static int word_edge(const char *s, size_t len, size_t pos)
{
	unsigned char c;

	if (pos >= len)
		return 1;
	c = (unsigned char)s[pos];
	return !(norm_is_alnum(c) || c >= 0x80);
}

/* Replaces whole-word occurrences of e->pattern in s into out. */
static void apply_word(const struct lexicon_entry *e, const char *s,
		       size_t len, struct crier_strbuf *out)
{
	size_t pl = strlen(e->pattern), i = 0;

	while (i < len) {
		if (i + pl <= len && memcmp(s + i, e->pattern, pl) == 0 &&
		    (i == 0 || word_edge(s, len, i - 1)) &&
		    word_edge(s, len, i + pl)) {
			crier_strbuf_adds(out, e->say);
			i += pl;
		} else {
			crier_strbuf_addch(out, s[i++]);
		}
	}
}

/* Appends e->say with "\0".."\9" replaced by the match's groups. */
static void add_replacement(const struct lexicon_entry *e, const char *s,
			    const regmatch_t *m, struct crier_strbuf *out)
{
	const char *r;
	int g;

	for (r = e->say; *r; r++) {
		if (r[0] == '\\' && r[1] >= '0' && r[1] <= '9') {
			g = r[1] - '0';
			if (m[g].rm_so >= 0)
				crier_strbuf_add(out, s + m[g].rm_so,
						 (size_t)(m[g].rm_eo -
							  m[g].rm_so));
			r++;
		} else {
			crier_strbuf_addch(out, *r);
		}
	}
}

/* Replaces every match of e->re in s (NUL-terminated) into out. */
static void apply_regex(const struct lexicon_entry *e, const char *s,
			struct crier_strbuf *out)
{
	regmatch_t m[10];
	const char *p = s;
	int flags = 0;

	while (*p && regexec(&e->re, p, 10, m, flags) == 0) {
		crier_strbuf_add(out, p, (size_t)m[0].rm_so);
		add_replacement(e, p, m, out);
		if (m[0].rm_eo == m[0].rm_so) {	/* empty match: step */
			if (!p[m[0].rm_eo]) {
				p += m[0].rm_eo;
				break;
			}
			crier_strbuf_addch(out, p[m[0].rm_eo]);
			p += m[0].rm_eo + 1;
		} else {
			p += m[0].rm_eo;
		}
		flags = REG_NOTBOL;
	}
	crier_strbuf_adds(out, p);
}

void crier_lexicon_apply(const struct crier_lexicon *lex, const char *lang,
			 const char *text, size_t len,
			 struct crier_strbuf *out)
{
	struct crier_strbuf cur = CRIER_STRBUF_INIT, next = CRIER_STRBUF_INIT;
	struct crier_strbuf tmp;
	size_t i;

	crier_strbuf_add(&cur, text, len);
	for (i = 0; lex && i < lex->n; i++) {
		if (!lang_matches(lex->v[i].lang, lang))
			continue;
		crier_strbuf_reset(&next);
		if (lex->v[i].is_regex)
			apply_regex(&lex->v[i], cur.buf, &next);
		else
			apply_word(&lex->v[i], cur.buf, cur.len, &next);
		tmp = cur;
		cur = next;
		next = tmp;
	}
	crier_strbuf_add(out, cur.buf, cur.len);
	crier_strbuf_release(&cur);
	crier_strbuf_release(&next);
}
