/*
 * charset.h - character set names (charset.c).
 *
 * Exported from libcrier for the feed parser and the page extractor; not
 * installed.
 */
#ifndef CRIER_CHARSET_H
#define CRIER_CHARSET_H

/*
 * 1 when name (not NULL; any case) is a label of ISO-8859-1, US-ASCII or
 * windows-1252: text so labelled is read as windows-1252, its superset.
 */
int crier_charset_is_latin1(const char *name);
/* 1 when name (not NULL; any case) is "UTF-8" or "utf8". */
int crier_charset_is_utf8(const char *name);

#endif
