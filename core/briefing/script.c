/*
 * script.c - composing the briefing's script from templates and summaries.
 */
#include <stdlib.h>
#include <string.h>

#include "script.h"
#include "base/xalloc.h"

/* espeak-ng's pause at a sentence end, roughly, at normal speed. */
#define SECONDS_PER_SENTENCE 0.35

void script_init(struct script *s)
{
	memset(s, 0, sizeof(*s));
}

void script_item_release(struct script_item *item)
{
	free(item->lead);
	free(item->source_name);
	free(item->title);
	crier_article_free(item->article);
	crier_summary_release(&item->summary);
}

void script_release(struct script *s)
{
	for (size_t i = 0; i < s->n; i++)
		script_item_release(&s->items[i]);
	free(s->items);
	script_init(s);
}

static const char *lookup(const char *const *vars, const char *name, size_t len)
{
	for (; vars && vars[0]; vars += 2)
		if (strlen(vars[0]) == len && !strncmp(vars[0], name, len))
			return vars[1];
	return NULL;
}

void script_expand(const char *template, const char *const *vars,
		   struct crier_strbuf *out)
{
	const char *p = template;

	while (*p) {
		const char *close = *p == '{' ? strchr(p, '}') : NULL;
		const char *value = close ? lookup(vars, p + 1, (size_t)(close - p - 1)) : NULL;

		if (value) {
			crier_strbuf_adds(out, value);
			p = close + 1;
		} else {
			crier_strbuf_addch(out, *p++);
		}
	}
}

void script_date(time_t now, struct crier_strbuf *out)
{
	static const char *const days[] = {
		"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
		"Friday", "Saturday"
	};
	static const char *const months[] = {
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"
	};
	struct tm tm;

	localtime_r(&now, &tm);
	crier_strbuf_addf(out, "%s, %d %s", days[tm.tm_wday], tm.tm_mday,
			  months[tm.tm_mon]);
}

static struct script_item *add_item(struct script *s, enum script_kind kind,
				    const struct speech_settings *speech)
{
	struct script_item *item;

	s->items = xgrow(s->items, &s->alloc, s->n + 1, sizeof(*s->items));
	item = &s->items[s->n++];
	memset(item, 0, sizeof(*item));
	item->kind = kind;
	item->source = SCRIPT_NO_SOURCE;
	item->speech = *speech;
	crier_summary_init(&item->summary);
	return item;
}

static void finish_item(struct script_item *item)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT;

	script_item_text(item, &text);
	item->seconds = script_estimate(text.buf, item->speech.rate);
	crier_strbuf_release(&text);
}

void script_add_intro(struct script *s, const struct config *c, time_t now)
{
	struct crier_strbuf date = CRIER_STRBUF_INIT, text = CRIER_STRBUF_INIT;
	const char *vars[] = { "date", NULL, NULL };
	struct script_item *item;

	script_date(now, &date);
	vars[1] = date.buf;
	script_expand(c->intro, vars, &text);
	item = add_item(s, SCRIPT_INTRO, &c->speech);
	item->lead = crier_strbuf_detach(&text);
	finish_item(item);
	crier_strbuf_release(&date);
}

/*
 * Removes a stop the template put after one the headline had:
 * "From X: Is it over?." becomes "From X: Is it over?".
 */
static void tidy_stops(struct crier_strbuf *sb)
{
	size_t out = 0;

	for (size_t i = 0; i < sb->len; i++) {
		if (sb->buf[i] == '.' && out && strchr(".!?", sb->buf[out - 1]) &&
		    (i + 1 == sb->len || sb->buf[i + 1] == ' '))
			continue;
		sb->buf[out++] = sb->buf[i];
	}
	crier_strbuf_setlen(sb, out);
}

void script_add_story(struct script *s, const struct config *c, size_t source,
		      struct crier_article *article, struct crier_summary *sum)
{
	const struct source_config *sc = &c->sources[source];
	const char *title = crier_article_get(article, CRIER_FIELD_TITLE);
	struct crier_strbuf text = CRIER_STRBUF_INIT;
	char index[32];
	const char *vars[] = {
		"source", sc->title, "title", title, "index", index, NULL
	};
	struct script_item *item;

	snprintf(index, sizeof(index), "%zu", s->stories + 1);
	script_expand(c->transition, vars, &text);
	tidy_stops(&text);
	item = add_item(s, SCRIPT_STORY, &sc->speech);
	item->lead = crier_strbuf_detach(&text);
	item->source = source;
	item->voice_pinned = sc->voice_pinned;
	item->number = s->stories + 1;
	item->article = article;
	item->source_name = xstrdup(sc->title);
	item->title = xstrdup(title);
	item->summary = *sum;
	crier_summary_init(sum);
	finish_item(item);
	s->stories++;
}

void script_add_outro(struct script *s, const struct config *c,
		      const char *before)
{
	struct script_item *item = add_item(s, SCRIPT_OUTRO, &c->speech);
	struct crier_strbuf lead = CRIER_STRBUF_INIT;

	if (before && *before)
		crier_strbuf_addf(&lead, "%s ", before);
	crier_strbuf_adds(&lead, c->outro);
	item->lead = crier_strbuf_detach(&lead);
	finish_item(item);
}

void script_item_text(const struct script_item *item, struct crier_strbuf *out)
{
	crier_strbuf_adds(out, item->lead);
	for (size_t i = 0; i < item->summary.n; i++) {
		crier_strbuf_addch(out, ' ');
		crier_strbuf_adds(out, item->summary.sentences[i]);
	}
}

double script_estimate(const char *text, int rate)
{
	struct crier_spans sentences = CRIER_SPANS_INIT;
	size_t words = crier_count_words(text, strlen(text));
	double seconds;

	crier_split_sentences(text, strlen(text), NULL, &sentences);
	seconds = (double)words * 60.0 / (rate > 0 ? rate : 175) +
		  (double)sentences.n * SECONDS_PER_SENTENCE;
	crier_spans_release(&sentences);
	return seconds;
}

double script_total(const struct script *s)
{
	double total = 0;

	for (size_t i = 0; i < s->n; i++)
		total += s->items[i].seconds + s->items[i].speech.pause_ms / 1000.0;
	return total;
}

static void print_duration(FILE *fp, double seconds)
{
	long s = (long)(seconds + 0.5);

	fprintf(fp, "%ld:%02ld", s / 60, s % 60);
}

void script_print_item(const struct script *s, size_t i, FILE *fp)
{
	const struct script_item *item = &s->items[i];

	if (item->kind == SCRIPT_STORY)
		fprintf(fp, "[story %zu, %s, ", item->number, item->source_name);
	else
		fprintf(fp, "[%s, ", item->kind == SCRIPT_INTRO ? "intro" : "outro");
	print_duration(fp, item->seconds);
	fprintf(fp, "]\n%s\n", item->lead);
	for (size_t j = 0; j < item->summary.n; j++)
		fprintf(fp, "%s\n", item->summary.sentences[j]);
	fputc('\n', fp);
	fflush(fp);
}

void script_print_total(const struct script *s, FILE *fp)
{
	fprintf(fp, "Total: ");
	print_duration(fp, script_total(s));
	fprintf(fp, " (%zu %s)\n", s->stories, s->stories == 1 ? "story" : "stories");
}
