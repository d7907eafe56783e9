/*
 * podcast_config.c - reads and checks the podcast group; see
 * podcast_config.h.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "libcrier.h"
#include "base/xalloc.h"
#include "podcast_config.h"

static const struct {
	const char *ext, *type;
} formats[] = {
	{ "mp3", "audio/mpeg" },
	{ "opus", "audio/ogg" },
	{ "wav", "audio/wav" },
};

static int host_char(int ch)
{
	return isalnum(ch) || ch == '.' || ch == '-' || ch == '_' ||
	       ch == ':' || ch == '[' || ch == ']' || ch == '@';
}

int podcast_url_ok(const char *url)
{
	const char *p = url, *host;

	if (!strncmp(p, "https://", 8))
		p += 8;
	else if (!strncmp(p, "http://", 7))
		p += 7;
	else
		return 0;
	for (host = p; host_char((unsigned char)*p); p++)
		;
	if (p == host || (*p && *p != '/'))
		return 0;
	for (; *p; p++)
		if ((unsigned char)*p <= ' ' || strchr("\"<>\\^`{|}", *p))
			return 0;
	return 1;
}

static const char *type_of(const char *ext)
{
	for (size_t i = 0; i < sizeof(formats) / sizeof(*formats); i++)
		if (!strcmp(formats[i].ext, ext))
			return formats[i].type;
	return NULL;
}

static int read_url(const struct crier_settings *s, struct podcast_config *pc)
{
	const char *url = crier_settings_string(s, "url", NULL);
	size_t len;

	if (!url)
		return crier_error("%s: the podcast group needs url, the address "
				   "the folder is published at (url = "
				   "\"https://example.org/crier/\";)",
				   crier_settings_where(s, NULL));
	if (!podcast_url_ok(url))
		return crier_error("%s: podcast url '%s' is not an http:// or "
				   "https:// address (url = "
				   "\"https://example.org/crier/\";)",
				   crier_settings_where(s, "url"), url);
	len = strlen(url);
	pc->url = xmalloc(len + 2);
	memcpy(pc->url, url, len + 1);
	if (url[len - 1] != '/')
		strcpy(pc->url + len, "/");
	return 0;
}

static int read_keys(const struct crier_settings *s, struct podcast_config *pc)
{
	const char *folder = crier_settings_path(s, "folder", "~/Podcast");
	const char *format = crier_settings_string(s, "format", "mp3");
	long keep = crier_settings_int(s, "keep", 14);

	pc->folder = xstrdup(folder);
	pc->title = xstrdup(crier_settings_string(s, "title", "crier briefing"));
	pc->format = xstrdup(format);
	for (char *p = pc->format; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	pc->type = type_of(pc->format);
	if (!pc->type)
		return crier_error("%s: podcast format '%s' is not one of mp3, "
				   "opus, wav", crier_settings_where(s, "format"),
				   format);
	if (keep < 1 || keep > 100000)
		return crier_error("%s: podcast keep must be 1 or more, not %ld",
				   crier_settings_where(s, "keep"), keep);
	pc->keep = (int)keep;
	return read_url(s, pc);
}

int podcast_config_read(const struct config *c, struct podcast_config *pc)
{
	const config_setting_t *g = config_lookup(&c->cfg, "podcast");
	struct crier_settings *s;
	int ret;

	memset(pc, 0, sizeof(*pc));
	if (g && !config_setting_is_group(g))
		return crier_error("%s: podcast must be a group: podcast = "
				   "{ url = \"...\"; };", crier_config_where(g));
	if (!g)
		return crier_error("%s: no podcast group: add podcast = { url = "
				   "\"https://example.org/crier/\"; }; (see "
				   "crier.conf(5))", c->file);
	s = crier_settings_new(g, NULL, "podcast", c->dir);
	ret = read_keys(s, pc);
	if (!ret)
		crier_settings_warn_unread(s, NULL, 0);
	crier_settings_free(s);
	return ret;
}

void podcast_config_release(struct podcast_config *pc)
{
	free(pc->folder);
	free(pc->url);
	free(pc->title);
	free(pc->format);
	memset(pc, 0, sizeof(*pc));
}
