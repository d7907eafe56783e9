#!/bin/sh
# security.sh - what a hostile feed or a careless install cannot do:
# external entities and DTDs are not loaded (no file read, no network
# connection from inside a document), entity expansion is bounded in
# time and memory, feed text never reaches a shell, oversized input is
# refused, and plugins are not loaded from a directory anyone can write.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

# skip N REASON: N checks that cannot run here.
skip() {
	i=0
	while [ $i -lt "$1" ]; do
		tap_n=$((tap_n + 1))
		echo "ok $tap_n - # SKIP $2"
		i=$((i + 1))
	done
}

# todo STATUS NAME [WHAT]: a check that crier does not pass yet, for
# want of WHAT.  It is reported as TODO (an expected failure); once it
# passes (XPASS, which fails the test), "todo" must become "ok" here.
todo() {
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2 # TODO ${3:-core/host/loader.c: refuse it}"
	else
		echo "not ok $tap_n - $2 # TODO ${3:-core/host/loader.c: refuse it}"
	fi
}

# limited CMD...: runs CMD for at most 20 s with at most 1 GB of memory
# (no memory limit under AddressSanitizer, which reserves terabytes of
# address space up front).
limited() {
	if [ -n "${ASAN_OPTIONS:-}" ]; then
		timeout 20 "$@"
	else
		(ulimit -v 1048576 && timeout 20 "$@")
	fi
}

# "crier feed" reads a document with the feed plugin's parser.
"$CRIER" feed --help > /dev/null 2>&1
ok $? "crier feed is there"

# ---- external entities (XXE) ----
echo "SECRET-FILE-CONTENT-8d1f" > "$T/secret.txt"
echo '<!ENTITY fromdtd "SECRET-DTD-CONTENT-77ab">' > "$T/dtd.dtd"
cat > "$T/xxe.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY xxe SYSTEM "file://$T/secret.txt">
  <!ENTITY % remote SYSTEM "file://$T/dtd.dtd">
  %remote;
]>
<rss version="2.0"><channel><title>Feed &xxe;</title>
<item><title>Story &xxe; &fromdtd;</title><link>http://example.org/1</link>
<description>Body &xxe;</description></item>
</channel></rss>
XML
cat > "$T/extdtd.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "file://$T/dtd.dtd">
<rss version="2.0"><channel><title>T</title>
<item><title>Story &fromdtd;</title><link>http://example.org/1</link></item>
</channel></rss>
XML

xxe_tests() {
	run xxe "$CRIER" feed --json "$T/xxe.xml"
	is "$rc" 0 "a feed with external entities is read"
	lacks "$T/out" "SECRET-FILE-CONTENT" "an external entity does not read a local file"
	lacks "$T/out" "SECRET-DTD-CONTENT" "an external parameter entity is not loaded"
	contains "$T/out" '"title": "Story' "the rest of the item is still read"
	run extdtd "$CRIER" feed --json "$T/extdtd.xml"
	is "$rc" 0 "a feed with an external DTD is read"
	lacks "$T/out" "SECRET-DTD-CONTENT" "an external DTD subset is not loaded"
}
xxe_tests

sed 's/rss version="2.0"/html/' "$T/xxe.xml" > "$T/xxe.html"
run xxehtml "$CRIER" extract "$T/xxe.html"
lacks "$T/out" "SECRET-FILE-CONTENT" "the extractor does not read a local file either"

# ---- no network access from inside a document ----
# A listener on the loopback records whether anything connects to it.
start_listener() {
	python3 - "$T/port" "$T/connected" <<'PY' &
import os, socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(5)
s.settimeout(60)
open(sys.argv[1] + ".tmp", "w").write(str(s.getsockname()[1]))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
try:
    while True:
        c, _ = s.accept()
        open(sys.argv[2], "a").write("connection\n")
        c.close()
except socket.timeout:
    pass
PY
	at_exit "kill $! 2>/dev/null"
	i=0
	while [ ! -s "$T/port" ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	port=$(cat "$T/port" 2>/dev/null)
	[ -n "$port" ]
}

network_tests() {
	u="http://127.0.0.1:$port"
	cat > "$T/net.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "$u/dtd.dtd" [
  <!ENTITY net SYSTEM "$u/entity.txt">
  <!ENTITY % pnet SYSTEM "$u/param.dtd">
  %pnet;
]>
<rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude"><channel>
<title>T</title>
<item><title>Story &net;</title><link>http://example.org/1</link>
<xi:include href="$u/xinclude.xml"/></item>
</channel></rss>
XML
	run net "$CRIER" feed --json "$T/net.xml"
	is "$rc" 0 "a feed with entities on the network is read"
	test ! -e "$T/connected"
	ok $? "a feed makes no network connection (DTD, entities, XInclude)"
	sed 's/rss version="2.0"/html/' "$T/net.xml" > "$T/net.html"
	run extract "$CRIER" extract "$T/net.html"
	test ! -e "$T/connected"
	ok $? "a web page given to the extractor makes none either"
}
start_listener
ok $? "a loopback listener is up (python3)"
network_tests

