/*
 * fuzz_feed.c - libFuzzer target for the feed parser: any bytes are read
 * as a feed (core/lib/feed/feed.h), and what was read is written as JSON;
 * the first line is also read as a date.
 */
#include <string.h>

#include <crier/strbuf.h>
#include "feed/feed.h"
#include "text/date.h"
#include "fuzz.h"

static const char *const charsets[] = {
	NULL, NULL, NULL, "utf-8", "iso-8859-1", "windows-1252", "utf-16",
	"no-such-charset",
};

static const char *const urls[] = {
	"https://example.org/news/feed.xml", NULL, "not a url", "/relative",
};

/*
 * The most text a feed of size bytes may give: text only shrinks when
 * markup and entities are decoded, and a link grows at most by the base
 * URL.  The 4 MB are for entities, which the parser expands up to a
 * limit.  More means an expansion without a limit: entity references
 * in a loop or referenced many times ("billion laughs", quadratic
 * blowup).
 */
static size_t max_text(size_t size)
{
	return 64 * size + (4u << 20);
}

static size_t text_len(const char *s)
{
	return s ? strlen(s) : 0;
}

/* The length of all the text of an item; its title is one line. */
static size_t check_item(const struct feed_item *it)
{
	if (it->title)
		FUZZ_CHECK(!strchr(it->title, '\n'));
	return text_len(it->title) + text_len(it->link) + text_len(it->id) +
	       text_len(it->author) + text_len(it->summary) +
	       text_len(it->content);
}

/* The date parser alone on the input's first line, and its output. */
static void check_date(const uint8_t *data, size_t size)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;
	const uint8_t *nl = memchr(data, '\n', size);
	char line[128];
	size_t len = nl ? (size_t)(nl - data) : size;
	int64_t when;

	if (len >= sizeof(line))
		len = sizeof(line) - 1;
	memcpy(line, data, len);
	line[len] = '\0';
	when = crier_parse_date(line);
	if (when != CRIER_TIME_UNKNOWN) {
		crier_format_date(when, &out);
		FUZZ_CHECK(out.len > 0);
	}
	crier_strbuf_release(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct feed f;
	struct crier_strbuf json = CRIER_STRBUF_INIT;
	const char *charset = FUZZ_PICK(size, charsets);
	const char *url = FUZZ_PICK(size / 8, urls);

	check_date(data, size);
	memset(&f, 0, sizeof(f));
	if (feed_parse((const char *)data, size, url, charset, &f) == 0) {
		size_t total = text_len(f.title);

		for (size_t i = 0; i < f.n; i++)
			total += check_item(&f.items[i]);
		FUZZ_CHECK(total <= max_text(size));
		feed_to_json(&f, &json);
		FUZZ_CHECK(json.len > 0);
	} else {
		FUZZ_CHECK(f.n == 0);
	}
	feed_release(&f);
	crier_strbuf_release(&json);
	return 0;
}
