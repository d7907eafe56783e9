/*
 * test_opml.c - reading OPML and newsboat urls files, writing OPML that
 * reads back the same.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <crier/plugin.h>
#include "../tap.h"
#include "config/opml.h"

static int read_text(const char *text, struct opml_list *list)
{
	opml_list_release(list);
	return opml_read(text, strlen(text), "t", list);
}

static void test_urls(void)
{
	struct opml_list l = { NULL, 0, 0 };

	is_int(read_text("\xef\xbb\xbf  https://a.example/x \"~A \\\"q\\\"\" t\r\n"
			 "  # comment\n\n"
			 "http://b.example/ \"~\" tag\n"
			 "\"https://c.example/with space\" ~C\n", &l), 0,
	       "a urls file with a BOM and CRLF reads");
	is_int(l.n, 3, "three feeds");
	if (l.n == 3) {
		is_str(l.feeds[0].url, "https://a.example/x", "the URL");
		is_str(l.feeds[0].title, "A \"q\"", "~title, quoted, escapes");
		is_str(l.feeds[1].title, "b.example",
		       "an empty ~title: the host");
		is_str(l.feeds[2].url, "https://c.example/with space",
		       "a quoted URL");
		is_str(l.feeds[2].title, "C", "an unquoted ~title");
	}
	is_int(read_text("# nothing\n\"query:x:unread = \\\"yes\\\"\"\n", &l),
	       -1, "only a query feed: no feeds, an error");
	ok(strstr(crier_last_error(), "t: no feeds") != NULL, "says so (%s)",
	   crier_last_error());
	opml_list_release(&l);
}

static void test_opml(void)
{
	struct opml_list l = { NULL, 0, 0 };

	is_int(read_text("\n <?xml version=\"1.0\"?><opml><body>"
			 "<outline text=\"F\"><outline title=\"\" text=\" T \t\""
			 " xmlUrl=\" https://t.example/ \"/></outline>"
			 "<outline xmlUrl=\"\" text=\"empty\"/>"
			 "</body></opml>", &l), 0, "OPML after blanks reads");
	is_int(l.n, 1, "one feed; an empty xmlUrl is none");
	if (l.n == 1) {
		is_str(l.feeds[0].title, "T", "an empty title: the text");
		is_str(l.feeds[0].url, "https://t.example/", "trimmed URL");
	}
	is_int(read_text("<opml>\n<body>\n<outline xmlUrl=\"x\">\n</body></opml>",
			 &l), -1, "not well-formed");
	ok(!strncmp(crier_last_error(), "t:4: not well-formed XML: ", 26),
	   "FILE:LINE (%s)", crier_last_error());
	opml_list_release(&l);
}

static void test_write(void)
{
	struct opml_feed in[] = {
		{ "A & B <c> \"d\" 'e'", "https://x.example/?a=1&b=2" },
		{ "bad \xff utf-8 \x01 ctl", "file:///tmp/f.xml" },
	};
	struct opml_list l = { NULL, 0, 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	is_int(opml_write(fp, "t & t", in, 2), 0, "writes");
	fclose(fp);
	ok(strstr(buf, "<opml version=\"2.0\">") != NULL, "OPML 2.0");
	is_int(opml_read(buf, len, "w", &l), 0, "what it writes reads back");
	is_int(l.n, 2, "with every feed");
	if (l.n == 2) {
		is_str(l.feeds[0].title, in[0].title, "markup characters");
		is_str(l.feeds[0].url, in[0].url, "and URLs round-trip");
		is_str(l.feeds[1].title, "bad \xef\xbf\xbd utf-8 ctl",
		       "invalid UTF-8 is replaced, control characters dropped");
	}
	opml_list_release(&l);
	free(buf);
}

int main(void)
{
	test_urls();
	test_opml();
	test_write();
	return done_testing();
}
