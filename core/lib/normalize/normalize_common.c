/*
 * normalize_common.c - the rules every language shares: web and e-mail
 * addresses, hashtags, "&", and dashes and brackets read as pauses.  The
 * words they say come from the language's table.
 */
#include <string.h>

#include "normalize_int.h"

/* Top-level domains that mark a bare "name.tld" as a web address. */
static const char *const tlds[] = {
	"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io",
	"co", "uk", "us", "ca", "au", "de", "fr", "es", "it", "nl", "eu",
	"ie", "nz", "in", "jp", "cn", "ru", "br", "ch", "se", "no", "dk",
	"fi", "be", "at", "pl", "pt", "news", "tv", "me", "ly", "app", "dev",
	"ai", "gg", "za", "sg", "hk", "kr", "mx", "ar", "online", "tech",
	NULL
};

static int label_byte(int c)
{
	return norm_is_alnum(c) || c == '-';
}

static size_t label_end(const struct norm *n, size_t p)
{
	while (p < n->len && label_byte(n->s[p]))
		p++;
	return p;
}

/* 1 when the label s[a..b) is all capitals. */
static int caps_label(const struct norm *n, size_t a, size_t b)
{
	for (; a < b; a++)
		if (n->s[a] < 'A' || n->s[a] > 'Z')
			return 0;
	return 1;
}

/*
 * A domain at pos: labels joined by dots, at least two, the last a known
 * TLD in lower case (or one of three letters or more in capitals:
 * "FIFA.COM") unless any_tld.  Returns its end or pos.
 */
static size_t domain_end(const struct norm *n, size_t pos, int any_tld)
{
	size_t p = pos, e, last = pos;
	int labels = 0;

	for (;;) {
		e = label_end(n, p);
		if (e == p)
			break;
		labels++;
		last = p;
		p = e;
		if (p + 1 >= n->len || n->s[p] != '.' ||
		    !label_byte(n->s[p + 1]))
			break;
		p++;
	}
	if (labels < 2 || !norm_boundary(n, p))
		return pos;
	if (any_tld)
		return p;
	if (norm_letters(n, last) != p || !norm_word_in(n, last, p - last,
							 tlds))
		return pos;
	if ((n->s[last] < 'a' || n->s[last] > 'z') &&
	    !(p - last >= 3 && caps_label(n, last, p) &&
	      label_end(n, pos) - pos >= 2))	/* "U.S.NET" is no site */
		return pos;
	return p;
}

/* The language's word for the separator c in an address, or NULL. */
static const char *separator_word(const struct norm_lang *l, char c)
{
	switch (c) {
	case '.': return l->dot_word;
	case '-': return l->dash_word;
	case '_': return l->underscore_word;
	case '/': return l->slash_word;
	case '@': return l->at_word;
	case '+': return l->plus_word;
	default: return NULL;
	}
}

/* 1 when s[p] is a digit of a run of two or more before b. */
static int digit_run(const struct norm *n, size_t p, size_t b)
{
	return norm_is_digit(n->s[p]) &&
	       ((p + 1 < b && norm_is_digit(n->s[p + 1])) ||
		(p > 0 && norm_is_digit(n->s[p - 1])));
}

/*
 * Says s[a..b), reading '.', '-', '_', '/', '@' and '+' with the
 * language's words, and a run of digits one digit at a time ("abc123":
 * abc 1 2 3), the way addresses are read out.
 */
static void say_address(struct norm *n, size_t a, size_t b)
{
	const char *w;
	size_t p;

	for (p = a; p < b; p++) {
		w = separator_word(n->lang, n->s[p]);
		if (w) {
			crier_strbuf_addch(n->out, ' ');
			crier_strbuf_adds(n->out, w);
			crier_strbuf_addch(n->out, ' ');
			continue;
		}
		if (digit_run(n, p, b) && p > a && norm_is_alpha(n->s[p - 1]))
			crier_strbuf_addch(n->out, ' ');
		crier_strbuf_addch(n->out, n->s[p]);
		if (digit_run(n, p, b) && p + 1 < b &&
		    norm_is_digit(n->s[p + 1]))
			crier_strbuf_addch(n->out, ' ');
	}
}

