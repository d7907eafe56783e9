/*
 * fuzz_html.c - libFuzzer target holding the one-pass HTML scanner to
 * its contract (core/lib/html/html_text_int.h): whenever html_scan_text()
 * takes an input, it gives exactly the text libxml2's parser gives
 * through html_parse_text().
 */
#include <string.h>

#include <crier/strbuf.h>
#include "html/html_text_int.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct crier_strbuf scanned = CRIER_STRBUF_INIT;
	struct crier_strbuf parsed = CRIER_STRBUF_INIT;
	const char *html = (const char *)data;

	if (html_scan_text(html, size, &scanned)) {
		FUZZ_CHECK(html_parse_text(html, size, &parsed) == 0);
		if (scanned.len != parsed.len ||
		    memcmp(scanned.buf, parsed.buf, scanned.len)) {
			fprintf(stderr, "scanner: \"%s\"\nparser:  \"%s\"\n",
				scanned.buf, parsed.buf);
			FUZZ_CHECK(!"the scanner and the parser agree");
		}
	}
	crier_strbuf_release(&scanned);
	crier_strbuf_release(&parsed);
	return 0;
}
