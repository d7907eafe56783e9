/*
 * plugin-driver.c - runs one plugin .so on a fixture and prints what it
 * produced, so that each plugin's test is a fixture and an expected output.
 *
 *   plugin-driver PLUGIN.so source CONFIG GROUP
 *	opens the source with the settings in group GROUP of the libconfig
 *	file CONFIG, fetches, and prints every article's fields;
 *   plugin-driver PLUGIN.so summarize SENTENCES WORDS FILE [TITLE [LANG]]
 *	summarizes FILE and prints one sentence per line.
 */
#include <dlfcn.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libcrier.h"

static const char *const field_names[] = {
	"id", "source", "title", "link", "author", "language", "body", "summary"
};

static void print_article(const struct crier_article *a)
{
	for (int f = 0; f < CRIER_FIELD_COUNT; f++) {
		const char *v = crier_article_get(a, f);

		if (*v)
			printf("%s: %s\n", field_names[f], v);
	}
	if (crier_article_published(a) != CRIER_TIME_UNKNOWN)
		printf("published: %" PRId64 "\n", crier_article_published(a));
	printf("--\n");
}

static int run_source(const struct crier_plugin *p, const char *conf,
		      const char *group)
{
	struct crier_settings *s;
	struct crier_source src;
	config_t cfg;
	void *state = NULL;
	int ret;

	config_init(&cfg);
	if (!config_read_file(&cfg, conf)) {
		fprintf(stderr, "%s:%d: %s\n", conf, config_error_line(&cfg),
			config_error_text(&cfg));
		return 2;
	}
	s = crier_settings_new(config_lookup(&cfg, group), NULL, group, ".");
	crier_source_init(&src, group, s);
	ret = p->source->open(s, &state);
	if (!ret)
		ret = p->source->fetch(state, &src);
	if (ret)
		printf("error: %s\n", crier_last_error());
	if (p->source->close)
		p->source->close(state);
	crier_source_finish(&src);
	for (size_t i = 0; i < src.n; i++)
		print_article(src.articles[i]);
	crier_source_release(&src);
	crier_settings_free(s);
	config_destroy(&cfg);
	return 0;
}

static char *slurp(const char *path, size_t *len)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	char chunk[8192];
	FILE *fp = fopen(path, "rb");
	size_t n;

	if (!fp)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		crier_strbuf_add(&sb, chunk, n);
	fclose(fp);
	*len = sb.len;
	return crier_strbuf_detach(&sb);
}

static int run_summarizer(const struct crier_plugin *p, int argc, char **argv)
{
	struct crier_summary_request req;
	struct crier_summary out;
	void *state = NULL;
	char *text = slurp(argv[2], &req.len);

	if (!text) {
		perror(argv[2]);
		return 2;
	}
	req.text = text;
	req.sentences = (unsigned)atoi(argv[0]);
	req.words = (unsigned)atoi(argv[1]);
	req.title = argc > 3 ? argv[3] : NULL;
	req.language = argc > 4 ? argv[4] : "";
	crier_summary_init(&out);
	if ((p->summarizer->open && p->summarizer->open(NULL, &state)) ||
	    p->summarizer->summarize(state, &req, &out))
		printf("error: %s\n", crier_last_error());
	for (size_t i = 0; i < out.n; i++)
		printf("%s\n", out.sentences[i]);
	if (p->summarizer->close)
		p->summarizer->close(state);
	crier_summary_release(&out);
	free(text);
	return 0;
}

int main(int argc, char **argv)
{
	const struct crier_plugin *p;
	void *h;

	if (argc < 5) {
		fprintf(stderr, "usage: plugin-driver PLUGIN.so source CONFIG GROUP\n"
			"       plugin-driver PLUGIN.so summarize SENTENCES WORDS FILE [TITLE [LANG]]\n");
		return 2;
	}
	h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
	p = h ? dlsym(h, CRIER_PLUGIN_SYMBOL) : NULL;
	if (!p || p->abi != CRIER_PLUGIN_ABI) {
		fprintf(stderr, "%s: %s\n", argv[1], h ? "not a crier plugin" : dlerror());
		return 2;
	}
	if (!strcmp(argv[2], "source") && p->kind == CRIER_PLUGIN_SOURCE)
		return run_source(p, argv[3], argv[4]);
	if (!strcmp(argv[2], "summarize") && p->kind == CRIER_PLUGIN_SUMMARIZER &&
	    argc >= 6)
		return run_summarizer(p, argc - 3, argv + 3);
	fprintf(stderr, "%s: wrong kind of plugin for '%s'\n", argv[1], argv[2]);
	return 2;
}
