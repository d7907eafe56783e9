/*
 * normalize_en_words.c - English number words for the normalizer:
 * cardinals, ordinals, years, plural decades and fraction denominators.
 */
#include <string.h>

#include "normalize_en.h"

static const char *const small[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
};
static const char *const tens[] = {
	"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety"
};
static const char *const tens_plural[] = {
	"", "tens", "twenties", "thirties", "forties", "fifties", "sixties",
	"seventies", "eighties", "nineties"
};

static void add_word(struct crier_strbuf *sb, const char *w)
{
	if (sb->len > 0 && sb->buf[sb->len - 1] != ' ' &&
	    sb->buf[sb->len - 1] != '-')
		crier_strbuf_addch(sb, ' ');
	crier_strbuf_adds(sb, w);
}

/* 0 < v < 1000 */
static void below_thousand(struct crier_strbuf *sb, unsigned long v)
{
	if (v >= 100) {
		add_word(sb, small[v / 100]);
		add_word(sb, "hundred");
		v %= 100;
		if (!v)
			return;
	}
	if (v < 20) {
		add_word(sb, small[v]);
		return;
	}
	add_word(sb, tens[v / 10]);
	if (v % 10)
		add_word(sb, small[v % 10]);
}

void en_cardinal(struct crier_strbuf *sb, unsigned long v)
{
	static const char *const scale[] = {
		"trillion", "billion", "million", "thousand"
	};
	static const unsigned long unit[] = {
		1000000000000UL, 1000000000UL, 1000000UL, 1000UL
	};
	int i;

	if (v == 0) {
		add_word(sb, "zero");
		return;
	}
	for (i = 0; i < 4; i++) {
		if (v >= unit[i]) {
			en_cardinal(sb, v / unit[i]);
			add_word(sb, scale[i]);
			v %= unit[i];
		}
	}
	if (v)
		below_thousand(sb, v);
}

/* Turns the cardinal word that ends sb into an ordinal. */
static void ordinalize(struct crier_strbuf *sb)
{
	static const char *const irregular[][2] = {
		{ "one", "first" }, { "two", "second" }, { "three", "third" },
		{ "five", "fifth" }, { "eight", "eighth" }, { "nine", "ninth" },
		{ "twelve", "twelfth" }, { NULL, NULL }
	};
	size_t start = sb->len;
	int i;

	while (start > 0 && sb->buf[start - 1] >= 'a' &&
	       sb->buf[start - 1] <= 'z')	/* "-one": the word is "one" */
		start--;
	for (i = 0; irregular[i][0]; i++) {
		if (strcmp(sb->buf + start, irregular[i][0]) == 0) {
			crier_strbuf_setlen(sb, start);
			crier_strbuf_adds(sb, irregular[i][1]);
			return;
		}
	}
	if (sb->buf[sb->len - 1] == 'y') {
		crier_strbuf_setlen(sb, sb->len - 1);
		crier_strbuf_adds(sb, "ieth");
		return;
	}
	crier_strbuf_adds(sb, "th");
}

void en_ordinal(struct crier_strbuf *sb, unsigned long v)
{
	en_cardinal(sb, v);
	ordinalize(sb);
}

void en_year(struct crier_strbuf *sb, unsigned long v)
{
	unsigned long hi = v / 100, lo = v % 100;

	if (v <= 1000 || v > 2099 || (v >= 2000 && v < 2010)) {
		en_cardinal(sb, v);
		return;
	}
	en_cardinal(sb, hi);
	if (lo == 0)
		add_word(sb, "hundred");
	else if (lo < 10) {
		add_word(sb, "oh");
		add_word(sb, small[lo]);
	} else {
		en_cardinal(sb, lo);
	}
}

int en_decade(struct crier_strbuf *sb, unsigned long v)
{
	if (v >= 10 && v < 100 && v % 10 == 0) {
		add_word(sb, tens_plural[v / 10]);
		return 0;
	}
	if (v < 1000 || v > 2090 || v % 10 != 0)
		return -1;
	if (v % 100 == 0) {
		if (v == 2000) {
			add_word(sb, "two thousands");
			return 0;
		}
		en_cardinal(sb, v / 100);
		add_word(sb, "hundreds");
		return 0;
	}
	en_cardinal(sb, v / 100);
	add_word(sb, tens_plural[(v % 100) / 10]);
	return 0;
}

void en_fraction(struct crier_strbuf *sb, unsigned long num,
		 unsigned long den, int article)
{
	if (article && num == 1)
		add_word(sb, "a");
	else
		en_cardinal(sb, num);
	if (den == 2)
		add_word(sb, num == 1 ? "half" : "halves");
	else if (den == 4)
		add_word(sb, num == 1 ? "quarter" : "quarters");
	else {
		/* "three hundredths", not "three one hundredths" */
		if (den == 100 || den == 1000)
			add_word(sb, den == 100 ? "hundredth" : "thousandth");
		else
			en_ordinal(sb, den);
		if (num != 1)
			crier_strbuf_addch(sb, 's');
	}
}
