#!/bin/sh
# fuzz.sh - builds crier's libFuzzer targets with clang (ASan + UBSan),
# makes their seed corpora from the test fixtures and runs each target
# for FUZZ_SECONDS.  Exits 1 on any finding: a crash, a leak, undefined
# behaviour, an input taking more than 10 s or 2 GB of memory.
#
#   sh tests/fuzz/fuzz.sh BUILDDIR [TARGET...]	(what "make fuzz" runs)
#
# BUILDDIR is a configured build directory (for build-config.h).  The
# targets are feed, extract, text, html, normalize and config (all by
# default).
# The environment may set:
#   FUZZ_SECONDS   run time per target (60; 0 only builds and replays)
#   FUZZ_DIR       where objects, corpora and findings go
#                  (BUILDDIR/tests/fuzz)
#   CRIER_SHARED   the shared dev data, for more seeds (SRCDIR/../shared)
#   CLANG          the compiler (clang)
#   FUZZ_LIB_SOURCES, FUZZ_FEED_SOURCES, FUZZ_CONFIG_SOURCES, FUZZ_CFLAGS,
#   FUZZ_LIBS      what to compile and link, as "make fuzz" passes them
#                  from the build; otherwise read from the local.mk files
#
# Inputs that once failed live in tests/fuzz/regressions/TARGET/ and are
# replayed before fuzzing.  Findings are written to FUZZ_DIR/findings/;
# the corpus grows in FUZZ_DIR/corpus/TARGET from run to run.
set -u
src=$(cd "$(dirname "$0")/../.." && pwd) || exit 1
build=$(cd "${1:-.}" && pwd) || exit 1
[ $# -gt 0 ] && shift
[ -f "$build/build-config.h" ] || {
	echo "usage: $0 BUILDDIR [TARGET...] (BUILDDIR: a configured build)"
	exit 2
}
seconds=${FUZZ_SECONDS:-60}
work=${FUZZ_DIR:-$build/tests/fuzz}
shared=${CRIER_SHARED:-$src/../shared}
cc=${CLANG:-clang}
all_targets="feed extract text html normalize config"
targets=${*:-$all_targets}

# mk_sources VAR FILE...: the .c files assigned or appended to VAR in the
# automake fragments FILE... (continuation lines included).
mk_sources() {
	var=$1
	shift
	awk -v var="$var" '
		$0 ~ "^" var "[ \t]*[+]?=" { on = 1 }
		on { print; if ($0 !~ /\\$/) on = 0 }' "$@" |
		grep -o '[A-Za-z0-9_/.-]*\.c' | sort -u
}

# core/local.mk and the fragments of its folders.
core_mk() {
	find "$src/core" -name local.mk | sort
}
lib_sources=${FUZZ_LIB_SOURCES:-$(mk_sources core_libcrier_la_SOURCES \
	$(core_mk))}
feed_sources=${FUZZ_FEED_SOURCES:-$(mk_sources FEED_PARSER_SOURCES \
	"$src/core/lib/feed/local.mk")}
config_sources=${FUZZ_CONFIG_SOURCES:-$(mk_sources FUZZ_CONFIG_FILES \
	"$src/tests/fuzz/local.mk")}
# Without "make fuzz", the flags of whichever libraries libcrier may use.
pkgs=
for p in libxml-2.0 libconfig json-c libcurl sqlite3 libexttextcat; do
	pkg-config --exists "$p" && pkgs="$pkgs $p"
done
libs=${FUZZ_LIBS:-$(pkg-config --libs $pkgs) -lstemmer}
san="-fsanitize=address,undefined -fno-sanitize-recover=all"
cflags="-std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer $san
	-I$build -I$src/core/include -I$src/core/lib -I$src/core
	-I$src/tests/fuzz
	${FUZZ_CFLAGS:-$(pkg-config --cflags $pkgs)}"

# The sources of each target beyond libcrier.
target_sources() {
	case $1 in
	feed) echo "$feed_sources" ;;
	config) echo "$config_sources" ;;
	esac
}

