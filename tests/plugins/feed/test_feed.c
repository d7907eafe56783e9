/*
 * test_feed.c - the feed parser on hand-written fixtures: one per format,
 * a windows-1252 feed, ill-formed XML, an HTML page, and dates.
 *
 * Fixtures are read from $CRIER_SRCDIR/tests/plugins/feed (make check
 * sets it), or from the current directory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <crier/plugin.h>
#include "feed/feed.h"
#include "text/date.h"
#include "../../tap.h"

static char *slurp(const char *name, size_t *len)
{
	const char *dir = getenv("CRIER_SRCDIR");
	char path[4096];
	char *buf = NULL;
	size_t alloc = 0, got;
	FILE *fp;

	snprintf(path, sizeof(path), "%s%s%s", dir ? dir : ".",
		 dir ? "/tests/plugins/feed/" : "/", name);
	fp = fopen(path, "rb");
	*len = 0;
	if (!fp) {
		printf("# cannot open %s\n", path);
		return NULL;
	}
	do {
		if (*len == alloc) {
			alloc = alloc ? 2 * alloc : 8192;
			buf = realloc(buf, alloc + 1);
		}
		got = fread(buf + *len, 1, alloc - *len, fp);
		*len += got;
	} while (got);
	fclose(fp);
	buf[*len] = '\0';
	return buf;
}

/* Parses fixture name into *f; 0 on success. */
static int parse(const char *name, const char *url, const char *charset,
		 struct feed *f)
{
	size_t len;
	char *data = slurp(name, &len);
	int ret;

	memset(f, 0, sizeof(*f));
	if (!data)
		return -1;
	ret = feed_parse(data, len, url, charset, f);
	free(data);
	return ret;
}

static const char *date_of(const struct feed_item *it, char *buf, size_t n)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	if (it->published == CRIER_TIME_UNKNOWN)
		return "unknown";
	crier_format_date(it->published, &sb);
	snprintf(buf, n, "%s", sb.buf);
	crier_strbuf_release(&sb);
	return buf;
}

static void test_rss2(void)
{
	struct feed f;
	char d[32];

	if (!ok(parse("rss2.xml", NULL, NULL, &f) == 0, "rss2: parses"))
		return;
	is_str(f.format, "rss", "rss2: format");
	is_str(f.title, "Harbour & Hill Gazette", "rss2: channel title, not image title");
	is_int(f.n, 3, "rss2: three items");
	if (f.n == 3) {
		is_str(f.items[0].link, "http://news.example.org/stories/ferry.html",
		       "rss2: relative link resolved against xml:base");
		is_str(f.items[0].id, "ferry-2024-04-19", "rss2: guid verbatim");
		is_str(date_of(&f.items[0], d, sizeof(d)), "2024-04-19T10:28:00Z",
		       "rss2: RFC 822 date with offset");
		is_str(f.items[0].author, "Ann Kirk", "rss2: dc:creator");
		is_str(f.items[0].summary, "The ferry sailed again.",
		       "rss2: escaped HTML description decoded and stripped");
		ok(f.items[0].content && strstr(f.items[0].content, "Islanders") &&
		   !strstr(f.items[0].content, "var x"),
		   "rss2: content:encoded CDATA, script dropped");
		is_str(f.items[0].language, "en-GB", "rss2: channel language");
		is_str(f.items[1].title, "Choir wins regional contest",
		       "rss2: markup in a title is stripped");
		is_str(f.items[1].link, "http://news.example.org/stories/choir.html",
		       "rss2: permalink guid as link");
		is_str(date_of(&f.items[1], d, sizeof(d)), "2024-04-20T14:00:00Z",
		       "rss2: date without seconds, zone name");
		ok(f.items[1].content == NULL, "rss2: no content is NULL");
		is_str(date_of(&f.items[2], d, sizeof(d)), "unknown",
		       "rss2: unreadable date is unknown");
		is_str(f.items[2].summary, "Plain text with spaces.",
		       "rss2: white space collapsed");
		ok(f.items[2].author == NULL, "rss2: items inherit no author");
	}
	feed_release(&f);
}

