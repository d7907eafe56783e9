/*
 * test_lazy.c - unit tests for the libraries loaded on first use
 * (core/lib/lazy/): this program links the forwarders (core/liblazy.la)
 * and none of the libraries, so each is not loaded until the first call
 * into it, which then answers as the library does (libxml2's xmlFree
 * variable included); a library or a symbol that cannot be found stops
 * the process with status 127 and a message naming the library.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libstemmer.h>
#include <libxml/uri.h>
#include <libxml/xmlstring.h>
#include <sqlite3.h>

#include "build-config.h"
#include "lazy/lazy.h"
#include "../tap.h"

/* Whether soname is loaded in this process (dlopen's RTLD_NOLOAD). */
static int loaded(const char *soname)
{
	void *h = dlopen(soname, RTLD_LAZY | RTLD_NOLOAD);

	if (h)
		dlclose(h);
	return h != NULL;
}

static void test_libxml2(void)
{
	xmlChar *uri;

	ok(!loaded(LIBXML2_SONAME), "libxml2 is not loaded before a call");
	is_int(xmlStrcasecmp((const xmlChar *)"Crier", (const xmlChar *)"cRIER"),
	       0, "xmlStrcasecmp() answers as libxml2's");
	ok(loaded(LIBXML2_SONAME), "the first call loaded libxml2");
	uri = xmlBuildURI((const xmlChar *)"b.html",
			  (const xmlChar *)"http://example.com/a/");
	is_str((const char *)uri, "http://example.com/a/b.html",
	       "xmlBuildURI() resolves a link");
	/* libxml2's own deallocator, through the variable (valgrind.sh and
	 * sanitize.sh see a mismatched free). */
	xmlFree(uri);
}

static void test_sqlite(void)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;

	ok(!loaded(SQLITE3_SONAME), "SQLite is not loaded before a call");
	is_int(sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, NULL),
	       SQLITE_OK, "sqlite3_open_v2() opens a database");
	ok(loaded(SQLITE3_SONAME), "the first call loaded SQLite");
	is_int(sqlite3_prepare_v2(db, "SELECT 6 * 7", -1, &st, NULL), SQLITE_OK,
	       "a statement is prepared");
	is_int(sqlite3_step(st), SQLITE_ROW, "and gives a row");
	is_int(sqlite3_column_int(st, 0), 42, "with the answer");
	sqlite3_finalize(st);
	is_int(sqlite3_close(db), SQLITE_OK, "the database closes");
}

static void test_stemmer(void)
{
	struct sb_stemmer *st;
	const sb_symbol *stem;

	ok(!loaded(STEMMER_SONAME), "libstemmer is not loaded before a call");
	st = sb_stemmer_new("english", NULL);
	ok(st != NULL, "sb_stemmer_new() makes an English stemmer");
	ok(loaded(STEMMER_SONAME), "the first call loaded libstemmer");
	stem = sb_stemmer_stem(st, (const sb_symbol *)"running", 7);
	is_str((const char *)stem, "run", "which stems 'running' to 'run'");
	is_int(sb_stemmer_length(st), 3, "of length 3");
	sb_stemmer_delete(st);
}

/*
 * Runs lazy_sym(lib, name) in a child; its exit status, and the start of
 * what it wrote on stderr in err.
 */
static int child_status(struct lazy_lib *lib, const char *name, char *err,
			size_t size)
{
	static void *_Atomic cache;
	int fds[2], status;
	ssize_t n;
	pid_t pid;

	if (pipe(fds))
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		lazy_sym(lib, name, &cache);
		_exit(0);
	}
	close(fds[1]);
	n = read(fds[0], err, size - 1);
	err[n > 0 ? n : 0] = '\0';
	close(fds[0]);
	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

static void test_missing(void)
{
	static struct lazy_lib nolib = { "libcrier-no-such-library.so.9", NULL };
	static struct lazy_lib xml = { LIBXML2_SONAME, NULL };
	char err[512];

	is_int(child_status(&nolib, "f", err, sizeof(err)), 127,
	       "a library that cannot be loaded stops the process with 127");
	ok(strstr(err, "crier: cannot load libcrier-no-such-library.so.9: ") == err,
	   "and names the library");
	is_int(child_status(&xml, "xmlNoSuchFunction", err, sizeof(err)), 127,
	       "a function the library lacks stops it too");
	ok(strstr(err, "crier: cannot load " LIBXML2_SONAME ": ") == err &&
	   strstr(err, "xmlNoSuchFunction"), "naming the library and the function");
}

int main(void)
{
	test_libxml2();
	test_sqlite();
	test_stemmer();
	test_missing();
	return done_testing();
}
