/*
 * test_ledger.c - the heard-story ledger: marking and finding stories by
 * id, link variants and headline; surviving a reopen; a corrupt file
 * moved aside; link and headline normalization; history order; marks
 * held until the briefing's file is kept.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "briefing/ledger.h"
#include "libcrier.h"
#include "../tap.h"

static char dir[] = "/tmp/crier-test-ledger-XXXXXX";
static char db[600];

static struct crier_article *article(const char *source, const char *id,
				     const char *link, const char *title)
{
	struct crier_article *a = crier_article_new();

	crier_article_sets(a, CRIER_FIELD_SOURCE, source);
	crier_article_sets(a, CRIER_FIELD_ID, id);
	crier_article_sets(a, CRIER_FIELD_LINK, link);
	crier_article_sets(a, CRIER_FIELD_TITLE, title);
	return a;
}

/* Whether a story made of these fields counts as heard in l. */
static int heard(struct ledger *l, const char *source, const char *id,
		 const char *link, const char *title)
{
	struct crier_article *a = article(source, id, link, title);
	int ret = ledger_heard(l, a);

	crier_article_free(a);
	return ret;
}

static void link_is(const char *link, const char *want)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	ledger_normalize_link(link, &sb);
	is_str(sb.buf, want, "link '%s'", link);
	crier_strbuf_release(&sb);
}

static void check_normalize(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	link_is("HTTPS://News.Example.COM/World/Story-1/", "https://news.example.com/World/Story-1");
	link_is("http://news.example.com/a", "https://news.example.com/a");
	link_is("https://news.example.com:443/a#comments", "https://news.example.com/a");
	link_is("http://news.example.com:80/a", "https://news.example.com/a");
	link_is("https://news.example.com:8080/a", "https://news.example.com:8080/a");
	link_is("https://x.example/a?utm_source=rss&id=4&utm_medium=feed",
		"https://x.example/a?id=4");
	link_is("https://x.example/a/?UTM_Campaign=x#top", "https://x.example/a");
	link_is("https://x.example/", "https://x.example");
	link_is("  https://x.example/a?b=1;utm_term=q  ", "https://x.example/a?b=1");
	link_is("ftp://Files.Example/x/", "ftp://files.example/x");
	link_is("/local/path/", "/local/path");
	link_is("", "");
	ledger_normalize_title("  Storm hits   COAST: 3,000 homes  lose power! ", &sb);
	is_str(sb.buf, "storm hits coast 3,000 homes lose power", "headline normalized");
	crier_strbuf_release(&sb);
}

static void check_marks(void)
{
	struct ledger *l;
	struct crier_article *a;

	is_int(ledger_open_path(db, &l), 0, "a new ledger opens");
	is_int(heard(l, "Wire", "guid-1", "https://x.example/a", "Ferry sails again"), 0,
	       "an empty ledger has heard nothing");
	a = article("Wire", "guid-1", "https://x.example/news/ferry?utm_source=rss",
		    "Ferry service returns to the island");
	is_int(ledger_mark(l, a, NULL), 0, "a story is marked");
	crier_article_free(a);

	is_int(heard(l, "Wire", "guid-1", "", ""), 1, "heard: same id, same source");
	is_int(heard(l, "Other", "guid-1", "", ""), 0, "not heard: same id, other source");
	is_int(heard(l, "X", "", "HTTP://X.EXAMPLE/news/ferry/", ""), 1,
	       "heard: link with other case, scheme and a trailing slash");
	is_int(heard(l, "X", "", "https://x.example/news/ferry#top", ""), 1,
	       "heard: link with a fragment");
	is_int(heard(l, "X", "", "https://x.example/news/ferry?utm_medium=email", ""), 1,
	       "heard: link with other utm parameters");
	is_int(heard(l, "X", "", "https://x.example/news/ferry?page=2", ""), 0,
	       "not heard: link with a real parameter");
	is_int(heard(l, "X", "", "https://x.example/news/Ferry", ""), 0,
	       "not heard: the path's case matters");
	is_int(heard(l, "X", "other", "", "FERRY service returns to the island!"), 1,
	       "heard: same headline, other case and punctuation");
	is_int(heard(l, "X", "other", "", "Ferry service returns"), 0,
	       "not heard: a shorter headline");
	is_int(heard(l, "Wire", "guid-2", "https://x.example/b", "Choir wins contest"), 0,
	       "not heard: a different story");
	is_int(heard(l, "Wire", "", "", ""), 0, "empty keys match nothing");
	ledger_close(l);

	is_int(ledger_open_path(db, &l), 0, "the ledger reopens");
	is_int(heard(l, "Wire", "guid-1", "", ""), 1, "the mark survived closing");
	a = article("Wire", "", "", "Last year's storm");
	is_int(ledger_mark_at(l, a, "Wire", (int64_t)time(NULL) - 400 * 86400), 0,
	       "an old story is marked");
	crier_article_free(a);
	is_int(heard(l, "X", "", "", "Last year's storm"), 0,
	       "an old headline alone no longer matches");
	ledger_close(l);
}

