#!/bin/sh
# cli.sh - the command line: help, version, options before or after the
# subcommand, errors for bad usage.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

run help "$CRIER" --help
is "$rc" 0 "--help exits 0"
for cmd in plugins summarize check-config; do
	contains "$T/out" "$cmd" "--help lists $cmd"
done
contains "$T/out" "--dry-run" "--help lists --dry-run"

run version "$CRIER" --version
is "$rc" 0 "--version exits 0"
contains "$T/out" "crier 0." "--version prints the version"

run cmdhelp "$CRIER" summarize --help
contains "$T/out" "--sentences N" "summarize --help lists its options"
contains "$T/out" "--config FILE" "and the global ones"

run bad "$CRIER" frobnicate
is "$rc" 2 "an unknown command exits 2"
contains "$T/err" "'frobnicate' is not a command" "and says so"

run badopt "$CRIER" --frob
is "$rc" 2 "an unknown option exits 2"

run missing "$CRIER" summarize --sentences
is "$rc" 2 "a missing option argument exits 2"

run nan "$CRIER" summarize --sentences many /dev/null
is "$rc" 2 "a bad number exits 2"
contains "$T/err" "--sentences: 'many' is not a number" "and names the option"

demo_articles "$T/a"
cat > "$T/c.conf" <<CONF
sources = ( { name = "Local"; plugin = "file"; path = "a"; } );
CONF
run before "$CRIER" --config "$T/c.conf" --dry-run check-config
before=$(cat "$T/out")
run after "$CRIER" check-config --dry-run --config "$T/c.conf"
is "$(cat "$T/out")" "$before" "global options work before and after the command"
contains "$T/out" "source 'Local': plugin file" "with the config given"

printf 'First sentence here. Second one here. Third one too.\n' > "$T/art.txt"
run s1 "$CRIER" summarize --sentences 1 -p lead -c "$T/c.conf" "$T/art.txt"
run s2 "$CRIER" -c "$T/c.conf" summarize "$T/art.txt" -s 1 --plugin lead
is "$(cat "$T/out")" "First sentence here." "command options after the operand"
done_testing
