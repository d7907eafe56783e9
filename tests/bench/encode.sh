#!/bin/sh
# encode.sh - what MP3 and Opus briefings cost and how they sound.
#
# 1. A 10-minute briefing (espeak-ng speaking the script of 40 BBC dev
#    articles, cut to exactly 600 s) encoded by crier's mp3 and opus
#    output plugins (through the output driver, with a chapter a
#    minute): sizes (targets: MP3 <= 4 MB, Opus <= 2 MB), and, decoded
#    by ffmpeg, sox stats against the WAV: duration (target: within
#    50 ms), peak and RMS levels, clipped samples (target: none beyond
#    the WAV's own).
# 2. Encoding CPU (user + system, least of 5 runs) of the plugins against
#    the lame and opusenc command-line tools on the same audio at the
#    same settings (target: at most 1.1 times theirs).
# 3. The whole briefing, crier --output x.mp3 / x.opus, against
#    espeak-ng -w speaking the same script plus lame / opusenc.
#
# Usage: tests/bench/encode.sh [BUILDDIR]   (default: the current directory)
# PARTS="1 2" runs only those parts (default all three).
set -eu
build=$(cd "${1:-.}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
shared=${CRIER_SHARED:-$src/../shared}
crier="$build/crier"
driver="$build/tests/plugins/output-driver"
plugins="$build/plugins/.libs"
if [ -x "$build/.libs/crier" ]; then	# the program, not libtool's wrapper
	crier="$build/.libs/crier"
	export LD_LIBRARY_PATH="$build/core/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
if [ -x "$build/tests/plugins/.libs/output-driver" ]; then
	driver="$build/tests/plugins/.libs/output-driver"
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME="$T" XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state"
export CRIER_PLUGIN_PATH="$plugins"
MP3_ABR=40 OPUS_KBPS=20
PARTS=${PARTS:-1 2 3}
part() { case " $PARTS " in *" $1 "*) return 0 ;; esac; return 1; }

mkdir "$T/articles"
python3 "$src/tests/bbc_articles.py" "$shared/data/summ/bbc-dev.jsonl" "$T/articles" 40
cat > "$T/crier.conf" <<'CONF'
sources = ( { name = "BBC"; plugin = "file"; path = "articles"; } );
summarizer = { plugin = "lead"; sentences = 4; };
speech = { voice = "en-us"; rate = 175; pause_ms = 0; };
CONF
"$crier" -c "$T/crier.conf" --dry-run --all |
	grep -v -e '^\[' -e '^Total: ' -e '^$' > "$T/script.txt"

# best_cpu CMD...: the least user+system seconds of 5 runs.
best_cpu() {
	best=""
	for i in 1 2 3 4 5; do
		/usr/bin/time -f "%U %S" -o "$T/time" "$@" > /dev/null 2>&1
		t=$(awk '{ print $1 + $2 }' "$T/time")
		best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (b == "" || a < b) ? a : b }')
	done
	echo "$best"
}
# stats FILE: duration, peak and RMS level (dB), clipped samples, decoded
# by ffmpeg to 22050 Hz as a player would.
stats() {
	ffmpeg -v error -y -i "$1" -ar 22050 -ac 1 -f s16le "$T/dec.raw"
	sox -t raw -r 22050 -e signed -b 16 -c 1 "$T/dec.raw" -n stats 2> "$T/stats"
	python3 - "$T/dec.raw" "$T/stats" <<'PY'
import array, sys
pcm = array.array("h", open(sys.argv[1], "rb").read())
import re
stats = dict(re.split(r"\s{2,}", l.strip())[:2] for l in open(sys.argv[2]) if "  " in l.strip())
clipped = sum(1 for s in pcm if s >= 32767 or s <= -32768)
print("%.3f s, peak %s dB, RMS %s dB, %d clipped" % (
    len(pcm) / 22050, stats.get("Pk lev dB"), stats.get("RMS lev dB"), clipped))
PY
}

