#!/bin/sh
# ledger.sh - "crier history" lists the heard-story ledger newest first,
# honours --limit, and reports (never touches) a ledger it cannot read.
. "${CRIER_SRCDIR:-.}/tests/lib.sh"

if ! command -v sqlite3 > /dev/null 2>&1; then
	echo "1..0 # SKIP sqlite3 (the command) is not installed"
	exit 0
fi
export TZ=UTC
state="$XDG_STATE_HOME/crier"
db="$state/heard.db"

run none "$CRIER" history
is "$rc" 0 "no ledger yet: exits 0"
contains "$T/err" "no story has been heard yet" "and says so"
is "$(cat "$T/out")" "" "and lists nothing"
test ! -e "$db"
ok $? "and creates no ledger"

# A ledger as crier writes it (see core/briefing/ledger.c), with 25 stories heard
# one minute apart from 2026-01-02 08:00 UTC on.
mkdir -p "$state"
{
	echo "CREATE TABLE heard (heard_at INTEGER NOT NULL, source TEXT NOT NULL,"
	echo " story_id TEXT NOT NULL, link TEXT NOT NULL, title_hash TEXT NOT NULL,"
	echo " title TEXT NOT NULL, raw_link TEXT NOT NULL);"
	i=1
	while [ $i -le 25 ]; do
		src=Wire
		[ $((i % 2)) -eq 0 ] && src="Town Paper"
		echo "INSERT INTO heard VALUES ($((1767340800 + i * 60)), '$src',"
		echo " 'id$i', '', '', 'Story number $i', '');"
		i=$((i + 1))
	done
} | sqlite3 "$db"

run list "$CRIER" history
is "$rc" 0 "history exits 0"
is "$(wc -l < "$T/out" | tr -d ' ')" 20 "twenty stories by default"
is "$(head -1 "$T/out")" "2026-01-02 08:25  Wire: Story number 25" "newest first: when, source, headline"
is "$(sed -n 2p "$T/out")" "2026-01-02 08:24  Town Paper: Story number 24" "then the one before"
is "$(tail -1 "$T/out")" "2026-01-02 08:06  Town Paper: Story number 6" "the twentieth"

run limit "$CRIER" history --limit 3
is "$(sed 's/.*: //' "$T/out" | tr '\n' '|')" "Story number 25|Story number 24|Story number 23|" "--limit 3"
run limit0 "$CRIER" history -l 0
is "$(wc -l < "$T/out" | tr -d ' ')" 25 "--limit 0 lists all"
run badlimit "$CRIER" history --limit many
is "$rc" 2 "a bad --limit exits 2"
contains "$T/err" "--limit: 'many' is not a number" "and says why"
run arg "$CRIER" history extra
is "$rc" 2 "an operand exits 2"

# A file that is not a database: reported, left as it is.
printf 'not a database at all\n%.0s' 1 2 3 4 5 6 7 8 9 10 > "$db"
cp "$db" "$T/copy"
run junk "$CRIER" history
is "$rc" 1 "an unreadable ledger exits 1"
contains "$T/err" "$db" "and names the file"
cmp -s "$db" "$T/copy"
ok $? "and leaves it untouched"
done_testing
