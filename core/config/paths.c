/*
 * paths.c - locating config, plugins, demo and state directories.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <crier/plugin.h>
#include "libcrier.h"
#include "paths.h"

/* True when this process's executable lives in crier's build tree. */
static int in_build_tree(void)
{
	static int cached = -1;
	char exe[PATH_MAX];
	size_t n = strlen(CRIER_BUILDDIR);
	ssize_t len;

	if (cached >= 0)
		return cached;
	len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	cached = 0;
	if (len > 0) {
		exe[len] = '\0';
		cached = !strncmp(exe, CRIER_BUILDDIR, n) && exe[n] == '/';
	}
	return cached;
}

const char *paths_plugin_dir(void)
{
	return in_build_tree() ? CRIER_BUILDDIR "/plugins/.libs" : CRIER_PKGLIBDIR;
}

const char *paths_demo_dir(void)
{
	return in_build_tree() ? CRIER_SRCDIR "/config/demo" : CRIER_PKGDATADIR "/demo";
}

static int is_file(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISREG(st.st_mode);
}

void paths_user_config(struct crier_strbuf *out)
{
	crier_xdg_dir("XDG_CONFIG_HOME", ".config", out);
	crier_strbuf_adds(out, "/crier/crier.conf");
}

int paths_default_config(struct crier_strbuf *out)
{
	crier_strbuf_reset(out);
	paths_user_config(out);
	if (is_file(out->buf))
		return 0;
	crier_strbuf_reset(out);
	crier_strbuf_adds(out, CRIER_SYSCONFDIR "/crier/crier.conf");
	return is_file(out->buf) ? 0 : -1;
}

/* mkdir -p for the directories of path. */
static int make_dirs(char *path)
{
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) && errno != EEXIST) {
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	return mkdir(path, 0700) && errno != EEXIST ? -1 : 0;
}

int paths_make_parents(const char *path)
{
	struct crier_strbuf dir = CRIER_STRBUF_INIT;
	const char *slash = strrchr(path, '/');
	int ret = 0;

	if (slash && slash > path) {
		crier_strbuf_add(&dir, path, (size_t)(slash - path));
		if (make_dirs(dir.buf))
			ret = crier_error("%s: %s", dir.buf, strerror(errno));
	}
	crier_strbuf_release(&dir);
	return ret;
}

int paths_state_dir(struct crier_strbuf *out)
{
	crier_strbuf_reset(out);
	crier_state_dir(out);
	if (make_dirs(out->buf))
		return crier_error("%s: %s", out->buf, strerror(errno));
	return 0;
}