# 1. Ten minutes of speech, encoded by the plugins.
espeak-ng -v en-us -s 175 -w "$T/speech.wav" -f "$T/script.txt"
sox "$T/speech.wav" -r 22050 -c 1 -b 16 "$T/ten.wav" trim 0 600
sox "$T/ten.wav" -t raw -e signed "$T/ten.raw"
seq 0 60 540 | awk '{ printf "%d %d Story %d\tBBC\n", $1, $1 + 60, NR }' > "$T/chapters.txt"
printf 'audio = { bitrate = %d; };\n' "$MP3_ABR" > "$T/mp3.conf"
printf 'audio = { bitrate = %d; };\n' "$OPUS_KBPS" > "$T/opus.conf"
enc() {	# enc FORMAT: the plugin on the ten minutes
	"$driver" --config "$T/$1.conf" audio "$plugins/$1.so" "$T/ten.$1" 22050 \
		"$T/chapters.txt" < "$T/ten.raw"
}
enc mp3
enc opus
if part 1; then
echo "10-minute briefing: WAV $(wc -c < "$T/ten.wav") bytes," \
	"MP3 $(wc -c < "$T/ten.mp3") bytes (target <= 4000000)," \
	"Opus $(wc -c < "$T/ten.opus") bytes (target <= 2000000)"
echo "WAV:  $(stats "$T/ten.wav")"
echo "MP3:  $(stats "$T/ten.mp3")"
echo "Opus: $(stats "$T/ten.opus")"
fi

# 2. Encoding CPU against the command-line tools, same settings.
if part 2; then
pm=$(best_cpu sh -c "exec '$driver' --config '$T/mp3.conf' audio '$plugins/mp3.so' '$T/c.mp3' 22050 '$T/chapters.txt' < '$T/ten.raw'")
lm=$(best_cpu lame --quiet --abr "$MP3_ABR" -m m "$T/ten.wav" "$T/l.mp3")
po=$(best_cpu sh -c "exec '$driver' --config '$T/opus.conf' audio '$plugins/opus.so' '$T/c.opus' 22050 '$T/chapters.txt' < '$T/ten.raw'")
lo=$(best_cpu opusenc --quiet --bitrate "$OPUS_KBPS" --speech "$T/ten.wav" "$T/l.opus")
awk -v a="$pm" -v b="$lm" 'BEGIN { printf "MP3 encoding CPU: crier %.3f s, lame %.3f s: %.2fx (target <= 1.1)\n", a, b, a / b }'
awk -v a="$po" -v b="$lo" 'BEGIN { printf "Opus encoding CPU: crier %.3f s, opusenc %.3f s: %.2fx (target <= 1.1)\n", a, b, a / b }'
fi

# 3. The whole briefing against espeak-ng -w plus the tools.
part 3 || exit 0
for f in mp3 opus; do
	"$crier" -q --all -c "$T/crier.conf" --output "$T/b.$f"
	c=$(best_cpu "$crier" -q --all -c "$T/crier.conf" --output "$T/b.$f")
	if [ $f = mp3 ]; then
		tool="espeak-ng -v en-us -s 175 -w '$T/e.wav' -f '$T/script.txt' && lame --quiet --abr $MP3_ABR -m m '$T/e.wav' '$T/e.mp3'"
	else
		tool="espeak-ng -v en-us -s 175 -w '$T/e.wav' -f '$T/script.txt' && opusenc --quiet --bitrate $OPUS_KBPS --speech '$T/e.wav' '$T/e.opus'"
	fi
	e=$(best_cpu sh -c "$tool")
	awk -v c="$c" -v e="$e" -v f="$f" -v d="$(soxi -D "$T/e.wav")" 'BEGIN {
		printf "whole briefing to %s (%.0f s of speech): crier %.3f s CPU, espeak-ng -w + encoder %.3f s: %.2fx\n", f, d, c, e, c / e }'
done
