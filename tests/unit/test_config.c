/* test_config.c - reading and checking crier.conf. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "config/config.h"
#include "libcrier.h"
#include "../tap.h"

static char dir[] = "/tmp/crier-test-config-XXXXXX";

static const char *write_conf(const char *name, const char *text)
{
	static char path[512];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fp = fopen(path, "w");
	fputs(text, fp);
	fclose(fp);
	return path;
}

static void load_fails(const char *text, const char *want, const char *name)
{
	struct config c;
	char expect[600];
	const char *path = write_conf("bad.conf", text);

	snprintf(expect, sizeof(expect), "%s:%s", path, want);
	ok(config_load(&c, path) == -1, "%s: fails", name);
	is_str(crier_last_error(), expect, "%s: message", name);
	config_release(&c);
}

int main(void)
{
	struct config c;
	const char *path;

	if (!mkdtemp(dir))
		return 1;
	path = write_conf("good.conf",
		"plugin_path = [ \"plugins\" ];\n"
		"sources = (\n"
		"  { name = \"Sample\"; plugin = \"file\"; path = \"articles/\"; },\n"
		"  { name = \"Tech\"; plugin = \"feed\"; url = \"http://x/rss\";\n"
		"    voice = \"en-gb\"; summarizer = { plugin = \"lead\"; sentences = 2; }; }\n"
		");\n"
		"summarizer = { plugin = \"lead\"; sentences = 3; };\n"
		"speech = { voice = \"en-us\"; rate = 160; pitch = 40; volume = 90; pause_ms = 500; };\n"
		"audio = { output = \"out.wav\"; };\n");
	is_int(config_load(&c, path), 0, "a good config loads");
	is_int(c.n_sources, 2, "two sources");
	is_str(c.sources[1].name, "Tech", "source name");
	is_str(c.sources[1].speech.voice, "en-gb", "per-source voice");
	is_int(c.sources[1].speech.rate, 160, "other speech settings inherited");
	ok(c.sources[1].summarizer != NULL, "per-source summarizer group");
	is_str(c.summarizer_plugin, "lead", "global summarizer");
	is_int(c.speech.pause_ms, 500, "pause");
	ok(c.output && !strcmp(c.output + strlen(c.output) - 8, "/out.wav") &&
	   c.output[0] == '/', "audio.output is relative to the config");
	ok(c.n_plugin_path == 1 && strstr(c.plugin_path[0], dir), "plugin_path expanded");
	is_str(c.intro, "Here is your briefing for {date}.", "default intro");
	config_release(&c);

	load_fails("sources = ( { name = \"x\"; plugin = \"file\"; }\n",
		   "2: syntax error", "syntax error names the line");
	load_fails("speech = { rate = 1000; };\n",
		   "1: 'rate' must be between 80 and 450, not 1000", "range check");
	load_fails("sources = ( { name = \"x\"; } );\n",
		   "1: source 1 has no 'plugin' (for example plugin = \"feed\";)",
		   "a source needs a plugin");
	load_fails("speech = { voice = 3; };\n", "1: 'voice' must be a string",
		   "type check");
	load_fails("sources = 5;\n",
		   "1: 'sources' must be a list: sources = ( { ... }, { ... } );",
		   "sources must be a list");
	unlink(write_conf("good.conf", ""));
	unlink(write_conf("bad.conf", ""));
	rmdir(dir);
	return done_testing();
}
