/*
 * normalize_en_names.c - English abbreviations and titles that must not
 * end a sentence ("Mr.", "Sen.", "St." as Saint or Street, "Feb.") and
 * Roman numerals after names ("Henry VIII", "World War II").
 */
#include <stdio.h>
#include <string.h>

#include "normalize_en.h"

/* ---- abbreviations ---- */

enum abbr_kind {
	ABBR_TITLE,	/* only before a name; never ends a sentence */
	ABBR_WORD,	/* anywhere */
	ABBR_MONTH,	/* anywhere; without a stop only before a day */
	ABBR_NUMBER,	/* only before a number ("No. 10") */
	ABBR_YEAR,	/* only before 3 or 4 digits ("c. 1500") */
	ABBR_PLACE	/* "St.": Saint before a name, Street after one */
};

struct abbr {
	const char *abbr;	/* without the full stop */
	const char *say;	/* its reading (before a name for ABBR_PLACE) */
	const char *after;	/* ABBR_PLACE: the reading after a name */
	enum abbr_kind kind;
	int dotless;		/* also expanded without a full stop */
	int can_end;		/* its stop may also end the sentence */
};

static const struct abbr abbrs[] = {
	{ "Mr", "Mister", NULL, ABBR_TITLE, 0, 0 },
	{ "Mrs", "Misses", NULL, ABBR_TITLE, 1, 0 },
	{ "Ms", "Miz", NULL, ABBR_TITLE, 1, 0 },
	{ "Dr", "Doctor", "Drive", ABBR_PLACE, 0, 1 },
	{ "St", "Saint", "Street", ABBR_PLACE, 1, 1 },
	{ "Gov", "Governor", NULL, ABBR_TITLE, 1, 0 },
	{ "Sen", "Senator", NULL, ABBR_TITLE, 1, 0 },
	{ "Rep", "Representative", NULL, ABBR_TITLE, 1, 0 },
	{ "Gen", "General", NULL, ABBR_TITLE, 1, 0 },
	{ "Lt", "Lieutenant", NULL, ABBR_TITLE, 1, 0 },
	{ "Col", "Colonel", NULL, ABBR_TITLE, 1, 0 },
	{ "Sgt", "Sergeant", NULL, ABBR_TITLE, 1, 0 },
	{ "Supt", "Superintendent", NULL, ABBR_TITLE, 1, 0 },
	{ "Prof", "Professor", NULL, ABBR_TITLE, 1, 0 },
	{ "Capt", "Captain", NULL, ABBR_TITLE, 1, 0 },
	{ "Cmdr", "Commander", NULL, ABBR_TITLE, 1, 0 },
	{ "Adm", "Admiral", NULL, ABBR_TITLE, 1, 0 },
	{ "Maj", "Major", NULL, ABBR_TITLE, 0, 0 },
	{ "Cpl", "Corporal", NULL, ABBR_TITLE, 1, 0 },
	{ "Insp", "Inspector", NULL, ABBR_TITLE, 1, 0 },
	{ "Det", "Detective", NULL, ABBR_TITLE, 1, 0 },
	{ "Cllr", "Councillor", NULL, ABBR_TITLE, 1, 0 },
	{ "Rev", "Reverend", NULL, ABBR_TITLE, 0, 0 },
	{ "Fr", "Father", NULL, ABBR_TITLE, 0, 0 },
	{ "Pres", "President", NULL, ABBR_TITLE, 0, 0 },
	{ "Atty", "Attorney", NULL, ABBR_TITLE, 1, 0 },
	{ "Mt", "Mount", NULL, ABBR_TITLE, 1, 0 },
	{ "Ft", "Fort", NULL, ABBR_TITLE, 0, 0 },
	{ "Jr", "Junior", NULL, ABBR_WORD, 0, 1 },
	{ "Sr", "Sister", "Senior", ABBR_PLACE, 0, 1 },
	{ "Hon", "Honourable", NULL, ABBR_TITLE, 0, 0 },
	{ "Vol", "Volume", NULL, ABBR_WORD, 0, 0 },
	{ "Rt", "Right", NULL, ABBR_TITLE, 0, 0 },
	{ "vs", "versus", NULL, ABBR_WORD, 1, 0 },
	{ "WWI", "World War One", NULL, ABBR_WORD, 1, 1 },
	{ "WWII", "World War Two", NULL, ABBR_WORD, 1, 1 },
	{ "c", "circa", NULL, ABBR_YEAR, 0, 0 },
	{ "ca", "circa", NULL, ABBR_YEAR, 0, 0 },
	{ "approx", "approximately", NULL, ABBR_WORD, 1, 0 },
	{ "etc", "et cetera", NULL, ABBR_WORD, 1, 1 },
	{ "Corp", "Corporation", NULL, ABBR_WORD, 0, 1 },
	{ "Bros", "Brothers", NULL, ABBR_WORD, 0, 1 },
	{ "Ave", "Avenue", NULL, ABBR_WORD, 0, 1 },
	{ "Rd", "Road", NULL, ABBR_WORD, 0, 1 },
	{ "Blvd", "Boulevard", NULL, ABBR_WORD, 1, 1 },
	{ "govt", "government", NULL, ABBR_WORD, 1, 1 },
	{ "dept", "department", NULL, ABBR_WORD, 1, 1 },
	{ "No", "Number", NULL, ABBR_NUMBER, 1, 0 },
	{ "no", "number", NULL, ABBR_NUMBER, 0, 0 },
	{ "Nos", "Numbers", NULL, ABBR_NUMBER, 0, 0 },
	{ "ext", "extension", NULL, ABBR_NUMBER, 1, 0 },
	{ "Apt", "Apartment", NULL, ABBR_NUMBER, 1, 0 },
	{ "Ste", "Suite", NULL, ABBR_NUMBER, 1, 0 },
	{ "Hwy", "Highway", NULL, ABBR_NUMBER, 1, 0 },
	{ "Rte", "Route", NULL, ABBR_NUMBER, 1, 0 },
	{ "Ext", "Extension", NULL, ABBR_NUMBER, 1, 0 },
	{ "Jan", "January", NULL, ABBR_MONTH, 0, 1 },
	{ "Feb", "February", NULL, ABBR_MONTH, 0, 1 },
	{ "Mar", "March", NULL, ABBR_MONTH, 0, 1 },
	{ "Apr", "April", NULL, ABBR_MONTH, 0, 1 },
	{ "Jun", "June", NULL, ABBR_MONTH, 0, 1 },
	{ "Jul", "July", NULL, ABBR_MONTH, 0, 1 },
	{ "Aug", "August", NULL, ABBR_MONTH, 0, 1 },
	{ "Sep", "September", NULL, ABBR_MONTH, 0, 1 },
	{ "Sept", "September", NULL, ABBR_MONTH, 0, 1 },
	{ "Oct", "October", NULL, ABBR_MONTH, 0, 1 },
	{ "Nov", "November", NULL, ABBR_MONTH, 0, 1 },
	{ "Dec", "December", NULL, ABBR_MONTH, 0, 1 },
	{ NULL, NULL, NULL, ABBR_WORD, 0, 0 }
};

