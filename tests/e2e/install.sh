#!/bin/sh
# install.sh - "make install DESTDIR=..." puts everything under the
# configured directories (the prefix of ./configure, or of make distcheck);
# the example plugin builds against the installed header and
# crier-plugin.pc alone and the installed crier loads it; the systemd
# unit's and the cron example's command lines write a dated WAV file; and
# "make uninstall" removes it all again.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"
unset MAKEFLAGS MFLAGS MAKELEVEL CRIER_PLUGIN_PATH
dest=$T/dest
# prefix, bindir, libdir, ... as configured.
make -s -C "$CRIER_BUILDDIR" print-installdirs > "$T/dirs" || exit 1
# shellcheck disable=SC1091,SC2154
. "$T/dirs"

run install make -C "$CRIER_BUILDDIR" install DESTDIR="$dest"
is "$rc" 0 "make install DESTDIR=... succeeds"
[ "$rc" -eq 0 ] || { sed 's/^/#   /' "$T/err" | tail -20; done_testing; exit; }

# installed NAME FILE...: every FILE exists under $dest.
installed() {
	name=$1
	shift
	missing=
	for f in "$@"; do
		[ -f "$dest$f" ] || missing="$missing $f"
	done
	[ -z "$missing" ]
	ok $? "$name"
	[ -z "$missing" ] || echo "#   missing:$missing"
}

installed "crier in bindir" "$bindir/crier"
[ -x "$dest$bindir/crier" ]
ok $? "and it is executable"
installed "libcrier in libdir" "$libdir/libcrier.so"
# Functions only: the plugin API's names all begin with crier_.
nm -D --defined-only "$dest$libdir/libcrier.so" | awk '$2 == "T"' > "$T/exports"
[ "$(grep -c ' crier_' "$T/exports")" -gt 50 ]
ok $? "nm lists libcrier's crier_ functions"
others=$(awk '$3 !~ /^crier_/ { print $3 }' "$T/exports" | head -5 | tr '\n' ' ')
is "$others" "" "libcrier exports no function but the crier_ API"
installed "the plugin headers in includedir/crier" \
	"$includedir/crier/plugin.h" "$includedir/crier/strbuf.h" \
	"$includedir/crier/text.h"
installed "crier-plugin.pc in pkgconfigdir" "$pkgconfigdir/crier-plugin.pc"
plugins=
for so in "$CRIER_BUILDDIR"/plugins/.libs/*.so; do
	plugins="$plugins $pkglibdir/${so##*/}"
done
# shellcheck disable=SC2086
installed "every built plugin in pkglibdir:$plugins" $plugins
mans=
for m in "$CRIER_SRCDIR"/doc/*.[1-8]; do
	m=${m##*/}
	mans="$mans $mandir/man${m##*.}/$m"
done
# shellcheck disable=SC2086
installed "every man page in its section:$mans" $mans
demo="$pkgdatadir/demo/crier.conf"
for a in "$CRIER_SRCDIR"/config/demo/articles/*; do
	demo="$demo $pkgdatadir/demo/articles/${a##*/}"
done
# shellcheck disable=SC2086
installed "the demo config and articles in pkgdatadir/demo" $demo
installed "the example config and cron line in pkgdatadir/examples" \
	"$pkgdatadir/examples/crier.conf.example" \
	"$pkgdatadir/examples/cron.example"
installed "the example plugin in pkgdatadir/examples/plugin" \
	"$pkgdatadir/examples/plugin/hello.c" \
	"$pkgdatadir/examples/plugin/au.c" \
	"$pkgdatadir/examples/plugin/Makefile" \
	"$pkgdatadir/examples/plugin/README"
installed "the systemd user units in prefix/lib/systemd/user" \
	"$systemduserunitdir/crier-briefing.service" \
	"$systemduserunitdir/crier-briefing.timer" \
	"$systemduserunitdir/crier-podcast.service" \
	"$systemduserunitdir/crier-podcast.timer"
installed "the bash completion in datadir/bash-completion/completions" \
	"$bashcompletiondir/crier"
outside=$(find "$dest" ! -type d | grep -v -e "^$dest$prefix/" \
	-e "^$dest$sysconfdir/")
is "$outside" "" "nothing is installed outside the prefix"

# The installed crier with the installed libcrier and plugins.
icrier="$dest$bindir/crier"
export LD_LIBRARY_PATH="$dest$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
run version "$icrier" --version
is "$(cat "$T/out")" "$("$CRIER" --version)" "the installed crier runs"

