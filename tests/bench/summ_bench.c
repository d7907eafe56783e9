/*
 * summ_bench.c - runs a summarizer plugin over a JSONL set in one process.
 *
 *	summ-bench [-k N|ref] [-w N|ref] [-r ROUNDS] [-t] [-o PREDS]
 *		   [-s KEY=NUMBER]... PLUGIN SET
 *
 * Loads every article of SET (JSONL with "id", "title", "text" and
 * "reference", as in ../shared/data/summ/) into memory, opens the
 * summarizer plugin PLUGIN (a path to its .so), summarizes every article
 * ROUNDS times (default 1), each time cleaning the text of page furniture
 * first as crier does (crier_clean_body), and prints the articles per second, of wall
 * clock time and of the process's CPU time (which a busy machine spoils
 * less).  -k and -w
 * set the length in sentences or words ("ref": the reference's); -t passes
 * the title; -o writes the predictions as JSONL {id, summary} for
 * ../shared/bench/summ/run.py --pred; -s sets a number in the plugin's
 * settings (for tuning).  Not part of make check.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <json-c/json.h>
#include <libconfig.h>

#include <crier/plugin.h>
#include "libcrier.h"

struct item {
	char *id, *title, *text;
	unsigned ref_sentences, ref_words;
};

struct options {
	const char *k, *w, *preds;
	int rounds, with_title;
	config_t cfg;		/* the plugin's settings */
};

/* Words as the benchmark counts them: white-space tokens with an alnum. */
static unsigned count_tokens(const char *s)
{
	unsigned n = 0;
	int in = 0, alnum = 0;

	for (;; s++) {
		int space = !*s || *s == ' ' || *s == '\n' || *s == '\t';

		if (space) {
			n += in && alnum;
			in = alnum = 0;
			if (!*s)
				return n;
			continue;
		}
		in = 1;
		if ((*s >= '0' && *s <= '9') || ((*s | 32) >= 'a' &&
						 (*s | 32) <= 'z'))
			alnum = 1;
	}
}

static char *member(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v))
		return NULL;
	return strdup(json_object_get_string(v));
}

static int parse_item(const char *line, struct item *it)
{
	struct json_object *o = json_tokener_parse(line);
	char *ref;

	if (!o)
		return -1;
	it->id = member(o, "id");
	it->title = member(o, "title");
	it->text = member(o, "text");
	ref = member(o, "reference");
	json_object_put(o);
	if (!it->id || !it->text || !ref) {
		free(ref);
		return -1;
	}
	it->ref_sentences = 1;
	for (const char *p = ref; *p; p++)
		it->ref_sentences += *p == '\n';
	it->ref_words = count_tokens(ref);
	free(ref);
	return 0;
}

static struct item *load_set(const char *path, size_t *n)
{
	FILE *f = fopen(path, "r");
	struct item *items = NULL;
	size_t alloc = 0, cap = 0, lineno = 0;
	char *line = NULL;

	*n = 0;
	if (!f) {
		perror(path);
		return NULL;
	}
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		if (*n == alloc) {
			alloc = alloc ? 2 * alloc : 256;
			items = realloc(items, alloc * sizeof(*items));
			if (!items)
				abort();
		}
		if (parse_item(line, &items[*n])) {
			fprintf(stderr, "%s:%zu: not a set item\n", path,
				lineno);
			continue;
		}
		(*n)++;
	}
	free(line);
	fclose(f);
	return items;
}

static unsigned length(const char *spec, unsigned ref)
{
	if (!spec)
		return 0;
	return strcmp(spec, "ref") ? (unsigned)atoi(spec) : ref;
}

static void write_pred(FILE *out, const struct item *it,
		       const struct crier_summary *sum)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	struct json_object *o = json_object_new_object();

	for (size_t i = 0; i < sum->n; i++) {
		if (i)
			crier_strbuf_addch(&sb, '\n');
		crier_strbuf_adds(&sb, sum->sentences[i]);
	}
	json_object_object_add(o, "id", json_object_new_string(it->id));
	json_object_object_add(o, "summary", json_object_new_string(sb.buf));
	fprintf(out, "%s\n", json_object_to_json_string_ext(o,
						JSON_C_TO_STRING_PLAIN));
	json_object_put(o);
	crier_strbuf_release(&sb);
}

