/*
 * test_config_edit.c - adding sources to a config's text keeps the rest
 * of it byte for byte, whatever strings and comments it holds.
 */
#include <stdlib.h>
#include <string.h>

#include <crier/plugin.h>
#include "../tap.h"
#include "config/config_edit.h"

static const char *const one[] = {
	"{ name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }"
};
static const char *const two[] = {
	"{ name = \"A\"; plugin = \"feed\"; url = \"https://a.example/\"; }",
	"{ name = \"B\"; plugin = \"feed\"; url = \"https://b.example/\"; }"
};

/* Runs the edit on text; returns the result (static) or NULL on error. */
static const char *edit(const char *text, const char *const *entries, size_t n)
{
	static struct crier_strbuf out = CRIER_STRBUF_INIT;

	if (config_edit_add_sources(text, strlen(text), "test.conf", NULL,
				    entries, n, &out))
		return NULL;
	return out.buf;
}

static void test_quote(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	config_edit_quote(&sb, "Tom \"Q\" \\ News\n\t\x01 caf\xc3\xa9");
	is_str(sb.buf, "\"Tom \\\"Q\\\" \\\\ News\\n\\t\\x01 caf\xc3\xa9\"",
	       "quotes, backslashes and control characters are escaped");
	crier_strbuf_reset(&sb);
	config_edit_source(&sb, "A \"b\"", "feed", "http://x/?a=1&b=\"2\"");
	is_str(sb.buf, "{ name = \"A \\\"b\\\"\"; plugin = \"feed\"; "
	       "url = \"http://x/?a=1&b=\\\"2\\\"\"; }",
	       "a source group on one line");
	crier_strbuf_release(&sb);
}

static void test_comments_kept(void)
{
	const char *in =
		"# My briefing\n"
		"speech = { rate = 180; };  // a bit faster\n"
		"sources = (\n"
		"    /* local notes */\n"
		"    { name = \"Notes\"; plugin = \"file\"; path = \"n\"; }  # mine\n"
		");\n"
		"# the end\n";
	const char *want =
		"# My briefing\n"
		"speech = { rate = 180; };  // a bit faster\n"
		"sources = (\n"
		"    /* local notes */\n"
		"    { name = \"Notes\"; plugin = \"file\"; path = \"n\"; },  # mine\n"
		"    { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
		");\n"
		"# the end\n";

	is_str(edit(in, one, 1), want,
	       "comments kept, comma after the last entry, its indentation used");
}

static void test_tricky_strings(void)
{
	const char *in =
		"sources = ( { name = \"Odd ) name # not a comment\";\n"
		"              plugin = \"file\"; path = \"a\\\"/* ) */\"; }\n"
		"            /* ) in a comment */ # ) here too\n"
		"            // and ) here\n"
		"); # sources = ( looks like it\n"
		"after = \"sources = ()\";\n";
	const char *want =
		"sources = ( { name = \"Odd ) name # not a comment\";\n"
		"              plugin = \"file\"; path = \"a\\\"/* ) */\"; },\n"
		"            /* ) in a comment */ # ) here too\n"
		"            // and ) here\n"
		"  { name = \"A\"; plugin = \"feed\"; url = \"https://a.example/\"; },\n"
		"  { name = \"B\"; plugin = \"feed\"; url = \"https://b.example/\"; }\n"
		"); # sources = ( looks like it\n"
		"after = \"sources = ()\";\n";

	is_str(edit(in, two, 2), want,
	       "')' and '#' inside strings and comments are not the list's end");
}

static void test_nested_groups(void)
{
	const char *in =
		"sources = (\n"
		"\t{ name = \"Tech\"; plugin = \"feed\"; url = \"u\";\n"
		"\t  summarizer = { plugin = \"lead\"; sentences = 2; };\n"
		"\t  speech = { voice = \"en-gb\"; }; tags = ( \"a\", [ 1, 2 ] ); }\n"
		");\n";
	const char *want =
		"sources = (\n"
		"\t{ name = \"Tech\"; plugin = \"feed\"; url = \"u\";\n"
		"\t  summarizer = { plugin = \"lead\"; sentences = 2; };\n"
		"\t  speech = { voice = \"en-gb\"; }; tags = ( \"a\", [ 1, 2 ] ); },\n"
		"\t{ name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
		");\n";

	is_str(edit(in, one, 1), want,
	       "nested groups, lists and arrays inside entries; tabs kept");
}

