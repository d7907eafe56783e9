/*
 * crier/language.h - telling which language a text is written in.
 *
 * Part of libcrier.  Detection uses libexttextcat's character n-gram
 * models; it needs a few sentences to be reliable, so it answers only
 * when the text is long enough and one language clearly wins.  Languages
 * are BCP 47 tags ("en", "pt", "zh-TW").
 */
#ifndef CRIER_LANGUAGE_H
#define CRIER_LANGUAGE_H

#include <stddef.h>
#include <crier/plugin.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Detects the language of the UTF-8 text[0..len) and writes its BCP 47
 * tag into out (outlen bytes, 16 are enough).  Returns 0; or -1 with out
 * set to "" and crier_error() saying why when it cannot tell: the text is
 * too short, several languages score alike, or the models are missing.
 * Only the first few kilobytes are looked at.  The models are loaded on
 * the first call (from $CRIER_TEXTCAT_DIR, else libexttextcat's data
 * directory) and kept; safe to call from several threads.
 */
int crier_detect_language(const char *text, size_t len, char *out,
			  size_t outlen);

/*
 * Fills a's CRIER_FIELD_LANGUAGE, when it is empty, with the language
 * detected in its title and body (or its summary when it has no body).
 * Returns 0 when a has a language afterwards (given or detected); -1 with
 * crier_error() when it could not be told (the field stays empty).
 */
int crier_article_detect_language(struct crier_article *a);

/*
 * Writes into out (outlen bytes) the BCP 47 tag for one of libexttextcat's
 * category names: "en--utf8" gives "en", "zh-TW-utf8" "zh-TW",
 * "az-cyrillic-utf8" "az-Cyrl", and the names of older models ("english",
 * "french") their codes.  Returns 0, or -1 with out set to "" when the
 * name means nothing ("UNKNOWN", "SHORT") or does not fit.
 */
int crier_language_from_textcat(const char *name, char *out, size_t outlen);

#ifdef __cplusplus
}
#endif

#endif
