/*
 * config_edit.c - appending source groups to a config file's text.
 *
 * libconfig validates the text and counts the sources; a scanner that
 * knows libconfig's lexical rules (strings with backslash escapes, and
 * "#", "//" and C comments) finds the top-level "sources = (" and its
 * matching ")" and the new groups go just before it.  The result is read
 * back with libconfig before it is handed out.
 */
#include <stdio.h>
#include <string.h>
#include <libconfig.h>

#include <crier/plugin.h>
#include "config_edit.h"

/* A position in the text being scanned. */
struct scan {
	const char *text;
	size_t len;
	size_t pos;
};

/* What the scanner found about the sources list. */
struct sources_span {
	size_t name;		/* where "sources" starts */
	size_t open;		/* the "(" (or "[" of an empty array) */
	size_t close;		/* its matching ")" or "]" */
	size_t last_end;	/* end of the last token before close */
	char last;		/* that token's first byte: "(", ",", "}" ... */
	size_t first;		/* the first token after open, or 0 */
};

static int at(const struct scan *s, size_t i, char c)
{
	return i < s->len && s->text[i] == c;
}

/* Skips a comment at s->pos; returns 0 when there is none. */
static int skip_comment(struct scan *s)
{
	const char *end;

	int line_comment = at(s, s->pos, '#') ||
		(at(s, s->pos, '/') && at(s, s->pos + 1, '/'));

	if (line_comment) {
		end = memchr(s->text + s->pos, '\n', s->len - s->pos);
		s->pos = end ? (size_t)(end - s->text) : s->len;
		return 1;
	}
	if (!at(s, s->pos, '/') || !at(s, s->pos + 1, '*'))
		return 0;
	for (s->pos += 2; s->pos < s->len; s->pos++)
		if (at(s, s->pos, '*') && at(s, s->pos + 1, '/')) {
			s->pos += 2;
			return 1;
		}
	return 1;
}

static void skip_blank(struct scan *s)
{
	while (s->pos < s->len) {
		if (strchr(" \t\r\n\f\v", s->text[s->pos]))
			s->pos++;
		else if (!skip_comment(s))
			return;
	}
}

static int is_word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || (c && strchr("_-*.+", c));
}

/*
 * Moves past the next token (a word, a string, or one other byte) and
 * returns its first byte, or 0 at the end; *start is where it begins.
 */
static char next_token(struct scan *s, size_t *start)
{
	char c;

	skip_blank(s);
	*start = s->pos;
	if (s->pos >= s->len)
		return 0;
	c = s->text[s->pos++];
	if (c == '"') {
		while (s->pos < s->len && s->text[s->pos] != '"')
			s->pos += s->text[s->pos] == '\\' ? 2 : 1;
		if (s->pos < s->len)
			s->pos++;
		else
			s->pos = s->len;
	} else if (is_word_char(c)) {
		while (s->pos < s->len && is_word_char(s->text[s->pos]))
			s->pos++;
	}
	return c;
}

/* Scans from just after the opening bracket to its match; -1 if none. */
static int find_close(struct scan *s, struct sources_span *sp)
{
	int depth = 1;
	size_t start;
	char c;

	sp->last = s->text[sp->open];
	sp->last_end = sp->open + 1;
	sp->first = 0;
	while ((c = next_token(s, &start))) {
		if (!sp->first)
			sp->first = start;
		if (strchr("([{", c))
			depth++;
		else if (strchr(")]}", c) && --depth == 0) {
			sp->close = start;
			return 0;
		}
		sp->last = c;
		sp->last_end = s->pos;
	}
	return -1;
}

/*
 * Finds the top-level setting "sources" and the brackets of its value.
 * Returns 1 when found, 0 when there is none at the top level, -1 when
 * its value is not a bracketed list.
 */