/* Abbreviations written with inner full stops; none ends a sentence
 * unless a capital follows. */
static const char *const dotted[][2] = {
	{ "e.g.", "for example" }, { "i.e.", "that is" },
	{ "a.k.a.", "also known as" }, { NULL, NULL }
};

/* The next word after pos starts with a capital letter. */
static int name_after(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	return norm_next_word(n, pos, &ws, &wl) && en_is_upper(n->s[ws]);
}

/* The next word after pos looks like a name: "Warren", not "Z" or "AI". */
static int real_name_after(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	return norm_next_word(n, pos, &ws, &wl) && wl >= 2 &&
	       en_is_upper(n->s[ws]) && en_is_lower(n->s[ws + 1]);
}

/* The word just before pos (one space between) is capitalized and isn't
 * the first of its sentence: "Downing St." */
static int name_before(const struct norm *n, size_t pos)
{
	size_t ws, wl;

	return pos > 0 && n->s[pos - 1] == ' ' &&
	       norm_prev_word(n, pos, NULL, &ws, &wl) &&
	       en_is_upper(n->s[ws]) && !norm_sentence_start(n, ws) &&
	       ws + wl + 1 == pos;
}

/* Capitalized words that start sentences rather than names. */
static const char *const sentence_starters[] = {
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His",
	"Her", "Its", "Their", "In", "On", "At", "But", "And", "Or", "So",
	"This", "That", "There", "These", "Those", "Police", "Officers",
	"Residents", "Witnesses", "Then", "Now", "When", "After", "Before",
	NULL
};