static int collect(const struct ledger_entry *e, void *data)
{
	struct crier_strbuf *sb = data;

	crier_strbuf_addf(sb, "%s:%s|", e->source, e->title);
	return 0;
}

static void check_recent(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	struct ledger *l;
	int64_t now = (int64_t)time(NULL);
	const char *titles[] = { "One", "Two", "Three" };

	unlink(db);
	ledger_open_path(db, &l);
	for (int i = 0; i < 3; i++) {
		struct crier_article *a = article("S", "", "", titles[i]);

		ledger_mark_at(l, a, i == 1 ? "Given" : NULL, now - 100 + i);
		crier_article_free(a);
	}
	is_int(ledger_recent(l, 0, collect, &sb), 0, "history lists");
	is_str(sb.buf, "S:Three|Given:Two|S:One|", "newest first, with sources");
	crier_strbuf_reset(&sb);
	ledger_recent(l, 2, collect, &sb);
	is_str(sb.buf, "S:Three|Given:Two|", "limited");
	ledger_close(l);

	is_int(ledger_open_readonly(db, &l), 1, "read-only open");
	crier_strbuf_reset(&sb);
	ledger_recent(l, 1, collect, &sb);
	is_str(sb.buf, "S:Three|", "read-only history");
	ledger_close(l);
	is_int(ledger_open_readonly("/nonexistent/heard.db", &l), 0,
	       "read-only open of a missing ledger finds nothing");
	ok(l == NULL, "and gives no ledger");
	crier_strbuf_release(&sb);
}

/* The number of files in dir named prefix..., not counting -wal, -shm. */
static int count_files(const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (!d)
		return -1;
	for (e = readdir(d); e; e = readdir(d))
		n += !strncmp(e->d_name, prefix, strlen(prefix)) &&
			!strstr(e->d_name, "-wal") && !strstr(e->d_name, "-shm");
	closedir(d);
	return n;
}

