#!/bin/sh
# config.sh - config errors name FILE:LINE and exit 2; unknown keys warn
# with their line; the default config is found in $XDG_CONFIG_HOME.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

demo_articles "$T/a"
printf 'sources = (\n  { name = "x"; plugin = "file"; path = "a"\n);\n' > "$T/syntax.conf"
run syntax "$CRIER" --config "$T/syntax.conf" --dry-run
is "$rc" 2 "a syntax error exits 2"
contains "$T/err" "$T/syntax.conf:3: syntax error" "and names FILE:LINE"

printf 'speech = {\n  rate = 9000;\n};\n' > "$T/range.conf"
run range "$CRIER" check-config "$T/range.conf"
is "$rc" 2 "an out-of-range value exits 2"
contains "$T/err" "$T/range.conf:2: 'rate' must be between 80 and 450" "and names its line"

cat > "$T/typo.conf" <<'CONF'
sources = (
  { name = "Local"; plugin = "file";
    path = "a"; max_itmes = 3; }
);
speech = { voice = "en-us"; raet = 170; };
colour = "blue";
CONF
run typo "$CRIER" check-config "$T/typo.conf"
is "$rc" 0 "unknown keys are only warnings"
contains "$T/err" "$T/typo.conf:3: warning: unknown setting 'max_itmes' in Local" "a plugin's unknown key is reported with its line"
contains "$T/err" "$T/typo.conf:5: warning: unknown setting 'raet' in speech" "a core group's too"
contains "$T/err" "$T/typo.conf:6: warning: unknown setting 'colour'" "and the top level's"

cat > "$T/noplugin.conf" <<'CONF'
sources = ( { name = "Gone"; plugin = "nosuchplugin"; } );
CONF
run noplugin "$CRIER" check-config "$T/noplugin.conf"
is "$rc" 2 "check-config fails for a missing plugin"
contains "$T/err" "source 'Gone': no source plugin named 'nosuchplugin' (found: " "and lists what exists"

mkdir -p "$XDG_CONFIG_HOME/crier"
cp -r "$T/a" "$XDG_CONFIG_HOME/crier/articles"
cat > "$XDG_CONFIG_HOME/crier/crier.conf" <<'CONF'
sources = ( { name = "Mine"; plugin = "file"; path = "articles"; } );
CONF
run xdg "$CRIER" --dry-run
is "$rc" 0 "the XDG config is used without --config"
contains "$T/out" "From Mine: Ferry service returns" "with paths relative to it"
rm -r "$XDG_CONFIG_HOME/crier"
run demo "$CRIER" check-config
contains "$T/out" "demo/crier.conf" "without any config, the demo runs"
done_testing
