/*
 * crier/extract.h - the main text of a web page.
 *
 * Part of libcrier.  crier_extract() parses an HTML page (libxml2's HTML
 * parser, no network access), finds the block that holds the article with
 * a readability-style scorer (text density, link density, commas, class
 * and id hints, sibling merging) and returns its text without headline,
 * byline, dateline, captions, share buttons or "related" blocks, together
 * with what the page says about itself (title, language, author, ...).
 *
 * When the markup holds much less text than a JSON-LD "articleBody"
 * (pages whose text a script puts in place), that articleBody is the body.
 *
 * The result is opaque so that it can grow; read it with crier_page_get().
 * For a feed item's full text: fetch the item's link with
 * crier_http_get(), give the body and the response's charset to
 * crier_extract(), and use CRIER_PAGE_BODY when it is longer than the
 * feed's own text.
 * Usage:
 *
 *	struct crier_page *page = crier_extract(html, len, url, NULL);
 *	if (!page)
 *		return -1;		(crier_last_error() says why)
 *	puts(crier_page_get(page, CRIER_PAGE_BODY));
 *	crier_page_free(page);
 */
#ifndef CRIER_EXTRACT_H
#define CRIER_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Pages larger than this are refused (parsing needs about ten times it). */
#define CRIER_EXTRACT_MAX_BYTES (16u * 1024 * 1024)

/* The extracted page; owned by whoever called crier_extract(). */
struct crier_page;

enum crier_page_field {
	CRIER_PAGE_TITLE,	/* the headline, one line */
	CRIER_PAGE_BODY,	/* plain text, paragraphs separated by "\n\n" */
	CRIER_PAGE_LANGUAGE,	/* BCP 47 tag from <html lang> or meta */
	CRIER_PAGE_AUTHOR,	/* from <meta name="author"> and the like */
	CRIER_PAGE_SITE_NAME,	/* og:site_name */
	CRIER_PAGE_URL,		/* canonical URL, else the url given */
	CRIER_PAGE_FIELD_COUNT
};

/*
 * Extracts the article from html[0..len) (need not be NUL-terminated).
 *
 * url is the page's address or NULL; it is used for the CRIER_PAGE_URL
 * fallback and for nothing that needs the network.  http_charset is the
 * charset parameter of the HTTP Content-Type header or NULL; otherwise the
 * charset comes from a byte order mark or <meta charset>/http-equiv, and a
 * page that declares none is read as UTF-8 when it is valid UTF-8 and as
 * windows-1252 otherwise.
 *
 * Returns a new page (free with crier_page_free()), whose body may be
 * empty when the page has no article text, or NULL with a crier_error()
 * message when the input is empty, binary, larger than
 * CRIER_EXTRACT_MAX_BYTES or cannot be parsed.  Never recurses on the
 * document: any nesting depth is safe.  Thread-safe.
 */
struct crier_page *crier_extract(const char *html, size_t len,
				 const char *url, const char *http_charset);

/* A field's text, never NULL ("" when unknown); lives as long as page. */
const char *crier_page_get(const struct crier_page *page,
			   enum crier_page_field field);

/*
 * When the page says it was published (article:published_time and the
 * like), in seconds since the epoch, UTC; INT64_MIN when unknown (the same
 * value as CRIER_TIME_UNKNOWN in crier/plugin.h).
 */
int64_t crier_page_published(const struct crier_page *page);

/* Frees page; NULL is allowed. */
void crier_page_free(struct crier_page *page);

#ifdef __cplusplus
}
#endif

#endif