static int find_sources(const char *text, size_t len, struct sources_span *sp)
{
	struct scan s = { text, len, 0 };
	size_t start;
	int depth = 0;
	char c;

	while ((c = next_token(&s, &start))) {
		if (strchr("([{", c))
			depth++;
		else if (strchr(")]}", c))
			depth--;
		else if (!depth && s.pos - start == 7 &&
			 !memcmp(text + start, "sources", 7))
			break;
	}
	if (!c)
		return 0;
	sp->name = start;
	c = next_token(&s, &start);
	if (c == '=' || c == ':')
		c = next_token(&s, &start);
	if (c != '(' && c != '[')
		return -1;
	sp->open = start;
	if (find_close(&s, sp))
		return -1;
	if (sp->first == sp->close)
		sp->first = 0;
	return 1;
}

void config_edit_quote(struct crier_strbuf *out, const char *s)
{
	crier_strbuf_addch(out, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			crier_strbuf_addf(out, "\\%c", c);
		else if (c == '\n')
			crier_strbuf_adds(out, "\\n");
		else if (c == '\t')
			crier_strbuf_adds(out, "\\t");
		else if (c == '\r')
			crier_strbuf_adds(out, "\\r");
		else if (c < 0x20 || c == 0x7f)
			crier_strbuf_addf(out, "\\x%02x", c);
		else
			crier_strbuf_addch(out, c);
	}
	crier_strbuf_addch(out, '"');
}

void config_edit_source(struct crier_strbuf *out, const char *name,
			const char *plugin, const char *url)
{
	crier_strbuf_adds(out, "{ name = ");
	config_edit_quote(out, name);
	crier_strbuf_adds(out, "; plugin = ");
	config_edit_quote(out, plugin);
	crier_strbuf_adds(out, "; url = ");
	config_edit_quote(out, url);
	crier_strbuf_adds(out, "; }");
}

/* The spaces and tabs that start the line holding pos. */
static void line_indent(const char *text, size_t pos, struct crier_strbuf *out)
{
	size_t start = pos, end;

	while (start > 0 && text[start - 1] != '\n')
		start--;
	for (end = start; text[end] == ' ' || text[end] == '\t'; end++)
		;
	crier_strbuf_add(out, text + start, end - start);
}

/* True when only spaces and tabs precede pos on its line. */
static int starts_line(const char *text, size_t pos)
{
	while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
		pos--;
	return pos == 0 || text[pos - 1] == '\n';
}

/* The indentation of the entries: the first one's, else two more. */
static void entry_indent(const char *text, const struct sources_span *sp,
			 struct crier_strbuf *out)
{
	if (sp->first && starts_line(text, sp->first)) {
		line_indent(text, sp->first, out);
		return;
	}
	line_indent(text, sp->name, out);
	crier_strbuf_adds(out, "  ");
}

/*
 * Writes the text with the entries inserted before the closing bracket:
 * on the lines before it when it starts a line, else on new lines between
 * the last entry and the bracket (dropping the blanks between them).
 */
static void insert_entries(const char *text, size_t len,
			   const struct sources_span *sp,
			   const char *const *entries, size_t n,
			   const char *nl, struct crier_strbuf *out)
{
	struct crier_strbuf indent = CRIER_STRBUF_INIT;
	int own_line = starts_line(text, sp->close);
	size_t blank = sp->close;

	while (blank > sp->last_end && strchr(" \t", text[blank - 1]))
		blank--;
	entry_indent(text, sp, &indent);
	crier_strbuf_add(out, text, sp->open);
	crier_strbuf_addch(out, '(');
	crier_strbuf_add(out, text + sp->open + 1, sp->last_end - sp->open - 1);
	if (sp->last != '(' && sp->last != '[' && sp->last != ',')
		crier_strbuf_addch(out, ',');
	crier_strbuf_add(out, text + sp->last_end, blank - sp->last_end);
	if (!own_line)
		crier_strbuf_adds(out, nl);
	for (size_t i = 0; i < n; i++)
		crier_strbuf_addf(out, "%s%s%s%s", indent.buf, entries[i],
				  i + 1 < n ? "," : "", nl);
	if (own_line)
		crier_strbuf_add(out, text + blank, sp->close - blank);
	else
		line_indent(text, sp->name, out);
	crier_strbuf_addch(out, ')');
	crier_strbuf_add(out, text + sp->close + 1, len - sp->close - 1);
	crier_strbuf_release(&indent);
}