static void test_no_sources(void)
{
	const char *in = "speech = { rate = 200; }; /* no newline at the end */";
	const char *want =
		"speech = { rate = 200; }; /* no newline at the end */\n"
		"\n"
		"sources = (\n"
		"  { name = \"A\"; plugin = \"feed\"; url = \"https://a.example/\"; },\n"
		"  { name = \"B\"; plugin = \"feed\"; url = \"https://b.example/\"; }\n"
		");\n";

	is_str(edit(in, two, 2), want, "no sources setting: one is appended");
	is_str(edit("", one, 1),
	       "sources = (\n"
	       "  { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
	       ");\n", "an empty file gets a sources list");
	is_str(edit("# only a comment with sources = ( in it\n", one, 1),
	       "# only a comment with sources = ( in it\n\n"
	       "sources = (\n"
	       "  { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
	       ");\n", "a commented-out sources is not a setting");
	is_str(edit("briefing = { sources = 1; };\n", one, 1),
	       "briefing = { sources = 1; };\n\n"
	       "sources = (\n"
	       "  { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
	       ");\n", "only the top-level sources counts");
}

static void test_empty_list(void)
{
	is_str(edit("sources = ();\naudio = { driver = \"null\"; };\n", one, 1),
	       "sources = (\n"
	       "  { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
	       ");\naudio = { driver = \"null\"; };\n",
	       "an empty list on one line");
	is_str(edit("sources = (\n  # none yet\n);\n", two, 2),
	       "sources = (\n  # none yet\n"
	       "  { name = \"A\"; plugin = \"feed\"; url = \"https://a.example/\"; },\n"
	       "  { name = \"B\"; plugin = \"feed\"; url = \"https://b.example/\"; }\n"
	       ");\n", "an empty list with a comment inside: no comma");
	is_str(edit("sources = [ ];\n", one, 1),
	       "sources = (\n"
	       "  { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
	       ");\n", "an empty array becomes a list");
}

static void test_terminators(void)
{
	is_str(edit("sources : ( { name = \"x\"; plugin = \"file\"; } )\n"
		    "jobs = 2\n", one, 1),
	       "sources : ( { name = \"x\"; plugin = \"file\"; },\n"
	       "  { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
	       ")\njobs = 2\n", "':' and no ';' after the list");
	is_str(edit("jobs = 2, sources = ( {name=\"x\";plugin=\"file\";} ),"
		    " timeout = 5;", one, 1),
	       "jobs = 2, sources = ( {name=\"x\";plugin=\"file\";},\n"
	       "  { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
	       "), timeout = 5;", "settings ended with ',' on one line");
	is_str(edit("sources = (\n  { name = \"x\"; plugin = \"file\"; },\n  "
		    "{ name = \"y\"; plugin = \"file\"; }\n  );\n", one, 1),
	       "sources = (\n  { name = \"x\"; plugin = \"file\"; },\n  "
	       "{ name = \"y\"; plugin = \"file\"; },\n"
	       "  { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\n"
	       "  );\n", "an indented closing bracket stays where it was");
}

static void test_crlf(void)
{
	is_str(edit("# dos\r\nsources = (\r\n  { name = \"x\"; plugin = \"file\"; }\r\n);\r\n",
		    two, 2),
	       "# dos\r\nsources = (\r\n  { name = \"x\"; plugin = \"file\"; },\r\n"
	       "  { name = \"A\"; plugin = \"feed\"; url = \"https://a.example/\"; },\r\n"
	       "  { name = \"B\"; plugin = \"feed\"; url = \"https://b.example/\"; }\r\n"
	       ");\r\n", "CRLF files get CRLF lines");
	is_str(edit("jobs = 2;\r\n", one, 1),
	       "jobs = 2;\r\n\r\nsources = (\r\n"
	       "  { name = \"New\"; plugin = \"feed\"; url = \"https://n.example/rss\"; }\r\n"
	       ");\r\n", "also when the list is new");
}

static void test_errors(void)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;

	is_int(config_edit_add_sources("sources = ( { name = \"x\" );\n", 27,
				       "bad.conf", NULL, one, 1, &out), -1,
	       "a broken config is refused");
	ok(!strncmp(crier_last_error(), "bad.conf:1: ", 12),
	   "naming FILE:LINE (%s)", crier_last_error());
	is_int(config_edit_add_sources("sources = 3;\n", 13, "n.conf", NULL,
				       one, 1, &out), -1,
	       "sources that is not a list is refused");
	ok(strstr(crier_last_error(), "'sources' must be a list") != NULL,
	   "with a hint (%s)", crier_last_error());
	is_int(config_edit_add_sources("sources = [ 1 ];\n", 17, "a.conf", NULL,
				       one, 1, &out), -1,
	       "an array of values is refused");
	is_int(config_edit_add_sources("sources = ();\n", 14, "a.conf", NULL,
				       one, 0, &out), 0, "nothing to add");
	is_str(out.buf, "sources = ();\n", "leaves the text alone");
	crier_strbuf_release(&out);
}

int main(void)
{
	test_quote();
	test_comments_kept();
	test_tricky_strings();
	test_nested_groups();
	test_no_sources();
	test_empty_list();
	test_terminators();
	test_crlf();
	test_errors();
	return done_testing();
}
