/*
 * test_lexicon_config.c - unit tests for core/config/lexicon_config.c: the
 * config's "lexicon" list read into a lexicon that then rewrites text,
 * and each kind of mistake reported with its file and line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libconfig.h>

#include <crier/normalize.h>
#include <crier/plugin.h>
#include "config/lexicon_config.h"
#include "../tap.h"

static char path[4096];
static char got[1024];

/* Writes text to a temporary file and parses it into cfg; 0 on success. */
static int parse(config_t *cfg, const char *text)
{
	const char *tmp = getenv("TMPDIR");
	FILE *f;
	int fd;

	snprintf(path, sizeof(path), "%s/lexicon-XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	fd = mkstemp(path);
	if (fd < 0)
		return -1;
	f = fdopen(fd, "w");
	fputs(text, f);
	fclose(f);
	config_init(cfg);
	if (!config_read_file(cfg, path)) {
		fprintf(stderr, "# %s:%d: %s\n", path, config_error_line(cfg),
			config_error_text(cfg));
		return -1;
	}
	return 0;
}

/* Reads text's lexicon into lex; the result of lexicon_from_config(). */
static int load(const char *text, struct crier_lexicon *lex)
{
	config_t cfg;
	int ret = -1;

	if (parse(&cfg, text) == 0)
		ret = lexicon_from_config(config_lookup(&cfg, "lexicon"), lex);
	config_destroy(&cfg);
	unlink(path);
	return ret;
}

static const char *apply(const struct crier_lexicon *lex, const char *lang,
			 const char *text)
{
	struct crier_strbuf out = CRIER_STRBUF_INIT;

	crier_lexicon_apply(lex, lang, text, strlen(text), &out);
	snprintf(got, sizeof(got), "%s", out.buf);
	crier_strbuf_release(&out);
	return got;
}

static void test_entries(void)
{
	struct crier_lexicon *lex = crier_lexicon_new();
	int ret = load("lexicon = (\n"
		       "  { match = \"GIF\"; say = \"jif\"; },\n"
		       "  { regex = \"([0-9]+)x([0-9]+)\"; say = \"\\\\1 by \\\\2\"; },\n"
		       "  { match = \"Paris\"; say = \"Parree\"; lang = \"fr\"; }\n"
		       ");\n", lex);

	is_int(ret, 0, "three entries load");
	is_int((int)crier_lexicon_count(lex), 3, "three entries counted");
	is_str(apply(lex, "en", "A GIF, not GIFs."), "A jif, not GIFs.",
	       "match replaces whole words");
	is_str(apply(lex, "en", "a 4x4 car"), "a 4 by 4 car",
	       "regex with groups");
	is_str(apply(lex, "en", "Paris"), "Paris", "a French entry skips English");
	is_str(apply(lex, "fr-FR", "Paris"), "Parree",
	       "a French entry applies to fr-FR");
	crier_lexicon_free(lex);
}

static void test_absent(void)
{
	struct crier_lexicon *lex = crier_lexicon_new();

	is_int(load("speech = { voice = \"en\"; };\n", lex), 0,
	       "no lexicon is fine");
	is_int((int)crier_lexicon_count(lex), 0, "no lexicon: no entries");
	is_int(load("lexicon = ();\n", lex), 0, "an empty lexicon is fine");
	crier_lexicon_free(lex);
}

/* text must fail with a message at line, containing what. */
static void fails(const char *text, int line, const char *what)
{
	struct crier_lexicon *lex = crier_lexicon_new();
	char at[64];
	int ret = load(text, lex);
	const char *msg = crier_last_error();

	snprintf(at, sizeof(at), ":%d: lexicon: ", line);
	ok(ret == -1 && strncmp(msg, path, strlen(path)) == 0 &&
	   strstr(msg, at) && strstr(msg, what),
	   "error at line %d about '%s' (got: %s)", line, what, msg);
	crier_lexicon_free(lex);
}

static void test_errors(void)
{
	fails("lexicon = { match = \"a\"; say = \"b\"; };\n", 1, "must be a list");
	fails("lexicon = (\n  { match = \"a\"; say = \"b\"; },\n  \"GIF\" );\n",
	      3, "must be a group");
	fails("lexicon = (\n  { say = \"b\"; }\n);\n", 2, "either match or regex");
	fails("lexicon = (\n  { match = \"a\"; regex = \"a\"; say = \"b\"; }\n);\n",
	      2, "either match or regex");
	fails("lexicon = (\n  { match = \"a\"; }\n);\n", 2, "needs say");
	fails("lexicon = (\n  { match = \"a\";\n    sya = \"b\"; }\n);\n", 3,
	      "unknown key");
	fails("lexicon = (\n  { match = 5; say = \"b\"; }\n);\n", 2,
	      "must be a string: match");
	fails("lexicon = (\n\n  { regex = \"(a\"; say = \"b\"; }\n);\n", 3,
	      "bad regex \"(a\"");
	fails("lexicon = (\n  { match = \"\"; say = \"b\"; }\n);\n", 2, "empty");
}

int main(void)
{
	test_entries();
	test_absent();
	test_errors();
	return done_testing();
}