/* 1 when an ABBR_PLACE abbreviation at s[pos..after) is the title before
 * a name ("St. Louis", "Chalfont St Peter", "Dr. Lee") rather than the
 * street after one ("Baker St. in", "Downing St. The PM..."). */
static int place_is_title(const struct norm *n, size_t pos, size_t after,
			  int dot)
{
	size_t ws, wl;

	if (!norm_next_word(n, after, &ws, &wl) || !en_is_upper(n->s[ws]))
		return 0;
	return !dot || !norm_word_in(n, ws, wl, sentence_starters);
}

static size_t rule_dotted(struct norm *n, size_t pos)
{
	size_t l;
	int i;

	for (i = 0; dotted[i][0]; i++) {
		l = strlen(dotted[i][0]);
		if (norm_has(n, pos, dotted[i][0]) &&
		    norm_boundary(n, pos + l)) {
			norm_say(n, dotted[i][1]);
			return pos + l;
		}
	}
	return pos;
}

static const struct abbr *find_abbr(const struct norm *n, size_t pos,
				    size_t end)
{
	const struct abbr *a;

	for (a = abbrs; a->abbr; a++)
		if (strlen(a->abbr) == end - pos &&
		    memcmp(n->s + pos, a->abbr, end - pos) == 0)
			return a;
	return NULL;
}

/* 1 when abbreviation a at s[pos..end) is used the way its kind needs. */
static int abbr_fits(const struct norm *n, const struct abbr *a, size_t pos,
		     size_t end, int dot)
{
	size_t ws, wl, after = end + (dot ? 1 : 0);
	int digit_next = norm_next_word(n, after, &ws, &wl) &&
			 norm_is_digit(n->s[ws]);

	switch (a->kind) {
	case ABBR_NUMBER:
		return digit_next && (dot || (a->dotless && n->s[end] == ' '));
	case ABBR_YEAR:
		return dot && digit_next && ws == after + 1 &&
		       norm_digits(n, ws) - ws >= 3 &&
		       norm_digits(n, ws) - ws <= 4;
	case ABBR_TITLE:
		if (!dot)	/* "Gen Z" is no general */
			return a->dotless && real_name_after(n, after);
		return name_after(n, after);
	case ABBR_MONTH:
		return dot || (digit_next && n->s[end] == ' ');
	case ABBR_PLACE:
		return dot || (a->dotless && (name_after(n, after) ||
					      name_before(n, pos)));
	default:
		return dot || a->dotless;
	}
}

size_t en_rule_abbr(struct norm *n, size_t pos)
{
	const struct abbr *a;
	const char *say;
	size_t end, after;
	int dot;

	end = rule_dotted(n, pos);
	if (end > pos)
		return end;
	end = norm_letters(n, pos);
	a = end > pos ? find_abbr(n, pos, end) : NULL;
	if (!a)
		return pos;
	dot = end < n->len && n->s[end] == '.';
	if ((!dot && !norm_boundary(n, end)) || !abbr_fits(n, a, pos, end, dot))
		return pos;
	after = end + (dot ? 1 : 0);
	say = a->say;
	if (a->kind == ABBR_PLACE && !place_is_title(n, pos, after, dot))
		say = a->after;
	norm_say(n, say);
	/* "in Feb." or "Downing St." may end the sentence; "St. Louis" not */
	if (dot && a->can_end && en_sentence_may_end(n, after) &&
	    !(a->kind == ABBR_PLACE && say == a->say))
		crier_strbuf_addch(n->out, '.');
	return after;
}

