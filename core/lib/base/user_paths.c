/*
 * user_paths.c - where the user's files are: "~" in paths from the
 * config, the XDG base directories and crier's state directory.
 */
#include <stdlib.h>
#include <string.h>

#include <crier/plugin.h>
#include "libcrier.h"

/* $HOME, or "." when it is unset or empty. */
static const char *home_dir(void)
{
	const char *home = getenv("HOME");

	return home && *home ? home : ".";
}

char *crier_path_expand(const char *path, const char *dir)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	if (path[0] == '~' && (path[1] == '/' || !path[1]) && getenv("HOME"))
		crier_strbuf_addf(&sb, "%s%s", home_dir(), path + 1);
	else if (path[0] != '/' && dir && !strstr(path, "://"))
		crier_strbuf_addf(&sb, "%s/%s", dir, path);
	else
		crier_strbuf_adds(&sb, path);
	return crier_strbuf_detach(&sb);
}

void crier_xdg_dir(const char *var, const char *fallback,
		   struct crier_strbuf *out)
{
	const char *dir = getenv(var);

	if (dir && *dir == '/')
		crier_strbuf_adds(out, dir);
	else
		crier_strbuf_addf(out, "%s/%s", home_dir(), fallback);
}

void crier_state_dir(struct crier_strbuf *out)
{
	crier_xdg_dir("XDG_STATE_HOME", ".local/state", out);
	crier_strbuf_adds(out, "/crier");
}
