#!/bin/sh
# forget.sh - "crier history --clear" and "--forget TEXT" make heard
# stories new again, through briefings written to a WAV file; each is one
# transaction: a ledger another process holds is left whole.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

db="$XDG_STATE_HOME/crier/heard.db"
demo_articles "$T/a"
printf 'Harbour wall repaired before the storms\n\nBuilders finished the harbour wall on Tuesday, two weeks early.\n' > "$T/a/c.txt"
printf 'sources = ( { name = "Notes"; plugin = "file"; path = "a"; } );\n' > "$T/c.conf"
titles() { grep -c '^20' "$T/out"; }

run none "$CRIER" history --clear
is "$rc" 0 "--clear with no ledger yet exits 0"
contains "$T/err" "no story has been heard yet" "and says so"
test ! -e "$db"
ok $? "and creates no ledger"

run first "$CRIER" -c "$T/c.conf" -q -o "$T/1.wav"
is "$rc" 0 "a briefing marks its stories heard"
run list "$CRIER" history
n=$(titles)
num_between "$n" 3 20
ok $? "history lists them ($n)"
title=$(head -n 1 "$T/out" | sed 's/^[^:]*:[^:]*: //')
run again "$CRIER" -c "$T/c.conf" -q -o "$T/2.wav"
is "$rc" 5 "the next briefing has nothing new"

run forget "$CRIER" history --forget "$title"
is "$rc" 0 "--forget a listed headline exits 0"
contains "$T/err" "forgot 1 heard story" "and says how many"
run list "$CRIER" history -l 0
is "$(titles)" "$((n - 1))" "the ledger has one story less"
lacks "$T/out" ": $title" "and not that one"
run one "$CRIER" -c "$T/c.conf" -n
is "$rc" 0 "the next briefing has something new"
contains "$T/out" "$title" "the forgotten story"
contains "$T/out" "(1 story)" "and only it"

run nomatch "$CRIER" history --forget "No such headline at all"
is "$rc" 1 "--forget with no match exits 1"
contains "$T/err" "no heard story has the headline or link 'No such headline at all'" "and says so"
run both "$CRIER" history --clear --forget x
is "$rc" 2 "--clear and --forget together is a usage error"

# A writer holding the ledger: --clear waits, then fails whole.
python3 - "$db" > "$T/lock.out" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(12)
c.execute("ROLLBACK")
PY
lock=$!
at_exit "kill $lock 2>/dev/null"
i=0
while [ "$(cat "$T/lock.out")" != locked ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
run locked "$CRIER" history --clear
is "$rc" 1 "--clear on a ledger another process is writing exits 1"
contains "$T/err" "heard.db: cannot use the ledger: database is locked" "and says why, naming the ledger"
kill $lock 2>/dev/null
wait $lock 2>/dev/null
run list "$CRIER" history -l 0
is "$(titles)" "$((n - 1))" "and nothing was forgotten"

run clear "$CRIER" history --clear
is "$rc" 0 "--clear exits 0"
contains "$T/err" "forgot $((n - 1)) heard stories" "and says how many"
run empty "$CRIER" history
contains "$T/err" "no story has been heard yet" "the ledger is empty"
run all "$CRIER" -c "$T/c.conf" -n
contains "$T/out" "($n stories)" "every story is new again"
done_testing
