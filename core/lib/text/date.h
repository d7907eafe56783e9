/*
 * date.h - dates as feeds and web pages write them (date.c).
 *
 * Exported from libcrier for the crier program and the feed parser; not
 * installed (plugins get dates already read, in crier_article.published).
 */
#ifndef CRIER_DATE_H
#define CRIER_DATE_H

#include <stdint.h>

#include <crier/plugin.h>	/* CRIER_TIME_UNKNOWN */
#include <crier/strbuf.h>

/*
 * Parses a date in any form feeds and pages use (RFC 822 and its
 * variants, RFC 3339 and ISO 8601, asctime, and common malformed forms)
 * and returns seconds since the epoch, UTC.  A date without a zone is
 * taken as UTC.  Returns CRIER_TIME_UNKNOWN when s is NULL or cannot be
 * read.
 */
int64_t crier_parse_date(const char *s);

/*
 * Appends when as ISO 8601 UTC ("2024-04-19T10:28:00Z") to out.  when must
 * not be CRIER_TIME_UNKNOWN.
 */
void crier_format_date(int64_t when, struct crier_strbuf *out);

#endif