static void test_rdf(void)
{
	struct feed f;
	char d[32];

	if (!ok(parse("rdf.xml", NULL, NULL, &f) == 0, "rdf: parses"))
		return;
	is_str(f.format, "rdf", "rdf: format");
	is_str(f.title, "RDF Weekly", "rdf: title");
	is_int(f.n, 1, "rdf: one item (items outside channel)");
	if (f.n == 1) {
		is_str(f.items[0].id, "http://rdf.example.org/1", "rdf: rdf:about as id");
		is_str(date_of(&f.items[0], d, sizeof(d)), "2024-04-19T08:28:00Z",
		       "rdf: dc:date");
		is_str(f.items[0].author, "Jo Brandt", "rdf: dc:creator");
		is_str(f.items[0].language, "de", "rdf: dc:language");
	}
	feed_release(&f);
}

static void test_atom(void)
{
	struct feed f;
	char d[32];

	if (!ok(parse("atom.xml", NULL, NULL, &f) == 0, "atom: parses"))
		return;
	is_str(f.format, "atom", "atom: format");
	is_str(f.title, "Le petit journal", "atom: html title stripped");
	is_int(f.n, 2, "atom: two entries");
	if (f.n == 2) {
		is_str(f.items[0].link, "http://atom.example.org/blog/2024/marche.html",
		       "atom: alternate link, nested xml:base");
		is_str(date_of(&f.items[0], d, sizeof(d)), "2024-04-19T10:00:00Z",
		       "atom: published before updated");
		is_str(f.items[0].author, "Claire Dubois", "atom: feed author inherited");
		is_str(f.items[0].content, "Les étals sont de retour.\n\nDeuxième paragraphe.",
		       "atom: xhtml content as text");
		is_str(f.items[0].language, "fr", "atom: xml:lang");
		is_str(f.items[1].title, "Sans lien <ni balise>",
		       "atom: text title keeps its angle brackets");
		ok(f.items[1].link == NULL, "atom: no alternate link is NULL");
		is_str(f.items[1].author, "redaction@example.org",
		       "atom: e-mail when there is no name");
		is_str(date_of(&f.items[1], d, sizeof(d)), "2024-04-21T05:30:00Z",
		       "atom: fractional seconds and offset");
		is_str(f.items[1].content, "Texte & suite", "atom: html content decoded");
	}
	feed_release(&f);
}

static void test_json(void)
{
	struct feed f;
	struct crier_strbuf js = CRIER_STRBUF_INIT;

	if (!ok(parse("jsonfeed.json", NULL, NULL, &f) == 0, "json: parses"))
		return;
	is_str(f.format, "json", "json: format");
	is_str(f.title, "JSON Daily", "json: title");
	is_int(f.n, 2, "json: two items");
	if (f.n == 2) {
		is_str(f.items[0].id, "1001", "json: numeric id as a string");
		is_str(f.items[0].author, "Feed Author", "json: feed author inherited");
		is_str(f.items[0].content, "Hello world & friends.", "json: content_html as text");
		is_str(f.items[0].language, "en-US", "json: feed language");
		is_str(f.items[1].link, "https://elsewhere.example.com/b",
		       "json: external_url when there is no url");
		is_str(f.items[1].author, "Second Writer", "json: first named author");
		is_str(f.items[1].content, "Just text.", "json: content_text");
		is_str(f.items[1].language, "en-GB", "json: item language");
	}
	feed_to_json(&f, &js);
	ok(strstr(js.buf, "\"published\": \"2024-04-19T10:28:00Z\"") &&
	   strstr(js.buf, "\"title\": null"), "json: JSON output shape");
	crier_strbuf_release(&js);
	feed_release(&f);
}

static void test_encoding(void)
{
	struct feed f;

	if (!ok(parse("cp1252.xml", NULL, NULL, &f) == 0, "cp1252: parses"))
		return;
	is_str(f.title, "Café Crème", "cp1252: Latin-1 letters");
	if (f.n == 1) {
		is_str(f.items[0].title, "“Quoted” – naïve €5",
		       "cp1252: 0x80-0x9f read as windows-1252");
		is_str(f.items[0].summary, "Grüße aus Köln", "cp1252: summary");
	}
	feed_release(&f);
	if (ok(parse("rss2.xml", NULL, "iso-8859-1", &f) == 0,
	       "charset: an HTTP charset overrides the declaration"))
		is_str(f.title, "Harbour & Hill Gazette", "charset: ASCII unchanged");
	feed_release(&f);
}

