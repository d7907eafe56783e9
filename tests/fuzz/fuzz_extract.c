/*
 * fuzz_extract.c - libFuzzer target for the HTML extractor
 * (crier/extract.h): any bytes are read as a web page.
 */
#include <string.h>

#include <crier/extract.h>
#include "fuzz.h"

static const char *const charsets[] = {
	NULL, NULL, NULL, "utf-8", "windows-1252", "shift_jis",
	"no-such-charset",
};

static const char *const urls[] = {
	"https://example.org/2024/04/story.html", NULL, "",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *charset = FUZZ_PICK(size, charsets);
	const char *url = FUZZ_PICK(size / 8, urls);
	struct crier_page *page;

	page = crier_extract((const char *)data, size, url, charset);
	if (!page)
		return 0;
	for (int i = 0; i < CRIER_PAGE_FIELD_COUNT; i++) {
		const char *s = crier_page_get(page, (enum crier_page_field)i);

		FUZZ_CHECK(s != NULL);
		(void)strlen(s);
	}
	FUZZ_CHECK(!strchr(crier_page_get(page, CRIER_PAGE_TITLE), '\n'));
	(void)crier_page_published(page);
	crier_page_free(page);
	return 0;
}