# ---- entity expansion ----
{
	echo '<?xml version="1.0"?>'
	echo '<!DOCTYPE rss ['
	echo ' <!ENTITY lol0 "lollollollollollollollollollol">'
	i=1
	while [ $i -le 9 ]; do
		printf ' <!ENTITY lol%d "' $i
		for j in 1 2 3 4 5 6 7 8 9 10; do printf '&lol%d;' $((i - 1)); done
		echo '">'
		i=$((i + 1))
	done
	echo ']>'
	echo '<rss version="2.0"><channel><title>Laughs</title>'
	echo '<item><title>Story &lol9;</title><link>http://example.org/1</link>'
	echo '<description>&lol9;</description></item></channel></rss>'
} > "$T/laughs.xml"
# Quadratic blowup: one large entity referenced very many times.
awk 'BEGIN {
	big = "x"; while (length(big) < 50000) big = big big
	refs = ""; for (i = 0; i < 50000; i++) refs = refs "&big;"
	print "<?xml version=\"1.0\"?>"
	print "<!DOCTYPE rss [<!ENTITY big \"" big "\">]>"
	print "<rss version=\"2.0\"><channel><title>Q</title><item>"
	print "<title>Q</title><link>http://example.org/q</link>"
	print "<description>" refs "</description></item></channel></rss>"
}' > "$T/quadratic.xml"
# Many items that each reference a large entity: a limit per field does
# not help, the text entities give a document must be limited as well.
awk 'BEGIN {
	big = "x"; while (length(big) < 1000000) big = big big
	print "<?xml version=\"1.0\"?>"
	print "<!DOCTYPE rss [<!ENTITY big \"" big "\">]>"
	print "<rss version=\"2.0\"><channel><title>M</title>"
	for (i = 0; i < 1000; i++)
		print "<item><title>t</title><description>&big;</description></item>"
	print "</channel></rss>"
}' > "$T/many.xml"

expansion_tests() {
	run laughs limited "$CRIER" feed --json "$T/laughs.xml"
	test "$rc" -eq 0 || test "$rc" -eq 4
	ok $? "billion laughs: read in time and memory (status $rc)"
	size=$(wc -c < "$T/out")
	test "$size" -lt 10000000
	ok $? "and not expanded to gigabytes ($size bytes out)"
	run quadratic limited "$CRIER" feed --json "$T/quadratic.xml"
	test "$rc" -eq 0 || test "$rc" -eq 4
	ok $? "quadratic blowup: read in time and memory (status $rc)"
	size=$(wc -c < "$T/out")
	test "$size" -lt 100000000
	ok $? "and not expanded to gigabytes ($size bytes out)"
	if [ -n "${ASAN_OPTIONS:-}" ]; then
		skip 1 "no memory limit under AddressSanitizer"
		return
	fi
	run many sh -c 'ulimit -v 524288 && exec timeout 20 "$@"' sh \
		"$CRIER" feed --json "$T/many.xml"
	test "$rc" -eq 0 && test "$(wc -c < "$T/out")" -lt 100000000
	ok $? "many items that reference a large entity: read in 512 MB (status $rc)"
}
expansion_tests
sed 's/rss version="2.0"/html/' "$T/laughs.xml" > "$T/laughs.html"
run laughshtml limited "$CRIER" extract "$T/laughs.html"
test "$rc" -lt 124
ok $? "the extractor reads billion laughs in time and memory (status $rc)"