static void test_broken(void)
{
	struct feed f;

	if (!ok(parse("broken.xml", NULL, NULL, &f) == 0, "broken: recovered"))
		return;
	is_str(f.title, "Broken Feed", "broken: HTML entity in XML");
	is_int(f.n, 4, "broken: every item recovered");
	if (f.n == 4) {
		is_str(f.items[0].summary, "Café opens — at last",
		       "broken: undeclared entities decoded");
		is_str(f.items[2].link, "http://broken.example.org/3",
		       "broken: items after the damage");
		is_str(f.items[3].title, "Fourth item", "broken: control character");
	}
	feed_release(&f);
}

static void test_not_feeds(void)
{
	struct feed f;

	ok(parse("html-page.html", NULL, NULL, &f) < 0 &&
	   strstr(crier_last_error(), "looks like an HTML page"),
	   "html: refused, saying why");
	ok(feed_parse("", 0, NULL, NULL, &f) < 0 &&
	   strstr(crier_last_error(), "empty"), "empty: refused");
	ok(feed_parse("<a><b/></a>", 11, NULL, NULL, &f) < 0 &&
	   strstr(crier_last_error(), "<a>"), "other XML: names the root");
	ok(feed_parse("{\"x\": 1}", 8, NULL, NULL, &f) < 0 &&
	   strstr(crier_last_error(), "items"), "other JSON: refused");
}

static void test_external_entity(void)
{
	static const char doc[] =
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
		"<rss><channel><title>a&x;b</title></channel></rss>\n";
	struct feed f;

	if (ok(feed_parse(doc, sizeof(doc) - 1, NULL, NULL, &f) == 0,
	       "external entity: the feed parses"))
		is_str(f.title, "ab", "external entity: not loaded");
	feed_release(&f);
}

static void test_dates(void)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z" },
		{ "Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z" },
		{ "Mon, 26 January 2004 16:31:00 ET", "2004-01-26T21:31:00Z" },
		{ "Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z" },
		{ "Sun Jul 15 01:16:00 +0000 2012", "2012-07-15T01:16:00Z" },
		{ "Thu Aug 30 2012 17:26:16 +0200", "2012-08-30T15:26:16Z" },
		{ "Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z" },
		{ "Sat, Dec 16 2023 02:02:33 PM", "2023-12-16T14:02:33Z" },
		{ "Fri, 19 Apr 2024 10:28:00 +0000 (UTC)", "2024-04-19T10:28:00Z" },
		{ "Fri, 19 Apr 2024 10:28:00 +0200 CEST", "2024-04-19T08:28:00Z" },
		{ "Fri, 19 Apr 2024 10:28:00 GMT+2", "2024-04-19T08:28:00Z" },
		{ "April 19, 2024", "2024-04-19T00:00:00Z" },
		{ "2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z" },
		{ "2003-12-31", "2003-12-31T00:00:00Z" },
		{ "2003-12", "2003-12-01T00:00:00Z" },
		{ "2004-07-08 23:56:58 -00:20", "2004-07-09T00:16:58Z" },
		{ "20040708T235658Z", "2004-07-08T23:56:58Z" },
		{ "Sun, 16 Dec 2012 1:2:3:4 GMT", "unknown" },
		{ "Sun, 99 Jun 2009 12:00:00 GMT", "unknown" },
		{ "2013-xx-27", "unknown" },
		{ "next tuesday", "unknown" },
		{ "", "unknown" },
	};
	struct feed_item it;
	char d[32];

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		it.published = crier_parse_date(cases[i].in);
		is_str(date_of(&it, d, sizeof(d)), cases[i].want, "date: '%s'",
		       cases[i].in);
	}
}

int main(void)
{
	test_rss2();
	test_rdf();
	test_atom();
	test_json();
	test_encoding();
	test_broken();
	test_not_feeds();
	test_external_entity();
	test_dates();
	return done_testing();
}
