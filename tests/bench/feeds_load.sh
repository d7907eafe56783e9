#!/bin/sh
# feeds_load.sh - crier under many feed sources on the loopback server.
#
# 1. 200 feed sources of 20 items each, served by tests/http/server.py:
#    the peak resident memory of "crier --dry-run" (/usr/bin/time %M, the
#    largest of crier and its fetching children), first with an empty HTTP
#    cache and then with every feed answering 304.  Target: < 30 MB.
# 2. 50 feed sources, spoken through libao's null driver: the time from
#    starting crier to the first audio sample reaching the driver, taken by
#    a small LD_PRELOAD shim around ao_play() (best of 3).  Target: 300 ms.
#
# Usage: tests/bench/feeds_load.sh [BUILDDIR]   (default: the current
# directory).  Exits 1 when a target is missed.
set -eu
build=$(cd "${1:-.}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
crier="$build/crier"
T=$(mktemp -d)
export HOME="$T" XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state"
export no_proxy='*' NO_PROXY='*'
export CRIER_PLUGIN_PATH="${CRIER_PLUGIN_PATH:-$build/plugins/.libs}"

python3 "$src/tests/http/server.py" --lifetime 600 > "$T/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$T"' EXIT
i=0
while [ ! -s "$T/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
base="http://127.0.0.1:$(head -n 1 "$T/port")"

# config N FILE: N generated feeds of 20 items, every item kept.
config() {
	{
		echo 'sources = ('
		n=1
		while [ $n -le "$1" ]; do
			printf '  { name = "Feed %d"; plugin = "feed"; url = "%s/gen/%d.xml?items=20"; max_items = 20; }%s\n' \
				$n "$base" $n "$([ $n -lt "$1" ] && echo ,)"
			n=$((n + 1))
		done
		echo ');'
		echo 'summarizer = { plugin = "lead"; sentences = 1; };'
	} > "$2"
}

config 200 "$T/200.conf"
fail=0
for run in "empty cache" "all 304"; do
	/usr/bin/time -f %M -o "$T/rss" "$crier" -q --dry-run -c "$T/200.conf" \
		> "$T/out" 2> "$T/err" || true
	stories=$(grep -c '^\[story' "$T/out" || true)
	kb=$(tail -n 1 "$T/rss")
	echo "200 feeds x 20 items ($run): $stories stories, peak RSS $((kb / 1024)) MB ($kb kB; target < 30 MB)"
	if [ "$stories" -lt 4000 ]; then
		echo "  expected 4000 stories; errors:"; head -5 "$T/err"; fail=1
	fi
	[ "$kb" -lt $((30 * 1024)) ] || fail=1
done

# The shim: logs the wall-clock time of the first ao_play() call that
# carries sound (not only the zeros of a pause).
cat > "$T/first.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
typedef int (*play_fn)(void *, char *, unsigned);
int ao_play(void *dev, char *samples, unsigned n);
int ao_play(void *dev, char *samples, unsigned n)
{
	static int done;
	play_fn real = (play_fn)dlsym(RTLD_NEXT, "ao_play");
	unsigned i = 0;

	while (i < n && !samples[i])	/* silence (pauses) does not count */
		i++;
	if (!done && i < n) {
		struct timespec ts;
		FILE *fp = fopen(getenv("FIRST_SAMPLE_LOG"), "w");
		clock_gettime(CLOCK_REALTIME, &ts);
		if (fp) {
			fprintf(fp, "%ld.%09ld\n", (long)ts.tv_sec, ts.tv_nsec);
			fclose(fp);
		}
		done = 1;
	}
	return real(dev, samples, n);
}
C
${CC:-cc} -shared -fPIC -o "$T/first.so" "$T/first.c" -ldl
# first_sample CONF: the best of 3 times (ms) to the first audio sample.
first_sample() {
	best=""
	for i in 1 2 3; do
		rm -f "$T/first"
		start=$(date +%s.%N)
		FIRST_SAMPLE_LOG="$T/first" LD_PRELOAD="$T/first.so" \
			"$crier" -q -d null -c "$1" > /dev/null 2>&1 &
		pid=$!
		# Only the start matters: stop crier once it has played.
		j=0
		while [ ! -s "$T/first" ] && kill -0 $pid 2>/dev/null &&
		      [ $j -lt 600 ]; do
			sleep 0.02; j=$((j + 1))
		done
		kill $pid 2>/dev/null || true
		wait $pid 2>/dev/null || true
		[ -s "$T/first" ] || return 0
		ms=$(awk -v s="$start" -v f="$(cat "$T/first")" \
			'BEGIN { printf "%d", (f - s) * 1000 }')
		best=$(awk -v a="$ms" -v b="$best" \
			'BEGIN { print (b == "" || a < b) ? a : b }')
	done
	echo "$best"
}

config 50 "$T/50.conf"
ms=$(first_sample "$T/50.conf")
echo "50 feeds: first audio sample after ${ms:-(none)} ms (best of 3; target <= 300 ms)"
[ -n "$ms" ] && [ "$ms" -le 300 ] || fail=1
# The same without the intro, which is spoken before any source is in:
# the first sample is then the first story's (for information).
echo 'briefing = { intro = ""; };' >> "$T/50.conf"
ms=$(first_sample "$T/50.conf")
echo "50 feeds, no intro: first story sample after ${ms:-(none)} ms"
exit $fail
