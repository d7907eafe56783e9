/*
 * test_http.c - crier_http_get() against tests/http/server.py: good
 * answers, conditional GET from the state database, and each fault with
 * its own message.  Runs on 127.0.0.1 only, with short timeouts.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <time.h>
#include <unistd.h>

#include "build-config.h"
#include <crier/http.h>
#include <crier/plugin.h>
#include "../tap.h"

static char base[64];		/* "http://127.0.0.1:PORT" */
static char state[] = "/tmp/crier-test-http.XXXXXX";

static const char *srcdir(void)
{
	const char *d = getenv("CRIER_SRCDIR");

	return d && *d ? d : CRIER_SRCDIR;
}

/*
 * Starts server.py with up to two more arguments (may be NULL), reads the
 * port it prints into *port and returns its pid; exits on failure.
 */
static pid_t start_server(const char *arg1, const char *arg2, int *port)
{
	char script[4096], line[32] = "";
	int fd[2];
	pid_t pid;
	FILE *fp;

	snprintf(script, sizeof(script), "%s/tests/http/server.py", srcdir());
	fflush(stdout);
	if (pipe(fd) < 0 || (pid = fork()) < 0) {
		perror("test_http");
		exit(99);
	}
	if (!pid) {
		dup2(fd[1], 1);
		close(fd[0]);
		close(fd[1]);
		execlp("python3", "python3", script, "--lifetime", "60",
		       arg1 ? "--tls" : NULL, arg1, arg2, (char *)NULL);
		perror("python3");
		_exit(127);
	}
	close(fd[1]);
	fp = fdopen(fd[0], "r");
	if (!fp || !fgets(line, sizeof(line), fp) || atoi(line) <= 0) {
		printf("Bail out! tests/http/server.py did not start\n");
		exit(99);
	}
	fclose(fp);
	*port = atoi(line);
	return pid;
}

static void stop_server(pid_t pid)
{
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
}