# ---- no shell ever runs feed data ----
mkdir -p "$T/shell"
cat > "$T/shell/story.txt" <<TXT
Story \$(touch $T/pwned1) \`touch $T/pwned2\`; touch $T/pwned3 | touch $T/pwned4

Body \$(touch $T/pwned5) and more text; touch $T/pwned6. It goes on & on.
TXT
cat > "$T/shell.xml" <<XML
<?xml version="1.0"?>
<rss version="2.0"><channel><title>\$(touch $T/pwned7)</title>
<item><title>Story \`touch $T/pwned8\`; touch $T/pwned9 | touch $T/pwnedA</title>
<link>http://example.org/\$(touch%20$T/pwnedB)</link>
<description>Body \$(touch $T/pwnedC) and more text. It goes on.</description></item>
</channel></rss>
XML
{
	echo 'sources = ( { name = "$(touch pwnedD)"; plugin = "file"; path = "shell"; }'
	"$CRIER" plugins 2>/dev/null | grep -q '^feed ' &&
		echo ', { name = "`touch pwnedE`"; plugin = "feed"; url = "shell.xml"; }'
	echo ');'
} > "$T/shell.conf"
run shell "$CRIER" --dry-run -c "$T/shell.conf"
is "$rc" 0 "a briefing from text full of shell syntax runs"
contains "$T/out" "touch $T/pwned1" "and speaks that text as it is"
set -- "$T"/pwned*
test ! -e "$1"
ok $? "but no shell ran any of it"

# ---- caps on input sizes ----
head -c 12000000 /dev/zero | tr '\0' 'a' > "$T/huge.xml"
run huge "$CRIER" feed --json "$T/huge.xml"
test "$rc" -ne 0
ok $? "a feed file larger than 10 MB is refused (status $rc)"
contains "$T/err" "larger than" "with a message that says so"

# ---- plugin directories anyone can write to ----
mkdir -p "$T/open" "$T/sticky"
cp "$CRIER_BUILDDIR/plugins/.libs/lead.so" "$T/open/lead.so"
cp "$CRIER_BUILDDIR/plugins/.libs/lead.so" "$T/sticky/lead.so"
chmod 0777 "$T/open"
chmod 1777 "$T/sticky"
CRIER_PLUGIN_PATH="$T/open:$CRIER_PLUGIN_PATH" run open "$CRIER" plugins
! grep -q "^lead .*$T/open/lead.so\$" "$T/out"
ok $? "no plugin is loaded from a world-writable directory"
grep "$T/open" "$T/out" "$T/err" | grep -q "writable by anyone"
ok $? "and the directory is named with the reason"
CRIER_PLUGIN_PATH="$T/sticky:$CRIER_PLUGIN_PATH" run sticky "$CRIER" plugins
! grep -q "^lead .*$T/sticky/lead.so\$" "$T/out"
ok $? "nor from one with the sticky bit (like /tmp): anyone may add a file there"
grep "$T/sticky" "$T/out" "$T/err" | grep -q "writable by anyone, even with the sticky bit"
ok $? "and that directory is named with the reason"
# A plugin file anyone can rewrite, in a directory only its owner can.
mkdir -p "$T/safe"
cp "$CRIER_BUILDDIR/plugins/.libs/lead.so" "$T/safe/lead.so"
chmod 0755 "$T/safe"
chmod 0666 "$T/safe/lead.so"
CRIER_PLUGIN_PATH="$T/safe:$CRIER_PLUGIN_PATH" run wfile "$CRIER" plugins
! grep -q "^lead .*$T/safe/lead.so\$" "$T/out"
ok $? "a plugin file writable by anyone is not loaded"
grep "$T/safe/lead.so" "$T/out" "$T/err" | grep -q "plugin file writable by anyone"
ok $? "and it is named with the reason"
CRIER_PLUGIN_PATH="$T/safe:$CRIER_PLUGIN_PATH" run wfile2 "$CRIER" -n -c "$CRIER_SRCDIR/config/demo/crier.conf"
is "$rc" 0 "a briefing still runs, with the bundled plugin instead"
chmod 0644 "$T/safe/lead.so"
CRIER_PLUGIN_PATH="$T/safe:$CRIER_PLUGIN_PATH" run safe "$CRIER" plugins
grep -q "^lead .*$T/safe/lead.so\$" "$T/out"
ok $? "once only its owner can write it, it is loaded"
done_testing
