/*
 * news.h - the news summarizer's rules for text that is not news.
 */
#ifndef CRIER_NEWS_H
#define CRIER_NEWS_H

#include <stddef.h>
#include <crier/text.h>

/*
 * True if the sentence text[0..len) is page furniture rather than news:
 * a caption or heading (no sentence punctuation), a photo credit, a
 * byline, a link or address, or a call to action such as "Click here",
 * "Share this" or "Read more".  The rules are general (shape, a few
 * words of web vocabulary in several languages), not lists of sentences.
 */
int news_is_furniture(const char *text, size_t len);

/*
 * If the sentence at text (span->len bytes; span->start is its offset in
 * the article) starts with a dateline such as "LONDON (Reuters) - " or
 * "(CNN) -- ", moves span past it.
 */
void news_cut_dateline(const char *text, struct crier_span *span);

#endif