# Writes a makefile that compiles every object once (make -j2 then keeps
# to the two cores) and links each target with libcrier as an archive.
write_makefile() {
	headers=$(find "$src/core" "$src/tests/fuzz" \
		-name '*.h' | tr '\n' ' ')
	{
		echo "CFLAGS = $(echo $cflags)"
		echo "LIBS = -Wl,--as-needed $libs"
		echo "HEADERS = $headers"
		objs=
		for s in $lib_sources; do
			o=obj/$(echo "$s" | tr / _ | sed 's/\.c$/.o/')
			objs="$objs $o"
			printf '%s: %s $(HEADERS)\n\t@mkdir -p obj\n' "$o" "$src/$s"
			printf '\t$(CC) $(CFLAGS) -fsanitize=fuzzer-no-link -c %s -o $@\n' "$src/$s"
		done
		echo "libcrier-fuzz.a:$objs"
		printf '\trm -f $@ && ar rcs $@ $^\n'
		bins=
		for t in $targets; do
			tobjs=
			for s in tests/fuzz/fuzz_$t.c $(target_sources "$t"); do
				o=obj/$(echo "$s" | tr / _ | sed 's/\.c$/.o/')
				tobjs="$tobjs $o"
				printf '%s: %s $(HEADERS)\n\t@mkdir -p obj\n' "$o" "$src/$s"
				printf '\t$(CC) $(CFLAGS) -fsanitize=fuzzer-no-link -c %s -o $@\n' "$src/$s"
			done
			printf 'fuzz_%s:%s libcrier-fuzz.a\n' "$t" "$tobjs"
			printf '\t$(CC) $(CFLAGS) -fsanitize=fuzzer -o $@ $^ $(LIBS)\n'
			bins="$bins fuzz_$t"
		done
		echo "all:$bins"
	} > "$work/Makefile.fuzz"
}

# add_seed DIR FILE...: copies each non-empty file, named by its hash.
add_seed() {
	dir=$1
	shift
	for f in "$@"; do
		[ -f "$f" ] && [ -s "$f" ] || continue
		cp "$f" "$dir/$(sha1sum < "$f" | cut -c1-16)"
	done
}

# c_strings FILE...: each C string literal of the test sources, one
# seed each (adjacent literals are not joined; that is fine for seeds).
c_strings() {
	python3 - "$@" <<'PY'
import codecs, hashlib, os, re, sys
out = os.environ["SEEDS"]
for name in sys.argv[1:]:
    text = open(name, encoding="utf-8", errors="replace").read()
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', text):
        data = codecs.escape_decode(m.group(1).encode("utf-8"))[0]
        if len(data) < 4 or data.startswith(b"%"):
            continue
        h = hashlib.sha1(data).hexdigest()[:16]
        open(os.path.join(out, h), "wb").write(data)
PY
}

# feed_html FILE...: the summaries and contents of the feeds, one seed
# each: the markup crier_html_to_text() meets most.
feed_html() {
	python3 - "$@" <<'PY'
import hashlib, os, sys, xml.etree.ElementTree as ET
out = os.environ["SEEDS"]
for name in sys.argv[1:]:
    try:
        root = ET.parse(name).getroot()
    except (ET.ParseError, OSError, ValueError):
        continue
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in ("description", "summary", "content", "encoded") and el.text:
            data = el.text.encode("utf-8")
            h = hashlib.sha1(data).hexdigest()[:16]
            open(os.path.join(out, h), "wb").write(data)
PY
}

# heredocs TAG FILE...: the here-documents ending in TAG, one per seed.
heredocs() {
	tag=$1
	shift
	awk -v tag="$tag" -v q="'" -v dir="$SEEDS" '
		$0 == tag && on { close(out); on = 0; next }
		on { print > out }
		index($0, "<<" q tag q) || index($0, "<<" tag) {
			on = 1; out = dir "/" tag "-" n++
		}' "$@"
}

