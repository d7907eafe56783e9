/*
 * utf8.h - decoding and classifying UTF-8 code points (libcrier internal).
 */
#ifndef CRIER_UTF8_H
#define CRIER_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decodes the code point at s[0..len) into *cp and returns its length in
 * bytes (1..4), or 0 when the bytes are not valid UTF-8 (*cp is then the
 * first byte).  len must be at least 1.
 */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/*
 * The length of the run of printable ASCII (0x20 to 0x7e) that s[0..len)
 * starts with, read 8 bytes at a time: the fast path of the loops that
 * only need to look closer at other bytes.
 */
size_t utf8_printable_run(const char *s, size_t len);
/*
 * Reads text[0..len) as UTF-8: returns how many bytes start no valid
 * character, so 0 when all of it is valid; *multi (may be NULL) gets the
 * number of characters beyond ASCII.  Overlong forms and surrogates are
 * invalid; a NUL is ASCII (what to do with one is the caller's choice).  The one validator
 * for pages and feeds; exported (crier_) for the feed parser, which is
 * built outside libcrier, but not part of the plugin API.
 */
size_t crier_utf8_check(const char *text, size_t len, size_t *multi);
/* Encodes cp into out (room for 4 bytes); returns the length. */
size_t utf8_encode(uint32_t cp, char *out);
/* White space: ASCII, NBSP, the U+2000 block, line separators, ideographic. */
int utf8_is_space(uint32_t cp);
/* Letters and digits, roughly: ASCII alnum and every non-ASCII letter range. */
int utf8_is_alnum(uint32_t cp);
/* utf8_is_alnum() for ASCII (cp < 0x80), inline for tokenizing loops. */
static inline int utf8_is_ascii_alnum(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') ||
	       ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
}
int utf8_is_upper(uint32_t cp);
/* Lower-case mapping for Latin-1, Latin Extended-A, Greek and Cyrillic. */
uint32_t utf8_to_lower(uint32_t cp);

#endif
