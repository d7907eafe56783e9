/*
 * html_text_int.h - the two ways HTML becomes plain text (libxml2
 * internal to libcrier; crier_html_to_text() in <crier/text.h> picks).
 *
 * html_parse_text() runs libxml2's HTML parser and takes any markup.
 * html_scan_text() is a one-pass scanner for the simple, well-nested
 * markup that feed summaries and contents nearly always are; it gives
 * exactly what html_parse_text() gives, or declines and leaves the text
 * to it.  The fuzz target fuzz_html holds the two to that.
 */
#ifndef CRIER_HTML_TEXT_INT_H
#define CRIER_HTML_TEXT_INT_H

#include <stddef.h>

#include <crier/strbuf.h>

/* Text being gathered: paragraphs go to out, joined by "\n\n". */
struct text_walk {
	struct crier_strbuf para;	/* the paragraph being gathered */
	struct crier_strbuf *out;	/* not owned */
	unsigned skipping;		/* depth inside skipped elements */
	int opened;			/* whether an element has opened */
};

#define TEXT_WALK_INIT(out) { CRIER_STRBUF_INIT, (out), 0, 0 }

/*
 * Ends the paragraph (html_walk.c): its white space collapsed, it joins
 * out after "\n\n" if it is not empty; para is emptied either way.
 */
void text_walk_flush(struct text_walk *w);

/* What an element is (html_tags.c). */
enum html_tag_flag {
	TAG_BLOCK = 1,		/* ends a paragraph where it opens and closes */
	TAG_SKIPPED = 2,	/* what it holds is never text */
	TAG_RAW = 4,		/* content read raw: script, style */
	TAG_PARSER_ONLY = 8,	/* libxml2 places it specially: not scanned */
	TAG_CLOSES_OWN = 16,	/* opening it closes an open one of its kind */
	TAG_HEAD = 32,		/* first, libxml2 implies a <head> for it */
	TAG_EMPTY = 64		/* no content and no end tag, to libxml2 */
};

struct html_tag {
	const char *name;
	unsigned flags;		/* enum html_tag_flag bits */
	int end_priority;	/* libxml2's: an end tag closes nothing
				   above a higher one */
};

/* The element called name (lower case); one without flags when unknown. */
const struct html_tag *html_tag(const char *name);

/* Appends the text of html[0..len) to out; 0, or -1 with crier_error(). */
int html_parse_text(const char *html, size_t len, struct crier_strbuf *out);

/*
 * Appends the text of html[0..len) to out and returns 1 when the markup
 * is simple enough for the scanner; otherwise returns 0 and leaves out
 * as it was.
 */
int html_scan_text(const char *html, size_t len, struct crier_strbuf *out);

#endif