/* Country-code domains said as words, not spelled ("bbc.co.uk"). */
static const char *const said_tlds[] = { "co", "me", NULL };

/*
 * Says the domain s[a..b) like say_address(), but a last label of two
 * letters, a country code, is spelled in capitals ("msn.it": msn dot I T,
 * which espeak-ng would read as the word "it").
 */
static void say_domain(struct norm *n, size_t a, size_t b)
{
	size_t dot = b;

	while (dot > a && n->s[dot - 1] != '.')
		dot--;
	if (dot == a || b - dot != 2 || norm_letters(n, dot) != b ||
	    norm_word_in(n, dot, 2, said_tlds)) {
		say_address(n, a, b);
		return;
	}
	say_address(n, a, dot);
	for (; dot < b; dot++) {
		crier_strbuf_addch(n->out, (char)(n->s[dot] & ~0x20));
		crier_strbuf_addch(n->out, ' ');
	}
}

/* The end of a URL path at p ('/'...), without closing punctuation. */
static size_t path_end(const struct norm *n, size_t p)
{
	while (p < n->len && n->s[p] != ' ' && n->s[p] != '\n' &&
	       n->s[p] != '\t' && n->s[p] != '"' && n->s[p] != '<' &&
	       n->s[p] != ')')
		p++;
	while (p > 0 && strchr(".,;:!?'", n->s[p - 1]))
		p--;
	return p;
}

/* 1 when the piece of a path segment s[a..b) (between '-', '_' and '.')
 * can be read out: a word, or a number of at most four digits. */
static int piece_readable(const struct norm *n, size_t a, size_t b)
{
	size_t l = norm_letters(n, a), d = norm_digits(n, a);

	return (l == b && b - a <= 20) || (d == b && b - a <= 4);
}

/*
 * 1 when a path is worth reading: at most five segments of words and
 * short numbers joined by '-', '_' or '.' ("/drive-sim/early-access",
 * "/index.html"), no query, no identifier like "a1b2" or "12345678".
 */
static int path_readable(const struct norm *n, size_t a, size_t b)
{
	int slashes = 0;
	size_t p, piece = a + 1;

	if (b - a > 80)
		return 0;
	for (p = a; p <= b; p++) {
		if (p < b && norm_is_alnum(n->s[p]))
			continue;
		if (p < b && !strchr("/-_.", n->s[p]))
			return 0;
		if (p > piece && !piece_readable(n, piece, p))
			return 0;
		if (p < b && n->s[p] == '/')
			slashes++;
		piece = p + 1;
	}
	return slashes <= 5;
}

size_t norm_rule_address(struct norm *n, size_t pos)
{
	size_t p = pos, d, e;
	int scheme = 0;

	if (!n->lang->dot_word)
		return pos;
	if (norm_has(n, p, "https://") || norm_has(n, p, "http://")) {
		p = (size_t)(strchr(n->s + p, ':') - n->s) + 3;
		scheme = 1;
	}
	d = domain_end(n, p, scheme || norm_has(n, p, "www."));
	if (d == p || (d < n->len && n->s[d] == '@'))
		return pos;
	say_domain(n, p, d);	/* with "www dot" when it is written */
	if (d >= n->len || n->s[d] != '/')
		return d;
	e = path_end(n, d);
	while (e > d + 1 && n->s[e - 1] == '/')
		e--;
	if (e > d + 1 && path_readable(n, d, e))
		say_address(n, d, e);
	return path_end(n, d);
}

static int local_byte(int c)
{
	return norm_is_alnum(c) || (c && strchr("._%+-", c));
}

size_t norm_rule_email(struct norm *n, size_t pos)
{
	size_t p = pos, d;

	if (!n->lang->at_word)
		return pos;
	while (p < n->len && local_byte(n->s[p]))
		p++;
	if (p == pos || p >= n->len || n->s[p] != '@')
		return pos;
	d = domain_end(n, p + 1, 1);
	if (d == p + 1)
		return pos;
	say_address(n, pos, p + 1);
	say_domain(n, p + 1, d);
	return d;
}