/* Writes the text with a new sources list at its end. */
static void append_sources(const char *text, size_t len,
			   const char *const *entries, size_t n,
			   const char *nl, struct crier_strbuf *out)
{
	crier_strbuf_add(out, text, len);
	if (len && text[len - 1] != '\n')
		crier_strbuf_adds(out, nl);
	if (len)
		crier_strbuf_adds(out, nl);
	crier_strbuf_addf(out, "sources = (%s", nl);
	for (size_t i = 0; i < n; i++)
		crier_strbuf_addf(out, "  %s%s%s", entries[i],
				  i + 1 < n ? "," : "", nl);
	crier_strbuf_addf(out, ");%s", nl);
}

/*
 * Parses text with libconfig; on success returns the number of sources
 * (-2 when "sources" is set in an included file), else -1 with the error.
 */
static int count_sources(config_t *cfg, const char *text, const char *file,
			 const char *include_dir)
{
	config_setting_t *list;

	if (include_dir)
		config_set_include_dir(cfg, include_dir);
	if (!config_read_string(cfg, text))
		return crier_error("%s:%d: %s", config_error_file(cfg) ?
				   config_error_file(cfg) : file,
				   config_error_line(cfg),
				   config_error_text(cfg));
	list = config_setting_get_member(config_root_setting(cfg), "sources");
	if (!list)
		return 0;
	if (config_setting_source_file(list))
		return -2;
	if (!config_setting_is_list(list) &&
	    !(config_setting_is_array(list) && !config_setting_length(list)))
		return crier_error("%s:%d: 'sources' must be a list: "
				   "sources = ( { ... }, { ... } );", file,
				   config_setting_source_line(list));
	return config_setting_length(list);
}

static int check_text(const char *text, const char *file,
		      const char *include_dir, int *count)
{
	config_t cfg;
	const char *where;

	config_init(&cfg);
	*count = count_sources(&cfg, text, file, include_dir);
	if (*count == -2) {
		where = config_setting_source_file(config_lookup(&cfg,
								 "sources"));
		crier_error("%s: 'sources' is set in an included file (%s); "
			    "add the sources there", file, where);
	}
	config_destroy(&cfg);
	return *count < 0 ? -1 : 0;
}

int config_edit_add_sources(const char *text, size_t len, const char *file,
			    const char *include_dir,
			    const char *const *entries, size_t n,
			    struct crier_strbuf *out)
{
	struct crier_strbuf in = CRIER_STRBUF_INIT;
	struct sources_span sp;
	const char *nl;
	int before, after, found, ret = -1;

	crier_strbuf_reset(out);
	if (!n) {
		crier_strbuf_add(out, text, len);
		return 0;
	}
	if (memchr(text, '\0', len)) {
		crier_error("%s: contains a NUL byte; not a config file", file);
		goto out;
	}
	crier_strbuf_add(&in, text, len);
	if (check_text(in.buf, file, include_dir, &before))
		goto out;
	found = find_sources(in.buf, in.len, &sp);
	if (found < 0 || (found == 0 && before > 0)) {
		crier_error("%s: cannot find where the 'sources' list ends",
			    file);
		goto out;
	}
	/* new lines end as the file's do */
	nl = strstr(in.buf, "\r\n") ? "\r\n" : "\n";
	if (found)
		insert_entries(in.buf, in.len, &sp, entries, n, nl, out);
	else
		append_sources(in.buf, in.len, entries, n, nl, out);
	if (check_text(out->buf, file, include_dir, &after))
		goto out;
	if ((size_t)after != (size_t)before + n) {
		crier_error("%s: the edited config has %d sources, not %zu "
			    "(please report this)", file, after,
			    (size_t)before + n);
		goto out;
	}
	ret = 0;
out:
	crier_strbuf_release(&in);
	return ret;
}