static int run(const struct crier_summarizer_ops *ops, void *state,
	       const struct item *items, size_t n, const struct options *opt,
	       FILE *preds)
{
	struct crier_strbuf body = CRIER_STRBUF_INIT;
	int ret = 0;

	for (size_t i = 0; i < n && !ret; i++) {
		const char *title = opt->with_title ? items[i].title : NULL;
		struct crier_summary sum;
		struct crier_summary_request req = {
			.title = title,
			.language = "",
			.sentences = length(opt->k, items[i].ref_sentences),
			.words = length(opt->w, items[i].ref_words),
		};

		crier_strbuf_reset(&body);
		crier_clean_body(items[i].text, strlen(items[i].text), title,
				 &body);
		req.text = body.len ? body.buf : items[i].text;
		req.len = strlen(req.text);
		crier_summary_init(&sum);
		if (ops->summarize(state, &req, &sum)) {
			fprintf(stderr, "%s: %s\n", items[i].id,
				crier_last_error());
			ret = -1;
		} else if (preds) {
			write_pred(preds, &items[i], &sum);
		}
		crier_summary_release(&sum);
	}
	crier_strbuf_release(&body);
	return ret;
}

static double seconds(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Adds "key=number" to the settings; -1 if it is not of that form. */
static int add_setting(config_t *cfg, const char *arg)
{
	const char *eq = strchr(arg, '=');
	config_setting_t *s;
	char key[64], *end;
	double v;

	if (!eq || eq == arg || (size_t)(eq - arg) >= sizeof(key))
		return -1;
	v = strtod(eq + 1, &end);
	if (*end || end == eq + 1)
		return -1;
	memcpy(key, arg, (size_t)(eq - arg));
	key[eq - arg] = '\0';
	s = config_setting_add(config_root_setting(cfg), key,
			       CONFIG_TYPE_FLOAT);
	return s ? config_setting_set_float(s, v) == CONFIG_TRUE ? 0 : -1 : -1;
}

static int bench(const struct crier_plugin *p, const struct item *items,
		 size_t n, struct options *opt)
{
	const struct crier_summarizer_ops *ops = p->summarizer;
	struct crier_settings *settings;
	void *state = NULL;
	FILE *preds = NULL;
	double wall, cpu, total;
	int ret = -1;

	settings = crier_settings_new(config_root_setting(&opt->cfg), NULL,
				      "summarizer", ".");
	if (ops->open && ops->open(settings, &state)) {
		fprintf(stderr, "%s: %s\n", p->name, crier_last_error());
		goto out;
	}
	if (opt->preds && !(preds = fopen(opt->preds, "w"))) {
		perror(opt->preds);
		goto out;
	}
	wall = seconds(CLOCK_MONOTONIC);
	cpu = seconds(CLOCK_PROCESS_CPUTIME_ID);
	for (int r = 0; r < opt->rounds; r++)
		if (run(ops, state, items, n, opt, r ? NULL : preds))
			goto out;
	total = (double)n * opt->rounds;
	wall = seconds(CLOCK_MONOTONIC) - wall;
	cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu;
	printf("%s: %zu articles x %d: %.1f articles/s (%.1f per CPU second)\n",
	       p->name, n, opt->rounds, total / wall, total / cpu);
	ret = 0;
out:
	if (preds)
		fclose(preds);
	if (ops->close)
		ops->close(state);
	crier_settings_free(settings);
	return ret;
}

static const struct crier_plugin *load_plugin(const char *path)
{
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	const struct crier_plugin *p;

	if (!h) {
		fprintf(stderr, "%s\n", dlerror());
		return NULL;
	}
	p = dlsym(h, CRIER_PLUGIN_SYMBOL);
	if (!p || p->abi != CRIER_PLUGIN_ABI ||
	    p->kind != CRIER_PLUGIN_SUMMARIZER) {
		fprintf(stderr, "%s: not a summarizer plugin of this ABI\n",
			path);
		return NULL;
	}
	return p;
}

int main(int argc, char **argv)
{
	struct options opt = { .rounds = 1 };
	const struct crier_plugin *p;
	struct item *items;
	size_t n;
	int c, ret;

	config_init(&opt.cfg);
	while ((c = getopt(argc, argv, "k:w:r:o:ts:")) != -1) {
		switch (c) {
		case 'k': opt.k = optarg; break;
		case 'w': opt.w = optarg; break;
		case 'r': opt.rounds = atoi(optarg); break;
		case 'o': opt.preds = optarg; break;
		case 't': opt.with_title = 1; break;
		case 's':
			if (add_setting(&opt.cfg, optarg))
				goto usage;
			break;
		default: goto usage;
		}
	}
	if (argc - optind != 2 || opt.rounds < 1)
		goto usage;
	p = load_plugin(argv[optind]);
	items = p ? load_set(argv[optind + 1], &n) : NULL;
	if (!items)
		return 1;
	ret = bench(p, items, n, &opt) ? 1 : 0;
	config_destroy(&opt.cfg);
	return ret;
usage:
	fprintf(stderr, "usage: summ-bench [-k N|ref] [-w N|ref] [-r ROUNDS] "
		"[-t] [-o PREDS] [-s KEY=NUMBER]... PLUGIN.so SET.jsonl\n");
	return 2;
}