static int is_cap(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_small(int c)
{
	return c >= 'a' && c <= 'z';
}

/* 1 when a new word starts at p inside a tag: "MeToo", "BBCNews". */
static int word_starts(const struct norm *n, size_t p)
{
	if (!is_cap(n->s[p]))
		return 0;
	return is_small(n->s[p - 1]) ||
	       (is_cap(n->s[p - 1]) && p + 1 < n->len &&
		is_small(n->s[p + 1]));
}

/* Says a tag's words: "BlackLivesMatter" as "Black Lives Matter". */
static size_t say_tag(struct norm *n, size_t p)
{
	char c;

	for (; p < n->len && (norm_is_alnum(n->s[p]) || n->s[p] == '_'); p++) {
		c = n->s[p];
		if (c == '_' || word_starts(n, p))
			crier_strbuf_addch(n->out, ' ');
		if (c != '_')
			crier_strbuf_addch(n->out, c);
	}
	return p;
}

size_t norm_rule_hashtag(struct norm *n, size_t pos)
{
	const char *word;
	size_t e;

	if (pos + 1 >= n->len || !norm_is_alpha(n->s[pos + 1]))
		return pos;
	if (n->s[pos] == '#')
		word = n->lang->hashtag_word;	/* "#MeToo" */
	else if (n->s[pos] == '@')
		word = n->lang->at_word;	/* "@BBCNews" */
	else
		return pos;
	e = pos + 1;
	while (e < n->len && (norm_is_alnum(n->s[e]) || n->s[e] == '_'))
		e++;
	if (!word || (e < n->len && n->s[e] == n->s[pos]))
		return pos;	/* "#text#" is no hashtag */
	norm_say(n, word);
	crier_strbuf_addch(n->out, ' ');
	return say_tag(n, pos + 1);
}

/* The end of a run of at most three capitals at p, or p. */
static size_t caps_end(const struct norm *n, size_t p)
{
	size_t e = p;

	while (e < n->len && n->s[e] >= 'A' && n->s[e] <= 'Z')
		e++;
	return e - p <= 3 ? e : p;
}

/* Spells the capitals in s[a..b) one letter at a time. */
static void spell(struct norm *n, size_t a, size_t b)
{
	for (; a < b; a++) {
		crier_strbuf_addch(n->out, n->s[a]);
		crier_strbuf_addch(n->out, ' ');
	}
}

size_t norm_rule_ampersand(struct norm *n, size_t pos)
{
	size_t a, b;

	if (!n->lang->and_word)
		return pos;
	if (n->s[pos] == '&') {
		crier_strbuf_addch(n->out, ' ');
		crier_strbuf_adds(n->out, n->lang->and_word);
		crier_strbuf_addch(n->out, ' ');
		return pos + 1;
	}
	a = caps_end(n, pos);	/* "AT&T": A T and T */
	if (a == pos || a >= n->len || n->s[a] != '&')
		return pos;
	b = caps_end(n, a + 1);
	if (b == a + 1 || !norm_boundary(n, b))
		return pos;
	if (strcmp(n->lang->tag, "en") == 0) {
		/* English espeak-ng says "AT&T" and "A&E" letter by letter
		 * itself; spelled out, a lone "A" would be the article */
		norm_copy(n, pos, b);
		return b;
	}
	spell(n, pos, a);
	crier_strbuf_adds(n->out, n->lang->and_word);
	crier_strbuf_addch(n->out, ' ');
	spell(n, a + 1, b);
	return b;
}

static int spaced(const struct norm *n, size_t a, size_t b)
{
	return (a == 0 || n->s[a - 1] == ' ') &&
	       (b >= n->len || n->s[b] == ' ');
}

size_t norm_rule_pause(struct norm *n, size_t pos)
{
	size_t end = pos;
	char c = n->s[pos];

	if (norm_has(n, pos, "\xe2\x80\x94"))		/* em dash */
		end = pos + 3;
	else if (norm_has(n, pos, "\xe2\x80\x93") && spaced(n, pos, pos + 3))
		end = pos + 3;				/* en dash */
	else if (norm_has(n, pos, "--"))
		end = pos + 2;
	else if (c == '-' && spaced(n, pos, pos + 1))
		end = pos + 1;
	else if (c == '(' || c == ')' || c == '[' || c == ']')
		end = pos + 1;
	if (end > pos)
		crier_strbuf_adds(n->out, ", ");
	return end;
}