/* ---- regnal numbers ---- */

/* Words before a numeral that is counted even as a lone letter:
 * "World War I", "Phase V". */
static const char *const counted_before[] = {
	"War", "Bowl", "Part", "Chapter", "Act", "Phase", "Type", "Class",
	"Grade", "Stage", "Level", "Title", "Vatican", "Apollo", "Article",
	"Volume", "Book", "Section", "Round", "Episode", "Season", "Series",
	"Tier", "Category", "Schedule", "Annex", NULL
};

static const char *const royal_titles[] = {
	"King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar",
	"Tsarina", "Prince", "Princess", "Pharaoh", "Sultan", "Kaiser",
	"Duke", "Duchess", "Grand", "Shah", "Emir", "Lord", "Earl", NULL
};

/* Names that kings, queens and popes reign under: "Henry VIII" is "Henry
 * the eighth" while "Doom III" and "World War II" count ("Doom three"). */
static const char *const regnal_names[] = {
	"Henry", "Edward", "George", "William", "Charles", "James", "Richard",
	"Elizabeth", "Mary", "Victoria", "Anne", "Louis", "John", "Paul",
	"Benedict", "Pius", "Leo", "Gregory", "Innocent", "Clement", "Urban",
	"Boniface", "Sixtus", "Julius", "Alexander", "Peter", "Nicholas",
	"Ivan", "Frederick", "Philip", "Felipe", "Carlos", "Ferdinand",
	"Alfonso", "Napoleon", "Wilhelm", "Friedrich", "Ludwig", "Otto",
	"Karl", "Carl", "Gustaf", "Gustav", "Christian", "Frederik", "Harald",
	"Olav", "Haakon", "Margrethe", "Willem", "Albert", "Leopold",
	"Baudouin", "Rainier", "Constantine", "Rama", "Hussein", "Abdullah",
	"Mohammed", "Muhammad", "Hassan", "Faisal", "Farouk", "Ramesses",
	"Ptolemy", "Cleopatra", "Catherine", "Stephen", "Edmund", "Harold",
	"Malcolm", "David", "Robert", "Duncan", "Kenneth", "Francis",
	"Joseph", "Rudolf", "Maximilian", "Sigismund", "Casimir", "Wladyslaw",
	"Vladimir", "Michael", "Manuel", "Selim", "Suleiman", "Mehmed",
	"Murad", "Mahmud", "Umberto", "Vittorio", "Emmanuel", "Juan",
	"Sancho", "Pedro", "Afonso", "Joao", "Sebastian", "Matthias",
	"Adolf", "Eric", "Erik", "Magnus", "Valdemar", "Canute", "Ethelred",
	"Athelstan", "Alfred", "Edgar", "Harthacnut", "Llywelyn", "Owain",
	"Zog", "Simeon", "Boris", "Carol", "Tomislav", "Petar",
	"Aleksandar", "Nikola", "Bhumibol", "Norodom", "Sihanouk", "Jigme",
	"Letsie", "Mswati", "Tupou", "Ranavalona", NULL
};

/* The value of the Roman numeral s[a..b), or 0 when it isn't one written
 * the usual way (each symbol at most three times, subtractive pairs). */
static unsigned long roman_value(const struct norm *n, size_t a, size_t b)
{
	static const char *const tens_r[] = {
		"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"
	};
	static const char *const ones_r[] = {
		"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"
	};
	char buf[16];
	unsigned long v;

	for (v = 1; v < 100; v++) {
		snprintf(buf, sizeof(buf), "%s%s", tens_r[v / 10],
			 ones_r[v % 10]);
		if (strlen(buf) == b - a && memcmp(buf, n->s + a, b - a) == 0)
			return v;
	}
	return 0;
}

/* 1 when the word before pos, one space away, is a name ("Henry") or a
 * word in capitals ("PART", "WAR"); its start in *ws. */
