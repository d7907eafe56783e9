/*
 * forksource.c - a source plugin that starts a process which never ends
 * and keeps every descriptor it inherited (the worker's pipe among them).
 * Settings: pidfile (where the process writes its id), hang (whether
 * fetch itself then hangs too; otherwise it returns one article), gate
 * (a file it waits for before it returns).
 */
#include <unistd.h>
#include <crier/plugin.h>

#include "stray.h"

struct state {
	const char *pidfile;
	const char *gate;
	int hang;
	int setsid;
};

static struct state st;

static int open_(const struct crier_settings *s, void **state)
{
	st.pidfile = crier_settings_string(s, "pidfile", "/dev/null");
	st.hang = crier_settings_bool(s, "hang", 1);
	st.gate = crier_settings_string(s, "gate", NULL);
	st.setsid = crier_settings_bool(s, "setsid", 0);
	*state = &st;
	return 0;
}

static int fetch(void *state, struct crier_source *src)
{
	struct state *s = state;
	struct crier_article *a;

	start_stray(s->pidfile, s->setsid, 0);
	while (s->hang)
		pause();
	while (s->gate && access(s->gate, F_OK))
		usleep(20000);
	a = crier_source_add(src);
	crier_article_sets(a, CRIER_FIELD_TITLE, "Forked story");
	crier_article_sets(a, CRIER_FIELD_BODY,
			   "The forking source still sent this story. It is spoken.");
	return 0;
}

static const struct crier_source_ops ops = { .open = open_, .fetch = fetch };

const struct crier_plugin crier_plugin = {
	.abi = CRIER_PLUGIN_ABI, .api = CRIER_PLUGIN_API,
	.name = "forksource", .kind = CRIER_PLUGIN_SOURCE, .source = &ops,
};
