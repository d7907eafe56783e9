/*
 * output_pick.c - finding the output plugin for a file's extension.
 */
#include <string.h>
#include <strings.h>

#include "audio.h"
#include "libcrier.h"
#include "output_pick.h"

/* 1 when p is an output plugin that lists ext. */
static int lists(const struct plugin *p, const char *ext)
{
	const char *const *e;

	if (!p || p->desc->kind != CRIER_PLUGIN_OUTPUT)
		return 0;
	for (e = p->desc->output->extensions; e && *e; e++)
		if (!strcasecmp(*e, ext))
			return 1;
	return 0;
}

/* The plugin listing ext: EXT.so first, then every plugin; or NULL. */
static const struct plugin *by_extension(struct loader *l, const char *ext)
{
	const struct plugin *p;
	char name[32];
	size_t i;

	for (i = 0; ext[i] && i + 1 < sizeof(name); i++)
		name[i] = (char)(ext[i] >= 'A' && ext[i] <= 'Z' ?
				 ext[i] - 'A' + 'a' : ext[i]);
	name[i] = '\0';
	p = loader_find(l, name, CRIER_PLUGIN_OUTPUT);
	if (lists(p, ext))
		return p;
	loader_scan(l);
	for (i = 0; i < l->n; i++)
		if (lists(l->plugins[i], ext))
			return l->plugins[i];
	return NULL;
}

/* The extension of path's last component, or NULL. */
static const char *extension(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	const char *dot = strrchr(base, '.');

	return dot && dot != base && dot[1] ? dot + 1 : NULL;
}

/* Fails, listing the extensions the output plugins write. */
static const struct plugin *unknown(struct loader *l, const char *path,
				    const char *ext)
{
	struct crier_strbuf have = CRIER_STRBUF_INIT;

	for (size_t i = 0; i < l->n; i++) {
		const char *const *e;

		if (l->plugins[i]->desc->kind != CRIER_PLUGIN_OUTPUT)
			continue;
		for (e = l->plugins[i]->desc->output->extensions; e && *e; e++)
			crier_strbuf_addf(&have, "%s.%s", have.len ? ", " : "", *e);
	}
	crier_error("%s: no output plugin writes '.%s' files (they write: %s; "
		    "audio.format names one)", path, ext,
		    have.len ? have.buf : "none");
	crier_strbuf_release(&have);
	return NULL;
}

const struct plugin *output_pick_file(struct loader *l, const char *path,
				      const char *format)
{
	const char *ext = extension(path);
	const struct plugin *p = ext ? by_extension(l, ext) : NULL;

	if (p)
		return p;
	if (format) {
		p = by_extension(l, format);
		return p ? p : unknown(l, path, format);
	}
	if (!ext)
		p = by_extension(l, "wav");
	return p ? p : unknown(l, path, ext ? ext : "wav");
}

const struct plugin *output_pick_live(struct loader *l)
{
	return loader_find(l, AUDIO_LIVE_PLUGIN, CRIER_PLUGIN_OUTPUT);
}