static int name_word_before(const struct norm *n, size_t pos, size_t *ws)
{
	size_t wl, i;

	if (pos == 0 || n->s[pos - 1] != ' ' ||
	    !norm_prev_word(n, pos, NULL, ws, &wl) || wl < 2 ||
	    *ws + wl + 1 != pos || !en_is_upper(n->s[*ws]))
		return 0;
	if (en_is_lower(n->s[*ws + 1]))
		return 1;
	for (i = *ws + 1; i < *ws + wl; i++)
		if (!en_is_upper(n->s[i]))
			return 0;
	return 1;
}

/* 1 when "the" and an ordinal suit the numeral after the name at ws:
 * a regnal name or a royal title within two words. */
static int regnal(const struct norm *n, size_t pos, size_t ws, int single)
{
	size_t ws2, wl2;

	if (en_prev_in(n, ws, royal_titles))
		return 1;
	if (norm_prev_word(n, ws, NULL, &ws2, &wl2) &&
	    en_prev_in(n, ws2, royal_titles))
		return 1;
	/* "Henry V", but "Malcolm X" is no king */
	return en_prev_in(n, pos, regnal_names) &&
	       !(single && n->s[pos] == 'X');
}

/* Abbreviations of counted words, written with a full stop ("Vol. II"). */
static const char *const counted_abbrs[] = {
	"Vol", "Vols", "Ch", "Chap", "Pt", "Art", "Sec", "Bk", "Ep", NULL
};

/* 1 when a counted word ends one space before pos, in any case ("part
 * III", "Volume II"), or its abbreviation with a full stop ("Vol. II").
 * A lone "I" needs the word capitalized: "in part I think" is a pronoun. */
static int counted_word_before(const struct norm *n, size_t pos, int single)
{
	size_t ws, wl, e;

	if (pos < 2 || n->s[pos - 1] != ' ' ||
	    !norm_prev_word(n, pos, ".", &ws, &wl))
		return 0;
	e = ws + wl;
	if (single && n->s[pos] == 'I' && !en_is_upper(n->s[ws]))
		return 0;
	if (e + 1 == pos)
		return norm_word_in(n, ws, wl, counted_before);
	return e + 2 == pos && n->s[e] == '.' &&
	       norm_word_in(n, ws, wl, counted_abbrs);
}

/* 1 when "century" or "centuries" follows b after one space: "the XIX
 * century" is the nineteenth. */
static int century_after(const struct norm *n, size_t b)
{
	return b + 1 < n->len && n->s[b] == ' ' &&
	       (norm_has_word(n, b + 1, "century") ||
		norm_has_word(n, b + 1, "centuries"));
}

/* "Henry VIII": Henry the eighth; "World War II", "Doom III", "PART XL":
 * two, three, forty.  The word before may be a name or in capitals ("KING
 * CHARLES III" is a king too).  A lone I, V or X needs a king or a counted
 * word ("War", "Phase") to be a numeral: "WHAT I SAID" has none. */
size_t en_rule_roman(struct norm *n, size_t pos)
{
	size_t b = pos, ws;
	unsigned long v;
	int single;

	while (b < n->len && n->s[b] && strchr("IVXLC", n->s[b]))
		b++;
	if (b == pos || !norm_boundary(n, b) ||
	    (pos > 0 && norm_is_alnum(n->s[pos - 1])))
		return pos;
	v = roman_value(n, pos, b);
	single = b - pos == 1;
	if (v == 0)
		return pos;
	if (!single && century_after(n, b)) {
		en_say_words(n, en_ordinal, v);
		return b;
	}
	if (counted_word_before(n, pos, single)) {
		en_say_words(n, en_cardinal, v);
		return b;
	}
	if (!name_word_before(n, pos, &ws))
		return pos;
	if (v <= 39 && regnal(n, pos, ws, single) &&
	    (!single || en_prev_in(n, ws, royal_titles) ||
	     en_prev_in(n, pos, regnal_names))) {
		norm_say(n, "the");
		en_say_words(n, en_ordinal, v);
		return b;
	}
	/* "size XL" is a size, "PART XL" a numeral */
	if ((single || norm_has_word(n, pos, "XL")) &&
	    !en_prev_in(n, pos, counted_before))
		return pos;
	en_say_words(n, en_cardinal, v);
	return b;
}
