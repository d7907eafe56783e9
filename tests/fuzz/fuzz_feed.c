/*
 * fuzz_feed.c - libFuzzer target for the feed parser: any bytes are read
 * as a feed (plugins/feed/feed.h), and what was read is written as JSON.
 */
#include <string.h>

#include <crier/strbuf.h>
#include "feed.h"
#include "fuzz.h"

static const char *const charsets[] = {
	NULL, NULL, NULL, "utf-8", "iso-8859-1", "windows-1252", "utf-16",
	"no-such-charset",
};

static const char *const urls[] = {
	"https://example.org/news/feed.xml", NULL, "not a url", "/relative",
};

/*
 * The longest a string of the result may be: text only shrinks when
 * markup and entities are decoded, and a link grows at most by the base
 * URL.  More means something expands (entity references in a loop or
 * referenced many times: "billion laughs", quadratic blowup).
 */
static size_t max_field(size_t size)
{
	return 64 * size + 4096;
}

static void check_string(const char *s, size_t size)
{
	if (s)
		FUZZ_CHECK(strlen(s) <= max_field(size));
}

static void check_item(const struct feed_item *it, size_t size)
{
	if (it->title)
		FUZZ_CHECK(!strchr(it->title, '\n'));
	check_string(it->title, size);
	check_string(it->link, size);
	check_string(it->id, size);
	check_string(it->author, size);
	check_string(it->summary, size);
	check_string(it->content, size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct feed f;
	struct crier_strbuf json = CRIER_STRBUF_INIT;
	const char *charset = FUZZ_PICK(size, charsets);
	const char *url = FUZZ_PICK(size / 8, urls);

	memset(&f, 0, sizeof(f));
	if (feed_parse((const char *)data, size, url, charset, &f) == 0) {
		check_string(f.title, size);
		for (size_t i = 0; i < f.n; i++)
			check_item(&f.items[i], size);
		feed_to_json(&f, &json);
		FUZZ_CHECK(json.len > 0);
	} else {
		FUZZ_CHECK(f.n == 0);
	}
	feed_release(&f);
	crier_strbuf_release(&json);
	return 0;
}
