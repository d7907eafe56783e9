/*
 * test_html_text.c - HTML to plain text, and the one-pass scanner
 * against libxml2's parser (core/lib/html/html_text_int.h).
 */
#include <stdlib.h>
#include <crier/text.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "html/html_text_int.h"
#include "../tap.h"

static void check(const char *html, const char *want, const char *name)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;

	ok(crier_html_to_text(html, strlen(html), &out) == 0, "%s: converts", name);
	is_str(out.buf, want, "%s", name);
	crier_strbuf_release(&out);
}

/* The scanner takes html and gives want, and so does the parser. */
static void scanned(const char *html, const char *want, const char *name)
{
	struct crier_strbuf scan = CRIER_STRBUF_INIT;
	struct crier_strbuf parse = CRIER_STRBUF_INIT;

	ok(html_scan_text(html, strlen(html), &scan), "scanner takes %s", name);
	is_str(scan.buf ? scan.buf : "", want, "scanner: %s", name);
	ok(html_parse_text(html, strlen(html), &parse) == 0, "parser runs: %s", name);
	is_str(parse.buf ? parse.buf : "", want, "parser: %s", name);
	crier_strbuf_release(&scan);
	crier_strbuf_release(&parse);
}

/* The scanner leaves html to the parser, and out untouched. */
static void declined(const char *html, const char *name)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;

	crier_strbuf_adds(&out, "kept");
	ok(!html_scan_text(html, strlen(html), &out), "scanner declines %s", name);
	is_str(out.buf, "kept", "and leaves the output as it was: %s", name);
	crier_strbuf_release(&out);
}

/* Whether libxml2 reads "<div><X>a<X>b" as two X in the div. */
static int closes_own_kind(const char *name)
{
	struct crier_strbuf html = CRIER_STRBUF_INIT;
	htmlDocPtr doc;
	xmlNode *div;
	int n = 0;

	crier_strbuf_addf(&html, "<div><%s>a<%s>b</div>", name, name);
	doc = htmlReadMemory(html.buf, (int)html.len, NULL, "UTF-8",
			     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			     HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	div = xmlDocGetRootElement(doc);	/* html, body, div */
	div = div && div->children ? div->children->children : NULL;
	for (xmlNode *c = div ? div->children : NULL; c; c = c->next)
		n += c->type == XML_ELEMENT_NODE &&
		     !strcmp((const char *)c->name, name);
	xmlFreeDoc(doc);
	crier_strbuf_release(&html);
	return n == 2;
}

/*
 * The tag table against the libxml2 in use: its empty elements, and the
 * ones a start tag of their own kind closes (HTML 4 and a few others).
 */
static void tag_table(void)
{
	static const char *const names[] = {
		"a", "abbr", "acronym", "address", "applet", "area", "b",
		"basefont", "bdo", "big", "blockquote", "br", "button",
		"caption", "center", "cite", "code", "col", "colgroup", "dd",
		"del", "dfn", "dir", "div", "dl", "dt", "em", "embed",
		"fieldset", "font", "form", "h1", "h2", "h3", "h4", "h5", "h6",
		"hr", "i", "iframe", "img", "input", "ins", "kbd", "label",
		"legend", "li", "map", "menu", "noscript", "object", "ol",
		"optgroup", "option", "p", "param", "pre", "q", "s", "samp",
		"select", "small", "span", "strike", "strong", "sub", "sup",
		"table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u",
		"ul", "var", "section", "article", "wbr", "mark", "time",
	};
	int empty_bad = 0, own_bad = 0;

	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		const htmlElemDesc *desc = htmlTagLookup((const xmlChar *)names[i]);
		unsigned flags = html_tag(names[i])->flags;

		empty_bad += !(flags & TAG_EMPTY) != !(desc && desc->empty);
		if (!(desc && desc->empty))
			own_bad += !(flags & TAG_CLOSES_OWN) !=
				   !closes_own_kind(names[i]);
	}
	is_int(empty_bad, 0, "the tag table's empty elements are libxml2's");
	is_int(own_bad, 0, "so are the elements that close their own kind");
}

