/*
 * news.h - the news summarizer's parts: its rules for text that is not
 * news or that does not stand alone (news_furniture.c, news_openers.c)
 * and its sentence scores (news_score.c).
 */
#ifndef CRIER_NEWS_H
#define CRIER_NEWS_H

#include <stddef.h>
#include <crier/stem.h>
#include <crier/text.h>

/*
 * True if the sentence text[0..len) is page furniture rather than news:
 * a caption or heading (no sentence punctuation), a photo credit, a
 * byline, a link or address, a run of numbers such as a time stamp, or a
 * call to action such as "Click here", "Scroll down for video", "Share
 * this" or "Read more".  The rules are general (shape, a few words of
 * web vocabulary in several languages), not lists of sentences.
 */
int news_is_furniture(const char *text, size_t len);

/*
 * True if the sentence starts with a caption's label: one to three words
 * that start with a capital, then a colon and a capital ("Skilful: The
 * kite weighs 200 kilograms").  Photo captions are written so; news
 * sentences rarely start so, and then they are seldom the gist.
 */
int news_is_caption(const char *text, size_t len);

/*
 * True if the sentence opens with a quotation mark: a quote, which
 * rarely says what happened.
 */
int news_is_quote(const char *text, size_t len);

/*
 * If the sentence at text (span->len bytes; span->start is its offset in
 * the article) starts with a dateline such as "LONDON (Reuters) - ",
 * "(CNN) -- " or "Washington (CNN) ", moves span past it.
 */
void news_cut_dateline(const char *text, struct crier_span *span);

/*
 * True if the sentence opens with a word that points back at an earlier
 * sentence: a pronoun or determiner ("He said", "They", "This") or a
 * connective ("However,", "But", "Meanwhile").  Heard without the
 * sentence before it, such a sentence leaves the listener asking who or
 * what.  English, French, German and Spanish words.
 */
int news_opens_dangling(const char *text, size_t len);

/* The summarizer's weights, read from the plugin's settings. */
struct news_weights {
	double position;	/* weight of exp(-i / decay) */
	double decay;		/* in sentences */
	double first;		/* bonus of the first sentence */
	double lede;		/* its bonus that does not fade with length */
	double centrality;	/* LexRank, most central = 1 */
	double forward;		/* PacSum: similarity to later sentences */
	double backward;	/* PacSum: minus similarity to earlier ones */
	double threshold;	/* PacSum: share of the similarity range cut */
	double headline;
	double length;		/* reward for words, up to 15 */
	double longer;		/* penalty per long_words beyond long_words */
	double long_words;
	double quote;		/* penalty of a sentence opening a quote */
	double caption;		/* penalty of a caption */
	double dangling;	/* penalty of a dangling opener */
	double redundancy;	/* MMR penalty per unit of cosine */
};

/* One sentence of the article being summarized. */
struct news_sentence {
	struct crier_span span;	/* without a leading dateline */
	size_t words;		/* all words, for the word limit */
	size_t terms;		/* offset of its sorted, unique terms */
	size_t nterms;		/* how many */
	unsigned furniture:1;	/* not news: never chosen */
	unsigned caption:1;
	unsigned quote:1;
	unsigned opener:1;	/* opens with a word pointing back */
	double centrality;
	double forward;		/* PacSum's directed centrality */
	double score;
};

/* An article being summarized; lives during one request. */
struct news_article {
	const char *text;
	struct news_sentence *s;
	size_t n;
	struct crier_terms terms;	/* the sentences', then the title's */
	size_t title_terms, title_nterms;
	double *sim;			/* n x n cosines, or NULL */
	double lead;			/* 1 for no summary, 0 from a third */
	double gist;			/* 1 for a short summary, 0 for a long */
};

/*
 * Sets a->lead and a->gist for a summary of that many sentences or words
 * (0: no limit of that kind), from the share of the article it keeps
 * (see news_score.c).  Call it after reading the sentences and before
 * news_centrality(), which skips what the length gives no weight.
 */
void news_length(struct news_article *a, unsigned sentences, unsigned words);

/*
 * Fills a->sim and every sentence's centrality and forward scores; a
 * score whose weight is 0 at this length (LexRank's is (1 - gist) *
 * centrality, PacSum's gist * forward: news_length()) is left at 0
 * uncomputed.  Returns 0, or -1 (with crier_error) when out of memory.
 */
int news_centrality(const struct news_weights *w, struct news_article *a);

/*
 * Sets every sentence's score from its features, a->lead and a->gist
 * (see news.c for the formula).
 */
void news_score(const struct news_weights *w, struct news_article *a);

#endif
