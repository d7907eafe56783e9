/*
 * html_tags.c - what crier knows of each HTML element, for both ways of
 * turning HTML into text (html_text_int.h): one table, one lookup.
 *
 * Block and skipped elements are crier's choice.  The rest is how
 * libxml2 2.9's HTML parser treats elements, which the scanner
 * (html_scan.c) must match: the elements that close their own kind when
 * they open again (htmlStartClose has them; htmlAutoCloseTag() leaves
 * them out), the end priorities of htmlGetEndPriority(), script and
 * style, read raw, the elements it puts in an implied <head> when they
 * come first, the ones it places specially (html, head, body, ...), and
 * the ones it knows to have no content (htmlTagLookup()'s "empty").
 * fuzz_html checks the scanner against the parser, so a libxml2 that
 * differs shows there.
 */
#include <stdlib.h>
#include <string.h>

#include "html_text_int.h"

/* Sorted by name, for bsearch(); names are in lower case. */
static const struct html_tag tags[] = {
	{ "a", TAG_CLOSES_OWN, 100 },
	{ "address", TAG_BLOCK, 100 },
	{ "area", TAG_EMPTY, 100 },
	{ "article", TAG_BLOCK, 100 },
	{ "aside", TAG_BLOCK, 100 },
	{ "base", TAG_HEAD | TAG_EMPTY, 100 },
	{ "basefont", TAG_EMPTY, 100 },
	{ "blockquote", TAG_BLOCK, 100 },
	{ "body", TAG_BLOCK | TAG_PARSER_ONLY, 100 },
	{ "br", TAG_BLOCK | TAG_EMPTY, 100 },
	{ "button", TAG_SKIPPED, 100 },
	{ "canvas", TAG_SKIPPED, 100 },
	{ "caption", TAG_BLOCK, 100 },
	{ "col", TAG_EMPTY, 100 },
	{ "colgroup", TAG_CLOSES_OWN, 100 },
	{ "dd", TAG_BLOCK, 100 },
	{ "details", TAG_BLOCK, 100 },
	{ "div", TAG_BLOCK, 150 },
	{ "dl", TAG_BLOCK, 100 },
	{ "dt", TAG_BLOCK, 100 },
	{ "embed", TAG_SKIPPED, 100 },
	{ "fieldset", TAG_BLOCK, 100 },
	{ "figcaption", TAG_BLOCK, 100 },
	{ "figure", TAG_BLOCK, 100 },
	{ "footer", TAG_BLOCK, 100 },
	{ "form", TAG_BLOCK | TAG_CLOSES_OWN, 100 },
	{ "frame", TAG_PARSER_ONLY | TAG_EMPTY, 100 },
	{ "frameset", TAG_PARSER_ONLY, 100 },
	{ "h1", TAG_BLOCK, 100 },
	{ "h2", TAG_BLOCK, 100 },
	{ "h3", TAG_BLOCK, 100 },
	{ "h4", TAG_BLOCK, 100 },
	{ "h5", TAG_BLOCK, 100 },
	{ "h6", TAG_BLOCK, 100 },
	{ "head", TAG_SKIPPED | TAG_PARSER_ONLY, 100 },
	{ "header", TAG_BLOCK, 100 },
	{ "hr", TAG_BLOCK | TAG_EMPTY, 100 },
	{ "html", TAG_BLOCK | TAG_PARSER_ONLY, 100 },
	{ "iframe", TAG_SKIPPED, 100 },
	{ "img", TAG_EMPTY, 100 },
	{ "input", TAG_EMPTY, 100 },
	{ "isindex", TAG_PARSER_ONLY | TAG_EMPTY, 100 },
	{ "li", TAG_BLOCK | TAG_CLOSES_OWN, 100 },
	{ "link", TAG_HEAD | TAG_EMPTY, 100 },
	{ "listing", TAG_PARSER_ONLY, 100 },
	{ "main", TAG_BLOCK, 100 },
	{ "meta", TAG_HEAD | TAG_EMPTY, 100 },
	{ "nav", TAG_BLOCK, 100 },
	{ "noframes", TAG_PARSER_ONLY, 100 },
	{ "noscript", TAG_SKIPPED, 100 },
	{ "object", TAG_SKIPPED, 100 },
	{ "ol", TAG_BLOCK, 100 },
	{ "option", TAG_CLOSES_OWN, 100 },
	{ "p", TAG_BLOCK | TAG_CLOSES_OWN, 100 },
	{ "param", TAG_EMPTY, 100 },
	{ "plaintext", TAG_PARSER_ONLY, 100 },
	{ "pre", TAG_BLOCK, 100 },
	{ "script", TAG_SKIPPED | TAG_RAW | TAG_HEAD, 100 },
	{ "section", TAG_BLOCK, 100 },
	{ "select", TAG_SKIPPED, 100 },
	{ "style", TAG_SKIPPED | TAG_RAW | TAG_HEAD, 100 },
	{ "summary", TAG_BLOCK, 100 },
	{ "table", TAG_BLOCK, 190 },
	{ "tbody", TAG_BLOCK | TAG_CLOSES_OWN, 180 },
	{ "td", TAG_BLOCK | TAG_CLOSES_OWN, 160 },
	{ "template", TAG_SKIPPED, 100 },
	{ "textarea", TAG_PARSER_ONLY, 100 },
	{ "tfoot", 0, 180 },
	{ "th", TAG_BLOCK | TAG_CLOSES_OWN, 160 },
	{ "thead", TAG_BLOCK, 180 },
	{ "title", TAG_HEAD, 100 },
	{ "tr", TAG_BLOCK | TAG_CLOSES_OWN, 170 },
	{ "ul", TAG_BLOCK, 100 },
	{ "xmp", TAG_PARSER_ONLY, 100 },
};

static int compare_tag(const void *key, const void *item)
{
	return strcmp(key, ((const struct html_tag *)item)->name);
}

static const struct html_tag other = { "", 0, 100 };

const struct html_tag *html_tag(const char *name)
{
	const struct html_tag *tag = bsearch(name, tags,
					     sizeof(tags) / sizeof(*tags),
					     sizeof(*tags), compare_tag);

	return tag ? tag : &other;
}
