# tests/plugins/output/lib.sh - what the output plugin tests share.
#
# Source it after tests/plugins/lib.sh with $so set to the plugin.
# It makes $T/in.raw, 12 s of speech at 22050 Hz as crier's speech makes
# it; encode [--config FILE GROUP] OUT runs the plugin on it with the
# chapters of chapters.txt; check_errors NAME EXT checks what every file
# plugin must do with a missing directory, a full disk and abort().
FIX="$CRIER_SRCDIR/tests/plugins/output"
OUT_DRIVER="$CRIER_BUILDDIR/tests/plugins/output-driver"

espeak-ng -w "$T/speech.wav" "The harbour bridge reopens after two years \
of repairs. The library's robots now sort books by colour and by size, \
and readers say they like it. A comet will be seen tonight." &&
sox "$T/speech.wav" -r 22050 -c 1 -b 16 -e signed -t raw "$T/in.raw" \
	pad 0 12 trim 0 12

encode() {
	if [ "$1" = --config ]; then
		"$OUT_DRIVER" "$1" "$2" "$3" "$so" "$4" 22050 "$FIX/chapters.txt" < "$T/in.raw"
	else
		"$OUT_DRIVER" "$so" "$1" 22050 "$FIX/chapters.txt" < "$T/in.raw"
	fi
}

check_errors() {
	encode "$T/no/such/x.$2" > "$T/drv"
	contains "$T/drv" "error: $T/no/such/x.$2: No such file or directory" \
		"$1: an unwritable path is named"
	encode /dev/full > "$T/drv"
	ok $((! $?)) "$1: a full disk fails the close"
	contains "$T/drv" "error: /dev/full: disk full" "$1: and says so"
	"$OUT_DRIVER" --abort "$so" "$T/d.$2" 22050 "$FIX/chapters.txt" < "$T/in.raw" > "$T/drv"
	ok $? "$1: abort"
	is "$(wc -c < "$T/d.$2")" 0 "$1: abort writes nothing"
}
