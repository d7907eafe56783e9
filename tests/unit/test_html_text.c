/* test_html_text.c - HTML to plain text. */
#include <stdlib.h>
#include <crier/text.h>
#include "../tap.h"

static void check(const char *html, const char *want, const char *name)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;

	ok(crier_html_to_text(html, strlen(html), &out) == 0, "%s: converts", name);
	is_str(out.buf, want, "%s", name);
	crier_strbuf_release(&out);
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
	return done_testing();
}