# The seeds of each target, from the fixtures of the tree (and the shared
# feeds and pages when they are there); nothing is kept in the tree.
make_seeds() {
	SEEDS=$work/seeds/$1
	export SEEDS
	rm -rf "$SEEDS"
	mkdir -p "$SEEDS"
	case $1 in
	feed)
		add_seed "$SEEDS" "$src"/tests/plugins/feed/*.xml \
			"$src"/tests/plugins/feed/*.json \
			"$src"/tests/plugins/feed/*.html \
			$(find "$src/tests/http" -type f 2>/dev/null)
		for f in "$shared"/data/feeds/micro/*; do
			case $f in *.expected.json) continue ;; esac
			add_seed "$SEEDS" "$f"
		done ;;
	extract)
		add_seed "$SEEDS" $(find "$src/tests/fixtures" "$src/tests/http" \
			"$src/tests/plugins" -name '*.html' 2>/dev/null) \
			"$shared"/data/extract/html/* ;;
	text)
		add_seed "$SEEDS" "$src"/tests/plugins/lead/*.txt \
			$(find "$src/tests/plugins/file" "$src/tests/fixtures" \
				-type f ! -name '*.expected' 2>/dev/null)
		c_strings "$src"/tests/unit/test_sentences.c \
			"$src"/tests/unit/test_words.c \
			"$src"/tests/unit/test_html_text.c \
			"$src"/tests/unit/test_clean_body.c ;;
	html)
		add_seed "$SEEDS" $(find "$src/tests" -name '*.html')
		c_strings "$src"/tests/unit/test_html_text.c
		feed_html "$src"/tests/plugins/feed/*.xml \
			$(ls "$shared"/data/feeds/micro/*.xml 2>/dev/null) ;;
	normalize)
		add_seed "$SEEDS" "$src"/tests/plugins/lead/*.txt \
			"$src"/tests/plugins/file/articles/*
		c_strings "$src"/tests/unit/test_normalize.c \
			"$src"/tests/e2e/normalize.sh ;;
	config)
		add_seed "$SEEDS" $(find "$src/tests" "$src/config" \
			-name '*.conf*' -type f)
		heredocs CONF "$src"/tests/e2e/*.sh "$src"/tests/plugins/*.sh ;;
	esac
	ls "$SEEDS" | wc -l
}

# Replays the saved regression inputs of target t; 0 when none fails.
replay() {
	dir=$src/tests/fuzz/regressions/$1
	set -- "$dir"/*
	[ -f "$1" ] || return 0
	LSAN_OPTIONS=suppressions=$src/tests/lsan.supp:print_suppressions=0 \
		"$work/fuzz_$t" -runs=1 "$@" > "$work/logs/$t.replay" 2>&1
}

mkdir -p "$work/logs" "$work/findings" || exit 1
cd "$work" || exit 1
write_makefile
echo "== building the fuzz targets with $cc in $work"
make -s -j2 -f Makefile.fuzz CC="$cc" all > logs/build 2>&1 || {
	tail -40 logs/build
	echo "fuzz: the build failed (is clang with libFuzzer installed?)"
	exit 1
}

failed=0
for t in $targets; do
	nseeds=$(make_seeds "$t")
	mkdir -p "corpus/$t"
	if ! replay "$t"; then
		echo "fuzz_$t: a regression input fails again:"
		tail -30 "logs/$t.replay"
		failed=$((failed + 1))
		continue
	fi
	[ "$seconds" -gt 0 ] || continue
	dict=
	[ -f "$src/tests/fuzz/$t.dict" ] && dict=-dict=$src/tests/fuzz/$t.dict
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	ASAN_OPTIONS=detect_leaks=1 \
	LSAN_OPTIONS=suppressions=$src/tests/lsan.supp:print_suppressions=0 \
	nice "./fuzz_$t" -max_total_time="$seconds" -timeout=10 \
		-rss_limit_mb=2048 -malloc_limit_mb=2048 -close_fd_mask=3 \
		-print_final_stats=1 -artifact_prefix="findings/$t-" \
		$dict "corpus/$t" "seeds/$t" > "logs/$t" 2>&1
	status=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "logs/$t")
	corpus=$(ls "corpus/$t" | wc -l)
	if [ $status -eq 0 ]; then
		echo "fuzz_$t: ${execs:-?} executions in ${seconds} s," \
			"$nseeds seeds, corpus $corpus: no findings"
	else
		failed=$((failed + 1))
		echo "fuzz_$t: FINDING after ${execs:-?} executions (log: $work/logs/$t)"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|artifact_prefix|Test unit written|.*invariant broken)' \
			"logs/$t" | head -10
	fi
done
echo "fuzz: $(echo $targets | wc -w) targets, $failed with findings"
[ $failed -eq 0 ]