# The example plugin, from its installed copy, with only pkg-config: the
# .pc says prefix=$prefix, so the sysroot puts it under $dest.
cp -R "$dest$pkgdatadir/examples/plugin" "$T/hello" && chmod -R u+w "$T/hello"
export PKG_CONFIG_LIBDIR="$dest$pkgconfigdir" PKG_CONFIG_SYSROOT_DIR="$dest"
unset PKG_CONFIG_PATH
run cflags pkg-config --cflags crier-plugin
contains "$T/out" "-I$dest$includedir" "pkg-config crier-plugin points at the installed header"
run build make -C "$T/hello" CFLAGS="-std=c11 -Wall -Wextra -Werror"
is "$rc" 0 "the example plugin builds against the installed crier"
[ "$rc" -eq 0 ] || sed 's/^/#   /' "$T/err" | tail -10
[ -f "$T/hello/hello.so" ]
ok $? "into hello.so"
[ -f "$T/hello/au.so" ]
ok $? "and the example output plugin into au.so"

# crier-plugin(7)'s example summarizer, taken from the installed page and
# built the way its SYNOPSIS says, warning-free under -Wall -Wextra.
page="$dest$mandir/man7/crier-plugin.7"
sed -n '/^\.SH EXAMPLE/,/^\.fi/p' "$page" | sed -e '1,2d' -e '$d' \
	-e 's/\\-/-/g' -e 's/\\e/\\/g' > "$T/first.c"
grep -q 'crier_spans_release' "$T/first.c"
ok $? "crier-plugin(7) has an example summarizer"
mkdir "$T/first"
run first sh -c "cc -std=c11 -Wall -Wextra -Werror -shared -fPIC -o '$T/first/first.so' '$T/first.c' \$(pkg-config --cflags --libs crier-plugin)"
is "$rc:$(cat "$T/err")" "0:" "it builds with -Wall -Wextra -Werror and no warning"
run plugindir pkg-config --variable=plugindir crier-plugin
is "$(cat "$T/out")" "$dest$pkglibdir" "pkg-config --variable=plugindir names crier's plugin directory"

# The user's config: the installed crier would fall back on the demo
# config, which is not installed in $dest's prefix yet.
mkdir -p "$HOME/.config/crier"
cat > "$HOME/.config/crier/crier.conf" <<'CONF'
sources = (
  { name = "Reminders"; plugin = "hello";
    items = [ "The bins go out tonight. Only the green one this week.",
              "Choir practice moves to Thursday." ]; },
  { name = "Hi"; plugin = "hello"; }
);
CONF
cp "$HOME/.config/crier/crier.conf" "$T/hello.conf"

export CRIER_PLUGIN_PATH="$T/hello:$dest$pkglibdir"
run plugins "$icrier" plugins
is "$rc" 0 "crier plugins exits 0"
grep -q "^hello  *source  *1.0  *$T/hello/hello.so\$" "$T/out"
ok $? "crier plugins loads the example"
grep -q "^lead  *summarizer  .*$dest$pkglibdir/lead.so\$" "$T/out"
ok $? "and the installed plugins"
lacks "$T/out" "failed:" "no plugin fails to load"
grep -q "^au  *output  *1.0  *$T/hello/au.so\$" "$T/out"
ok $? "crier plugins lists the example output plugin"
grep -q "^espeak  *speech  .*$dest$pkglibdir/espeak.so\$" "$T/out"
ok $? "and the installed speech plugin"

# The example output plugin writes a briefing through the installed
# crier, speech plugin and all: a Sun audio file of the right rate.
# (its own state directory: the stories stay unheard for what follows)
run au env XDG_STATE_HOME="$T/au-state" "$icrier" -q --all -c "$T/hello.conf" --output "$T/b.AU"
is "$rc" 0 "a briefing through the example output plugin exits 0"
is "$(soxi -t "$T/b.AU" 2>/dev/null)" au "it writes a Sun audio file"
is "$(soxi -r "$T/b.AU" 2>/dev/null)" 22050 "at espeak-ng's rate"
secs=$(soxi -D "$T/b.AU" 2>/dev/null || echo 0)
num_between "$secs" 3 300
ok $? "holding the briefing ($secs s)"

printf 'sources = ( { name = "Hi"; plugin = "hello"; } );\nsummarizer = { plugin = "first"; };\n' > "$T/first.conf"
run first_dry env CRIER_PLUGIN_PATH="$T/first:$CRIER_PLUGIN_PATH" "$icrier" -n -c "$T/first.conf"
is "$rc" 0 "the man page's summarizer runs a briefing"
contains "$T/out" "From Hi: Hello from the example plugin." "with the example source's story"
run first_listed env CRIER_PLUGIN_PATH="$T/first:$CRIER_PLUGIN_PATH" "$icrier" plugins
grep -q "^first  *summarizer  *1  *$T/first/first.so\$" "$T/out"
ok $? "crier plugins lists it as a summarizer"
run dry "$icrier" -n -c "$T/hello.conf"
is "$rc" 0 "a dry run with the example source exits 0"
contains "$T/out" "From Reminders: The bins go out tonight." "each item is a story, its first sentence the headline"
contains "$T/out" "From Reminders: Choir practice moves to Thursday." "the second item too"
contains "$T/out" "From Hi: Hello from the example plugin." "without items, the greeting"
contains "$T/out" "(3 stories)" "three stories in all"
printf 'sources = ( { name = "Bad"; plugin = "hello";\n  greeting = ""; } );\n' > "$T/bad.conf"
run bad "$icrier" -n -c "$T/bad.conf"
contains "$T/err" "source 'Bad' (hello): $T/bad.conf:2: greeting must have" "the example reports a bad setting with its line"

