/* test_settings.c - plugins' view of their config group. */
#include <stdlib.h>
#include "libcrier.h"
#include "../tap.h"

int main(void)
{
	config_t cfg;
	struct crier_settings *parent, *s;
	const config_setting_t *root;

	config_init(&cfg);
	ok(config_read_string(&cfg,
		"global = { sentences = 3; plugin = \"lead\"; };\n"
		"src = { path = \"articles\"; home = \"~/x\"; abs = \"/tmp\";\n"
		"  n = 7; f = 1.5; b = true; list = [\"a\", \"b\"]; one = \"c\";\n"
		"  typo = 1; words = \"oops\"; };\n") == CONFIG_TRUE, "config parses");
	root = config_root_setting(&cfg);
	setenv("HOME", "/home/test", 1);
	parent = crier_settings_new(config_setting_get_member(root, "global"),
				    NULL, "summarizer", "/etc/crier");
	s = crier_settings_new(config_setting_get_member(root, "src"), parent,
			       "News", "/etc/crier");
	is_str(crier_settings_path(s, "path", NULL), "/etc/crier/articles",
	       "relative paths start at the config's directory");
	is_str(crier_settings_path(s, "home", NULL), "/home/test/x", "~ is expanded");
	is_str(crier_settings_path(s, "abs", NULL), "/tmp", "absolute paths stay");
	ok(crier_settings_path(s, "missing", NULL) == NULL, "missing path gives NULL");
	is_int(crier_settings_int(s, "n", 0), 7, "integers");
	ok(crier_settings_float(s, "f", 0) == 1.5, "floats");
	is_int(crier_settings_bool(s, "b", 0), 1, "booleans");
	is_int(crier_settings_int(s, "sentences", 0), 3, "missing keys come from the parent");
	is_str(crier_settings_string(s, "plugin", "x"), "lead", "parent strings too");
	is_int(crier_settings_int(s, "words", 99), 99, "a wrong type gives the default");
	is_int(crier_settings_count(s, "list"), 2, "list count");
	is_str(crier_settings_item(s, "list", 1), "b", "list item");
	is_int(crier_settings_count(s, "one"), 1, "a lone string is a list of one");
	is_str(crier_settings_item(s, "one", 0), "c", "and its item");
	is_str(crier_settings_name(s), "News", "name");
	is_str(crier_settings_where(s, "n"), "config:3", "where names the line");
	is_int(crier_settings_warn_unread(s, NULL, 0), 1, "the one unread key is reported");
	crier_settings_free(s);
	crier_settings_free(parent);
	config_destroy(&cfg);
	return done_testing();
}