/* The size of the one file moved aside, or -1. */
static long moved_size(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[900];
	struct stat st;
	long size = -1;

	for (e = d ? readdir(d) : NULL; e; e = readdir(d)) {
		if (strncmp(e->d_name, "heard.db.corrupt-", 17) ||
		    strstr(e->d_name, "-wal") || strstr(e->d_name, "-shm"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (!stat(path, &st))
			size = (long)st.st_size;
	}
	if (d)
		closedir(d);
	return size;
}

static void check_corrupt(void)
{
	static const char junk[] = "this is not a database, just text\n";
	struct ledger *l;
	FILE *fp;

	unlink(db);
	fp = fopen(db, "w");
	for (int i = 0; i < 200; i++)
		fputs(junk, fp);
	fclose(fp);
	is_int(ledger_open_path(db, &l), 0, "a ledger over a junk file opens");
	is_int(count_files("heard.db.corrupt-"), 1, "the junk file was moved aside");
	is_int(moved_size(), 200 * (long)strlen(junk), "with its content intact");
	is_int(heard(l, "S", "x", "", ""), 0, "the new ledger is empty");
	ledger_close(l);

	/* A database whose pages were overwritten in the middle. */
	unlink(db);
	ledger_open_path(db, &l);
	for (int i = 0; i < 300; i++) {
		char title[64];
		struct crier_article *a;

		snprintf(title, sizeof(title), "Story number %d of many", i);
		a = article("S", title, "", title);
		ledger_mark(l, a, NULL);
		crier_article_free(a);
	}
	ledger_close(l);
	fp = fopen(db, "r+");
	fseek(fp, 4096, SEEK_SET);	/* all of page 2, the table's root */
	for (int i = 0; i < 240; i++)
		fputs(junk, fp);
	fclose(fp);
	is_int(ledger_open_path(db, &l), 0, "a ledger over a damaged database opens");
	is_int(count_files("heard.db.corrupt-"), 2, "the damaged one was moved aside");
	is_int(heard(l, "S", "Story number 1 of many", "", ""), 0, "and a new one started");
	ledger_close(l);
}

static void check_unwritable(void)
{
	char ro[700], path[800];
	struct ledger *l = NULL;

	snprintf(ro, sizeof(ro), "%s/ro", dir);
	mkdir(ro, 0500);
	snprintf(path, sizeof(path), "%s/heard.db", ro);
	if (!geteuid()) {
		/* root writes anywhere: a missing directory stands in. */
		snprintf(path, sizeof(path), "%s/missing/heard.db", dir);
	}
	is_int(ledger_open_path(path, &l), -1, "a ledger in an unwritable place fails");
	ok(strstr(crier_last_error(), path) != NULL, "naming the file: %s",
	   crier_last_error());
	chmod(ro, 0700);
}

static void check_state_dir(void)
{
	char state[700], path[800];
	struct ledger *l;
	struct stat st;

	snprintf(state, sizeof(state), "%s/state", dir);
	setenv("XDG_STATE_HOME", state, 1);
	is_int(ledger_open(&l), 0, "the default ledger opens");
	snprintf(path, sizeof(path), "%s/crier/heard.db", state);
	ok(!stat(path, &st), "in $XDG_STATE_HOME/crier/heard.db");
	ledger_close(l);
}

/* Marks held by ledger_hold(): recorded by ledger_release(1), dropped by 0. */
static void check_hold(void)
{
	char path[700];
	struct ledger *l, *other;
	struct crier_article *a = article("Hold", "h-1", "https://h.example/1",
					  "Held story one");
	struct crier_article *b = article("Hold", "h-2", "https://h.example/2",
					  "Held story two");

	snprintf(path, sizeof(path), "%s/hold.db", dir);
	is_int(ledger_open_path(path, &l), 0, "a ledger for held marks opens");
	ledger_hold(l);
	is_int(ledger_mark(l, a, NULL), 0, "a held mark succeeds");
	is_int(ledger_mark(l, b, NULL), 0, "so does a second");
	is_int(ledger_open_path(path, &other), 0, "another process opens the ledger");
	is_int(ledger_heard(other, a), 0, "and sees no held mark");
	is_int(ledger_mark(other, a, "Other"), 0,
	       "and can write meanwhile (holding locks nothing)");
	is_int(ledger_release(l, 1), 0, "the held marks are released, kept");
	is_int(ledger_heard(other, b), 1, "then they are recorded");
	ledger_close(other);
	is_int(ledger_forget(l, NULL, &(size_t){ 0 }), 0, "forgotten again");
	ledger_hold(l);
	is_int(ledger_mark(l, a, NULL), 0, "a mark held again");
	is_int(ledger_release(l, 0), 0, "released, dropped");
	is_int(ledger_heard(l, a), 0, "a dropped mark is not recorded");
	is_int(ledger_mark(l, a, NULL), 0, "after release a mark is recorded at once");
	is_int(ledger_heard(l, a), 1, "as before");
	ledger_close(l);
	crier_article_free(a);
	crier_article_free(b);
}

int main(void)
{
	char cmd[700];

	if (!mkdtemp(dir))
		return 1;
	snprintf(db, sizeof(db), "%s/heard.db", dir);
	check_normalize();
	check_marks();
	check_hold();
	check_recent();
	check_corrupt();
	check_unwritable();
	check_state_dir();
	if (getenv("KEEP")) return done_testing();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd))
		fprintf(stderr, "cannot remove %s\n", dir);
	return done_testing();
}
