#!/bin/sh
# completion.sh - the bash completion (config/bash-completion/crier), run
# the way bash runs it: COMP_WORDS and COMP_CWORD set, _crier called,
# COMPREPLY read.  The commands expected come from core/cmd/commands.list, not
# from crier's help, and a fake crier with a new command shows that the
# completion follows crier's help without being edited.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
completion="$CRIER_SRCDIR/config/bash-completion/crier"
command -v bash > /dev/null || { echo "1..0 # SKIP no bash"; exit 0; }

# completions WORD...: the completions of the last WORD (the one the cursor
# is in; "" for a new word) of the command line WORD..., one a line, sorted,
# in $T/out.  Runs in $T/cwd.
completions() {
	(cd "$T/cwd" && bash -c '. "$1"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
		_crier; printf "%s\n" "${COMPREPLY[@]}"' \
		sh "$completion" "$@") 2> "$T/err" | sort | sed '/^$/d' > "$T/out"
}
# list WORD...: the words as sorted lines, to compare with $T/out.
list() {
	printf '%s\n' "$@" | sort | sed '/^$/d'
}

mkdir -p "$T/cwd/sub" && touch "$T/cwd/a.conf" "$T/cwd/b.wav" "$T/cwd/c.txt"

# Commands: the COMMAND(x) lines of commands.list, the briefing itself
# ("brief", the default) included, as crier --help and crier(1) list them.
want=$(sed -n 's/^COMMAND(\(.*\))$/\1/p' "$CRIER_SRCDIR/core/cmd/commands.list" |
	tr _ - | sort)
completions "$CRIER" ""
is "$(cat "$T/out")" "$want" "crier TAB lists the commands"
is "$(cat "$T/err")" "" "with nothing on stderr"
completions "$CRIER" "ch"
is "$(cat "$T/out")" "check-config" "a prefix picks the command"
completions "$CRIER" -q ""
is "$(cat "$T/out")" "$want" "after a global option too"
completions "$CRIER" --config a.conf ""
is "$(cat "$T/out")" "$want" "an option's argument is not the command"

# Options.
completions "$CRIER" --
for o in --config --output --driver --dry-run --quiet --help --version; do
	contains "$T/out" "$o" "crier --TAB offers $o"
done
completions "$CRIER" --dr
is "$(cat "$T/out")" "$(list --driver --dry-run)" "a prefix picks the options"
completions "$CRIER" summarize --
for o in --sentences --words --plugin --title --config --output; do
	contains "$T/out" "$o" "crier summarize --TAB offers $o"
done
completions "$CRIER" -c a.conf extract --t
is "$(cat "$T/out")" "--title" "a command's options after -c FILE"
completions "$CRIER" plugins --s
is "$(cat "$T/out")" "" "not another command's options"

# Option arguments, by their placeholder.
completions "$CRIER" --config ""
is "$(cat "$T/out")" "$(list a.conf b.wav c.txt sub)" "--config FILE: file names"
completions "$CRIER" --config = ""
is "$(cat "$T/out")" "$(list a.conf b.wav c.txt sub)" "--config=FILE too"
completions "$CRIER" -o ""
is "$(cat "$T/out")" "$(list a.conf b.wav c.txt sub)" "-o FILE (WAV, MP3, Opus): file names"
completions "$CRIER" --driver ""
contains "$T/out" "null" "--driver: libao's null driver"
contains "$T/out" "wav" "and its wav driver"
completions "$CRIER" summarize --plugin ""
grep -qx lead "$T/out"
ok $? "summarize --plugin: the summarizers crier finds"
grep -qx file "$T/out"
ok $((!$?)) "but not its sources"
completions "$CRIER" summarize --sentences ""
is "$(cat "$T/out")" "" "--sentences N: nothing to offer"

# Operands, from the command's usage line.
completions "$CRIER" check-config ""
is "$(cat "$T/out")" "$(list a.conf b.wav c.txt sub)" "check-config [FILE]: file names"
completions "$CRIER" summarize --words 40 c
is "$(cat "$T/out")" "c.txt" "summarize [FILE]: file names after options"
completions "$CRIER" normalize ""
is "$(cat "$T/out")" "" "normalize [TEXT...]: nothing"
completions "$CRIER" summarize -- -
is "$(cat "$T/out")" "" "after --, no options"
completions "$CRIER" nosuchcommand ""
is "$(cat "$T/out")" "" "an unknown command: nothing"

# A crier with a command this file has never heard of.
mkdir -p "$T/bin"
cat > "$T/bin/crier" <<'FAKE'
#!/bin/sh
case "$*" in
"--help") printf '%s\n' 'Usage: crier [OPTIONS] [COMMAND [ARGS]]' '' \
	'Commands:' '  plugins        list the plugins' \
	'  weather        the forecast' '' 'Options:' \
	'  -c, --config FILE            read this config file' ;;
"weather --help") printf '%s\n' 'Usage: crier weather [--days N] [DIR]' '' \
	'Options:' '      --days N                 this many days' \
	'      --metric                 in degrees Celsius' \
	'  -l, --lang LANG              the language' ;;
esac
FAKE
chmod +x "$T/bin/crier"
completions "$T/bin/crier" ""
is "$(cat "$T/out")" "$(list plugins weather)" "a new command appears"
completions "$T/bin/crier" weather --
is "$(cat "$T/out")" "$(list --days --lang --metric)" "with its options"
completions "$T/bin/crier" weather --days 3 ""
is "$(cat "$T/out")" "sub" "and its operand (DIR: directories)"

if command -v espeak-ng > /dev/null; then
	completions "$T/bin/crier" weather -l en-g
	grep -qx en-gb "$T/out"
	ok $? "--lang LANG: espeak-ng's languages"
else
	ok 0 "--lang LANG # SKIP no espeak-ng command"
fi

# crier found through PATH, as it usually is.
(cd "$T/cwd" && PATH="$T/bin:$PATH" bash -c '. "$1"
	COMP_WORDS=(crier we); COMP_CWORD=1; _crier; echo "${COMPREPLY[*]}"' \
	sh "$completion") > "$T/out" 2>&1
is "$(cat "$T/out")" "weather" "crier is found in PATH"

# The file registers itself for crier.
bash -c '. "$1"; complete -p crier' sh "$completion" > "$T/out" 2>&1
is "$(cat "$T/out")" "complete -F _crier crier" "it registers _crier for crier"

# Fast enough to press TAB: one completion, help calls included, takes
# little processor time (counted in CPU seconds, which a busy machine does
# not stretch as it does the time on the clock).
cpu=$( { completions "$CRIER" -c a.conf summarize --; times; } | awk '
	function secs(t) { split(t, p, "m"); return p[1] * 60 + p[2] }
	END { printf "%d", (secs($1) + secs($2)) * 1000 }')
echo "# one completion took $cpu ms of CPU time"
[ "${cpu:-99999}" -lt 2000 ]
ok $? "a completion takes under 2 s of CPU time"
done_testing