static void remove_state(void)
{
	static const char *files[] = { "http-cache.sqlite",
		"http-cache.sqlite-wal", "http-cache.sqlite-shm", NULL };
	static const char *tls[] = { "cert.pem", "key.pem", NULL };
	char path[4096];

	for (int i = 0; files[i]; i++) {
		snprintf(path, sizeof(path), "%s/crier/%s", state, files[i]);
		unlink(path);
	}
	for (int i = 0; tls[i]; i++) {
		snprintf(path, sizeof(path), "%s/%s", state, tls[i]);
		unlink(path);
	}
	snprintf(path, sizeof(path), "%s/crier", state);
	rmdir(path);
	rmdir(state);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *url(const char *path)
{
	static char buf[512];

	snprintf(buf, sizeof(buf), "%s%s", base, path);
	return buf;
}

static int contains(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

/* Expects path to fail with a message that has the URL and want. */
static void fails(const char *path, const struct crier_http_options *opt,
		  const char *want, const char *name)
{
	struct crier_http_response r;
	const char *u = url(path);
	int ret = crier_http_get(u, opt, &r);

	if (!ok(ret == -1 && contains(crier_last_error(), u) &&
		contains(crier_last_error(), want), "%s", name))
		printf("#   returned %d, message \"%s\"\n#   want \"%s\"\n",
		       ret, crier_last_error(), want);
	else
		printf("#   %s\n", crier_last_error());
	ok(r.body.len == 0 && !r.content_type && !r.effective_url,
	   "%s: nothing left to free", name);
}

static char *read_fixture(const char *name, size_t *len)
{
	char path[4096], *buf;
	FILE *fp;
	long n;

	snprintf(path, sizeof(path), "%s/tests/http/feeds/%s", srcdir(), name);
	fp = fopen(path, "rb");
	if (!fp || fseek(fp, 0, SEEK_END) < 0 || (n = ftell(fp)) < 0)
		exit(99);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	if (!buf || fread(buf, 1, (size_t)n, fp) != (size_t)n)
		exit(99);
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

static void test_good(void)
{
	struct crier_http_response r;
	size_t len;
	char *want = read_fixture("news.xml", &len);

	is_int(crier_http_get(url("/feeds/news.xml"), NULL, &r), 0,
	       "a feed is fetched");
	is_int(r.status, 200, "with status 200");
	ok(r.body.len == len && !memcmp(r.body.buf, want, len),
	   "the gzipped answer is decoded to the file");
	is_str(r.content_type, "application/xml", "media type");
	ok(!r.charset, "no charset when none is sent");
	is_str(r.effective_url, url("/feeds/news.xml"), "effective URL");
	is_int(r.not_modified, 0, "not a 304");
	crier_http_response_release(&r);

	is_int(crier_http_get(url("/feeds/news.xml"), NULL, &r), 0,
	       "fetched again");
	is_int(r.status, 304, "the server says 304");
	is_int(r.not_modified, 1, "not_modified is set");
	ok(r.body.len == len && !memcmp(r.body.buf, want, len),
	   "and the body is the cached copy");
	is_str(r.content_type, "application/xml", "with its media type");
	crier_http_response_release(&r);
	crier_http_response_release(&r);
	free(want);
}

/* Fetches path twice and returns not_modified of the second answer. */
static int second_not_modified(const char *path,
			       const struct crier_http_options *opt)
{
	struct crier_http_response r;
	int nm = -1;

	if (crier_http_get(url(path), opt, &r) < 0)
		return -1;
	crier_http_response_release(&r);
	if (crier_http_get(url(path), opt, &r) < 0)
		return -1;
	if (contains(r.body.buf, "Loopback Ledger"))
		nm = r.not_modified;
	crier_http_response_release(&r);
	return nm;
}

static void test_conditional(void)
{
	struct crier_http_options nocache = { .flags = CRIER_HTTP_NO_CACHE };
	struct crier_http_options key = { .cache_key = "test-key" };
	struct crier_http_response r;

	is_int(second_not_modified("/feeds/news.xml?validators=etag", NULL), 1,
	       "304 by ETag alone");
	is_int(second_not_modified("/feeds/news.xml?validators=lm", NULL), 1,
	       "304 by Last-Modified alone");
	is_int(second_not_modified("/feeds/news.xml?validators=none", NULL),
	       0, "no validators: a full answer each time");
	is_int(second_not_modified("/feeds/news.xml", &nocache), 0,
	       "CRIER_HTTP_NO_CACHE: a full answer each time");

	crier_http_get(url("/echo?body=one&etag=v1"), &key, &r);
	is_str(r.body.buf, "one", "cache key: first version");
	crier_http_response_release(&r);
	crier_http_get(url("/echo?body=two&etag=v2"), &key, &r);
	ok(!strcmp(r.body.buf, "two") && !r.not_modified,
	   "a changed document replaces the cached one");
	crier_http_response_release(&r);
	crier_http_get(url("/echo?body=two&etag=v2"), &key, &r);
	ok(!strcmp(r.body.buf, "two") && r.not_modified,
	   "and is what a 304 gives next");
	crier_http_response_release(&r);
}

static void test_answers(void)
{
	struct crier_http_response r;

	is_int(crier_http_get(url("/headers"), NULL, &r), 0, "headers echo");
	ok(contains(r.body.buf, "User-Agent: crier/" PACKAGE_VERSION),
	   "User-Agent is crier/VERSION");
	ok(contains(r.body.buf, "gzip") && contains(r.body.buf, "deflate"),
	   "gzip and deflate accepted");
	crier_http_response_release(&r);

	is_int(crier_http_get(url("/fault/redirect"), NULL, &r), 0,
	       "a redirect is followed");
	is_str(r.effective_url, url("/feeds/news.xml"), "to its target");
	crier_http_response_release(&r);

	is_int(crier_http_get(url("/fault/wrong-charset"), NULL, &r), 0,
	       "wrong charset: fetched");
	is_str(r.charset, "utf-8", "the charset is passed on as sent");
	is_str(r.content_type, "application/rss+xml", "without parameters");
	crier_http_response_release(&r);

	is_int(crier_http_get(url("/fault/empty"), NULL, &r), 0, "empty body");
	ok(r.body.len == 0 && r.body.buf[0] == '\0', "is empty");
	crier_http_response_release(&r);
}

/* A port on 127.0.0.1 where nothing listens. */
static int free_port(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t n = sizeof(a);
	int s = socket(AF_INET, SOCK_STREAM, 0), port;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0 || bind(s, (struct sockaddr *)&a, n) < 0 ||
	    getsockname(s, (struct sockaddr *)&a, &n) < 0)
		exit(99);
	port = ntohs(a.sin_port);
	close(s);
	return port;
}

static void test_faults(void)
{
	struct crier_http_options quick = { .timeout_ms = 1000,
					    .connect_timeout_ms = 1000 };
	struct crier_http_options small = { .max_body = 65536 };
	struct crier_http_response r;
	char refused[64];
	double t0;

	fails("/fault/404", NULL, "HTTP 404 Not Found", "404");
	fails("/fault/500", NULL, "HTTP 500 Internal Server Error", "500");
	fails("/fault/loop", NULL, "too many redirects", "redirect loop");
	t0 = now();
	fails("/fault/hang", &quick, "connected, but no answer came within "
	      "1000 ms", "accepted and never answered");
	/* The server holds these for its whole 60 s lifetime; a busy machine
	 * may take a while to notice the 1 s timeout, but not that long. */
	ok(now() - t0 < 30, "gives up before the server does (%.1f s)", now() - t0);
	t0 = now();
	crier_http_set_defaults(&quick);
	fails("/fault/drip", NULL, "the body was still arriving after "
	      "1000 ms", "slow drip (timeout from crier_http_set_defaults)");
	crier_http_set_defaults(NULL);
	ok(now() - t0 < 30, "gives up before the server does (%.1f s)", now() - t0);
	fails("/fault/big?size=1048576", &small,
	      "larger than the limit of 65536 bytes (by its Content-Length)",
	      "body over the cap, announced");
	fails("/fault/big-stream?size=1048576", &small,
	      "body larger than the limit of 65536 bytes", "body over the cap, "
	      "streamed");
	fails("/fault/bad-gzip", NULL, "cannot decode the gzip body",
	      "undecodable body");
	fails("/fault/cut", NULL, "closed before the whole body arrived",
	      "connection cut");
	fails("/fault/close", NULL, "closed the connection without answering",
	      "connection closed");
	fails("/fault/redirect-file", NULL, "redirected to a URL that is not "
	      "http or https", "no redirect to file://");
	snprintf(refused, sizeof(refused), "http://127.0.0.1:%d/x",
		 free_port());
	ok(crier_http_get(refused, NULL, &r) == -1 &&
	   contains(crier_last_error(), refused) &&
	   contains(crier_last_error(), "connection refused"),
	   "connection refused: %s", crier_last_error());
	ok(crier_http_get("file:///etc/hostname", NULL, &r) == -1 &&
	   contains(crier_last_error(), "only http and https"),
	   "file:// refused: %s", crier_last_error());
}

static long peak_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* The gzip bomb (1 GiB of zeros) is cut off at the cap, not buffered. */
static void test_bomb(void)
{
	long before = peak_kb();

	fails("/fault/gzip-bomb", NULL, "larger than the limit of 10485760 "
	      "bytes once decompressed (gzip; a compression bomb?)",
	      "gzip bomb");
	ok(peak_kb() - before < 40 * 1024, "peak memory grew by %ld kB only",
	   peak_kb() - before);
}

/* Several processes share the state database at once. */
static void test_processes(void)
{
	enum { PROCS = 4, EACH = 10 };
	char errfile[4096];
	int fails = 0;
	FILE *fp;
	long size;

	snprintf(errfile, sizeof(errfile), "%s/stderr", state);
	fflush(stdout);
	for (int p = 0; p < PROCS; p++) {
		if (fork())
			continue;
		freopen(errfile, "a", stderr);
		for (int i = 0; i < EACH; i++) {
			struct crier_http_response r;
			char path[64];

			snprintf(path, sizeof(path), "/gen/%d.xml", i);
			if (crier_http_get(url(path), NULL, &r) < 0)
				_exit(1);
			crier_http_response_release(&r);
		}
		_exit(0);
	}
	for (int p = 0; p < PROCS; p++) {
		int st;

		wait(&st);
		fails += !WIFEXITED(st) || WEXITSTATUS(st);
	}
	is_int(fails, 0, "%d processes fetching at once all succeed", PROCS);
	fp = fopen(errfile, "r");
	size = fp && !fseek(fp, 0, SEEK_END) ? ftell(fp) : 0;
	is_int(size, 0, "without cache warnings");
	if (fp)
		fclose(fp);
	unlink(errfile);
}

/* A damaged cache file is replaced by a new one, with a warning. */
static void test_damaged(void)
{
	char path[4096], errfile[4096];
	struct crier_http_response r;
	int saved = dup(2), nm = -1;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/crier/http-cache.sqlite-wal", state);
	unlink(path);
	snprintf(path, sizeof(path), "%s/crier/http-cache.sqlite", state);
	snprintf(errfile, sizeof(errfile), "%s/stderr", state);
	fp = fopen(path, "w");
	if (!fp)
		exit(99);
	fputs("this is not an SQLite database, whatever its name says\n",
	      fp);
	fclose(fp);
	fflush(stderr);
	if (!freopen(errfile, "w", stderr))
		exit(99);
	if (crier_http_get(url("/feeds/atom.xml"), NULL, &r) == 0) {
		crier_http_response_release(&r);
		if (crier_http_get(url("/feeds/atom.xml"), NULL, &r) == 0)
			nm = r.not_modified;
		crier_http_response_release(&r);
	}
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	is_int(nm, 1, "a damaged cache is replaced and works again");
	fp = fopen(errfile, "r");
	ok(fp && fgets(path, sizeof(path), fp) &&
	   contains(path, "starting a new HTTP cache"),
	   "with a warning: %s", fp ? path : "");
	if (fp)
		fclose(fp);
	unlink(errfile);
}

/*
 * TLS verification is on: a server with a self-signed certificate (made
 * here with openssl, when it is installed) is refused.
 */
static void test_tls(void)
{
	char cmd[1024], cert[256], key[256], u[128];
	struct crier_http_response r;
	int port;
	pid_t pid;

	snprintf(cert, sizeof(cert), "%s/cert.pem", state);
	snprintf(key, sizeof(key), "%s/key.pem", state);
	snprintf(cmd, sizeof(cmd), "openssl req -x509 -newkey rsa:2048 -nodes "
		 "-subj /CN=127.0.0.1 -days 2 -keyout '%s' -out '%s' "
		 ">/dev/null 2>&1", key, cert);
	if (system(cmd) != 0) {
		printf("ok %d - # SKIP openssl cannot make a certificate\n",
		       ++tap_count);
		return;
	}
	pid = start_server(cert, key, &port);
	snprintf(u, sizeof(u), "https://127.0.0.1:%d/feeds/news.xml", port);
	ok(crier_http_get(u, NULL, &r) == -1 &&
	   contains(crier_last_error(), u) &&
	   contains(crier_last_error(), "TLS failed") &&
	   contains(crier_last_error(), "certificate"),
	   "a self-signed certificate is refused: %s", crier_last_error());
	stop_server(pid);
}

int main(void)
{
	char dir[4096];
	pid_t pid;
	int port;

	setenv("no_proxy", "*", 1);
	if (!mkdtemp(state))
		return 99;
	snprintf(dir, sizeof(dir), "%s/crier", state);
	crier_http_set_state_dir(dir);
	pid = start_server(NULL, NULL, &port);
	snprintf(base, sizeof(base), "http://127.0.0.1:%d", port);
	test_good();
	test_conditional();
	test_answers();
	test_faults();
	test_bomb();
	test_processes();
	test_damaged();
	stop_server(pid);
	test_tls();
	remove_state();
	return done_testing();
}
