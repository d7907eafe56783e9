/*
 * output-driver.c - runs one output plugin .so the way crier does, on raw
 * PCM and a chapter list, so that a test can read the file back with
 * independent tools (ffprobe, mutagen, opusinfo).
 *
 *   output-driver [--abort] [--config FILE GROUP] PLUGIN.so OUT RATE CHAPTERS
 *
 * Reads 16-bit native-endian mono PCM at RATE from standard input and
 * hands it to the plugin in uneven pieces; then calls close() with the
 * chapters of the file CHAPTERS (a line each: START END TITLE, with
 * times in seconds and optional tab-separated SOURCE and LINK after the
 * title), or abort() with --abort.  OUT is the file the plugin writes.
 * Settings come from group GROUP of the libconfig FILE (none without).
 * Exits 0, or 1 printing "error: MESSAGE" when the plugin failed.
 */
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libcrier.h"

#define MAX_CHAPTERS 1024

struct chapters {
	struct crier_chapter c[MAX_CHAPTERS];
	char *lines[MAX_CHAPTERS];
	size_t n;
	struct crier_strbuf comment;
};

/* Splits "TITLE\tSOURCE\tLINK" in place into the chapter's fields. */
static void split_title(struct crier_chapter *c, char *text)
{
	char *tab;

	text[strcspn(text, "\n")] = '\0';
	c->title = text;
	if ((tab = strchr(text, '\t'))) {
		*tab = '\0';
		c->source = tab + 1;
		if ((tab = strchr(c->source, '\t'))) {
			*tab = '\0';
			c->link = tab + 1;
		}
	}
}

static int read_chapters(const char *path, int rate, struct chapters *ch)
{
	FILE *fp = fopen(path, "r");
	char line[4096];

	if (!fp)
		return -1;
	crier_strbuf_init(&ch->comment);
	while (ch->n < MAX_CHAPTERS && fgets(line, sizeof(line), fp)) {
		struct crier_chapter *c = &ch->c[ch->n];
		double start, end;
		int used = 0;

		if (line[0] == '#' ||
		    sscanf(line, "%lf %lf %n", &start, &end, &used) < 2 || !used)
			continue;
		ch->lines[ch->n] = strdup(line + used);
		split_title(c, ch->lines[ch->n]);
		c->start = (uint64_t)llround(start * rate);
		c->end = (uint64_t)llround(end * rate);
		crier_strbuf_addf(&ch->comment, "%s: %s\n",
				  c->source ? c->source : "crier", c->title);
		ch->n++;
	}
	fclose(fp);
	return 0;
}

/* Feeds standard input in pieces of varying size, as speech comes. */
static int feed(const struct crier_output_ops *ops, void *state)
{
	static int16_t buf[9000];
	size_t sizes[] = { 1, 4410, 333, 8820, 0, 1024 };
	size_t got, k = 0;

	for (;;) {
		size_t want = sizes[k++ % (sizeof(sizes) / sizeof(*sizes))];

		got = fread(buf, sizeof(*buf), want, stdin);
		if (ops->write(state, buf, got))
			return -1;
		if (want && got < want)
			return 0;
	}
}

static int run(const struct crier_output_ops *ops,
	       const struct crier_settings *s, const char *out, int rate,
	       struct chapters *ch, int abort_it)
{
	struct crier_output_info info = {
		.path = out, .sample_rate = rate,
		.title = "Briefing for Thursday, 3 December",
		.date = "2026-12-03T07:00:00", .artist = "crier",
		.comment = ch->comment.buf,
	};
	void *state = NULL;

	if (ops->open(s, &info, &state))
		return -1;
	if (feed(ops, state) || abort_it) {
		ops->abort(state);
		return abort_it ? 0 : -1;
	}
	return ops->close(state, ch->c, ch->n);
}

int main(int argc, char **argv)
{
	static struct chapters ch;
	const struct crier_plugin *p;
	struct crier_settings *s;
	config_t cfg;
	void *so;
	int abort_it = 0, ret;

	config_init(&cfg);
	if (argc > 1 && !strcmp(argv[1], "--abort"))
		abort_it = 1, argc--, argv++;
	if (argc > 3 && !strcmp(argv[1], "--config")) {
		if (!config_read_file(&cfg, argv[2])) {
			fprintf(stderr, "%s:%d: %s\n", argv[2],
				config_error_line(&cfg), config_error_text(&cfg));
			return 2;
		}
		s = crier_settings_new(config_lookup(&cfg, argv[3]), NULL,
				       argv[3], ".");
		argc -= 3, argv += 3;
	} else {
		s = crier_settings_new(NULL, NULL, "audio", ".");
	}
	if (argc != 5) {
		fprintf(stderr, "usage: output-driver [--abort] [--config FILE GROUP] "
			"PLUGIN.so OUT RATE CHAPTERS < PCM\n");
		return 2;
	}
	so = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
	p = so ? dlsym(so, CRIER_PLUGIN_SYMBOL) : NULL;
	if (!p || p->kind != CRIER_PLUGIN_OUTPUT ||
	    read_chapters(argv[4], atoi(argv[3]), &ch)) {
		fprintf(stderr, "output-driver: cannot load %s or read %s\n",
			argv[1], argv[4]);
		return 2;
	}
	ret = run(p->output, s, argv[2], atoi(argv[3]), &ch, abort_it);
	if (ret)
		printf("error: %s\n", crier_last_error());
	for (size_t i = 0; i < ch.n; i++)
		free(ch.lines[i]);
	crier_strbuf_release(&ch.comment);
	crier_settings_free(s);
	config_destroy(&cfg);
	return ret ? 1 : 0;
}