static void scanner_cases(void)
{
	scanned("<p>One &amp; <a href=\"/x?a=1&amp;b=2\" title='a>b'>two</a></p>"
		"<p>Caf&eacute;&#160;&#x263A;<br/>next</p>",
		"One & two\n\nCaf\xc3\xa9 \xe2\x98\xba\n\nnext",
		"paragraphs, attributes and references");
	scanned("<p>a<div>b</div>c</p>d", "a\n\nb\n\ncd",
		"a block closes the open paragraph; the stray </p> is ignored");
	scanned("lead</p>tail", "lead\n\ntail",
		"text first opens the paragraph libxml2 implies");
	scanned("<ul><li>one<li>two</ul>after", "one\n\ntwo\n\nafter",
		"an item closes the item before it");
	scanned("<b>x<p>y</b>z</p>", "x\n\nyz", "a paragraph closes bold");
	scanned("<div>a<img src=x></img>b</div>", "ab",
		"an end tag of an empty element is ignored");
	scanned("<table><tr><td>1<td>2</table>", "1\n\n2", "table cells");
	scanned("a<!-- hidden <p> -->b", "ab", "comments");
	scanned("<section>new <mark>tags</mark></section>", "new tags",
		"elements libxml2 does not know");
	scanned("<p>a<script>if (a < b) x();</script>b<style>p{}</style></p>",
		"ab", "script and style inside the text");
	scanned("<p>a<meta itemprop=x content=y><title>T</title></p>", "a\n\nT",
		"meta and title inside the text (a title closes the paragraph)");
	scanned("<html><head></head><body><p>wrapped</p></body></html>\n",
		"wrapped", "a document wrapped around the text");
	declined("<script>x</script>y", "script first, which libxml2 puts in a head");
	declined("<title>t</title>body", "a title first, likewise");
	declined("<html><body>x</body></html>", "other documents");
	scanned("<pre>if (i < n) x<3;</pre>", "if (i < n) x<3;", "a < that starts no tag");
	scanned("<<div>x</div>", "<x", "a < before any element joins the first paragraph");
	declined("a </ b>", "a </ that starts no end tag");
	declined("<!DOCTYPE html><p>x", "a doctype");
	scanned("a &bogus; &#0;b &amp c&#65<b>x</b>", "a &bogus; b &amp cAx",
		"references libxml2 keeps as text, drops, or reads without ';'");
	scanned("<p>seen<iframe>hidden<p>too</p></iframe> and seen</p>",
		"seen and seen", "what skipped elements hold");
	declined("a &\xc3\xa9; b<b>c</b>", "a reference name beyond ASCII");
	declined("<p>bad \xff byte</p>", "bytes that are not UTF-8");
	declined("<p a=\"unclosed>x</p>", "an unclosed attribute value");
	declined("a<!-- x --!>b", "a comment ended the way libxml2 also ends one");
}

int main(void)
{
	struct crier_strbuf deep = CRIER_STRBUF_INIT;
	struct crier_strbuf out = CRIER_STRBUF_INIT;

	check("<p>Hello &amp; <b>good</b>bye</p><p>Two<br>lines</p>",
	      "Hello & goodbye\n\nTwo\n\nlines", "paragraphs and inline tags");
	check("<script>alert(1)</script><style>p{}</style>Text", "Text",
	      "script and style are dropped");
	check("Caf&eacute; &#8212; &#x263A;", "Caf\xc3\xa9 \xe2\x80\x94 \xe2\x98\xba",
	      "named and numeric entities");
	check("no  markup\nat all\n\nnew para", "no markup at all\n\nnew para",
	      "plain text is collapsed");
	check("<div><p>unclosed <i>tags", "unclosed tags", "broken markup recovers");
	check("", "", "empty input");
	{
		static const char nul_first[] = "\0\0<\0,?version=\"1.0\"?><b>x</b>";

		ok(crier_html_to_text(nul_first, sizeof(nul_first) - 1, &out) == 0,
		   "garbage libxml2 refuses is read as text, not an error");
		crier_strbuf_reset(&out);
	}
	check("if a < b then", "if a < b then", "a lone < is text");
	check(" <!DOCTYPE ", "<!DOCTYPE", "so is a doctype that never closes");
	check("<math><mi>a</mi><mo>+</mo><mi>b</mi></math>", "a+b", "MathML keeps its text");
	for (int i = 0; i < 20000; i++)
		crier_strbuf_adds(&deep, "<div>");
	crier_strbuf_adds(&deep, "deep");
	/* A crash or stack overflow here kills the test program. */
	is_int(crier_html_to_text(deep.buf, deep.len, &out), 0,
	       "20,000 nested elements are handled");
	ok(out.len < 100, "and give bounded output");
	crier_strbuf_release(&deep);
	crier_strbuf_release(&out);
	tag_table();
	scanner_cases();
	return done_testing();
}