# Installed the example's way, into a directory named by plugin_path.
run plugdir make -C "$T/hello" install PLUGINDIR="$T/mine"
[ -f "$T/mine/hello.so" ]
ok $? "the example's make install PLUGINDIR=DIR"
{ echo "plugin_path = [ \"mine\", \"$dest$pkglibdir\" ];"; cat "$T/hello.conf"; } > "$T/path.conf"
run path env CRIER_PLUGIN_PATH= "$icrier" -n -c "$T/path.conf"
contains "$T/out" "From Hi: Hello from the example plugin." "the config's plugin_path finds it"

# The command lines of the systemd service and the cron example, run as
# systemd and cron would (%h, %% and $$; \%), with the installed crier
# and the user config above.
wav="$HOME/Briefings/$(date +%Y-%m-%d).wav"
unit="$dest$systemduserunitdir/crier-briefing.service"
grep -q "^ExecStart=.*\"$bindir/crier\"" "$unit"
ok $? "the service runs crier from bindir"
lacks "$unit" "@" "no placeholder is left in the service"
grep -q "^ExecStart=/bin/sh -c 'exec \"$bindir/crier\" --quiet podcast'\$" \
	"$dest$systemduserunitdir/crier-podcast.service"
ok $? "the podcast service runs crier podcast from bindir"
cmd=$(sed -n 's/^ExecStart=//p' "$unit" | sed -e "s|%h|$HOME|g" \
	-e 's/%%/%/g' -e 's/\$\$/$/g' -e "s|\"$bindir/crier\"|\"$icrier\"|")
run service sh -c "$cmd"
is "$rc" 0 "the service's command exits 0"
num_between "$(wav_seconds "$wav")" 3 600
ok $? "and writes ~/Briefings/DATE.wav"
rm -rf "$HOME/Briefings"
run service sh -c "$cmd"
is "$rc" 5 "run again with nothing new, it exits 5"
test ! -e "$wav"
ok $? "and writes no file"
grep -q '^SuccessExitStatus=.*\b5\b' "$unit"
ok $? "which the service counts as success"
rm -rf "$XDG_STATE_HOME/crier"	# the stories are new again
cmd=$(grep '^[0-9]' "$dest$pkgdatadir/examples/cron.example" |
	sed -e 's/^[^ ]* [^ ]* [^ ]* [^ ]* [^ ]* *//' -e 's/\\%/%/g')
run cron env PATH="$dest$bindir:$PATH" sh -c "$cmd"
is "$rc" 0 "the cron example's command exits 0"
num_between "$(wav_seconds "$wav")" 3 600
ok $? "and writes ~/Briefings/DATE.wav"

# systemd-analyze, where it works here (not in every container).  It
# checks Documentation= with man(1), which does not see $dest: the man
# pages are checked here, and copies without those lines verified.
units="$dest$systemduserunitdir"
missing=
for page in $(sed -n 's/^Documentation=//p' "$units"/crier-briefing.*); do
	name=${page#man:}
	sec=${name#*\(}
	sec=${sec%\)}
	[ -f "$dest$mandir/man$sec/${name%\(*}.$sec" ] || missing="$missing $page"
done
is "$missing" "" "the units' Documentation= pages are installed"
mkdir "$T/units"
for u in crier-briefing.service crier-briefing.timer \
	crier-podcast.service crier-podcast.timer; do
	grep -v '^Documentation=' "$units/$u" > "$T/units/$u"
done
printf '[Service]\nType=oneshot\nExecStart=/bin/true\n' > "$T/probe.service"
if command -v systemd-analyze > /dev/null &&
	[ -z "$(systemd-analyze verify "$T/probe.service" 2>&1)" ]; then
	run verify systemd-analyze verify "$T/units/crier-briefing.service" \
		"$T/units/crier-briefing.timer" "$T/units/crier-podcast.service" \
		"$T/units/crier-podcast.timer"
	is "$rc:$(cat "$T/out" "$T/err")" "0:" "systemd-analyze verify finds nothing to say"
	when=$(sed -n 's/^OnCalendar=//p' "$units/crier-briefing.timer")
	run calendar systemd-analyze calendar "$when"
	contains "$T/out" "Normalized form: Mon..Fri *-*-* 07:00:00" "the timer fires at 7:00 on weekdays"
else
	ok 0 "systemd-analyze verify # SKIP systemd-analyze does not work here"
fi

run uninstall make -C "$CRIER_BUILDDIR" uninstall DESTDIR="$dest"
is "$rc" 0 "make uninstall DESTDIR=... succeeds"
is "$(find "$dest" ! -type d)" "" "and leaves no file behind"
done_testing
