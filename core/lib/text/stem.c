/*
 * stem.c - Snowball stemmers and stopword lists per language.
 *
 * The stopword lists are short lists of function words written for crier,
 * kept sorted in byte order (strcmp) so that a binary search finds a
 * word: keep them so when editing.  Words are compared lower-cased, with
 * the typographic apostrophe (U+2019) turned into "'".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libstemmer.h>

#include <crier/plugin.h>
#include <crier/stem.h>
#include "base/xalloc.h"

static const char *const stop_en[] = {
	"a", "about", "above", "after", "again", "against", "all", "also",
	"am", "an", "and", "any", "are", "aren't", "as", "at", "be",
	"because", "been", "before", "being", "below", "between", "both",
	"but", "by", "can", "can't", "could", "couldn't", "did", "didn't",
	"do", "does", "doesn't", "doing", "don't", "down", "during", "each",
	"even", "few", "for", "from", "further", "had", "hadn't", "has",
	"hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's",
	"her", "here", "hers", "herself", "him", "himself", "his", "how",
	"i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't",
	"it", "it's", "its", "itself", "just", "let's", "may", "me", "might",
	"more", "most", "must", "my", "myself", "no", "nor", "not", "now",
	"of", "off", "on", "once", "only", "or", "other", "ought", "our",
	"ours", "ourselves", "out", "over", "own", "said", "same", "say",
	"says", "she", "she'd", "she'll", "she's", "should", "shouldn't",
	"so", "some", "such", "than", "that", "that's", "the", "their",
	"theirs", "them", "themselves", "then", "there", "there's", "these",
	"they", "they'd", "they'll", "they're", "they've", "this", "those",
	"through", "to", "too", "under", "until", "up", "upon", "us", "very",
	"was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were",
	"weren't", "what", "what's", "when", "where", "which", "while",
	"who", "whom", "whose", "why", "will", "with", "won't", "would",
	"wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've",
	"your", "yours", "yourself", "yourselves",
};

static const char *const stop_fr[] = {
	"a", "afin", "ai", "aie", "aient", "ainsi", "alors", "as", "au",
	"aucun", "aussi", "autre", "aux", "avaient", "avais", "avait",
	"avant", "avec", "avez", "aviez", "avoir", "avons", "ayant", "c",
	"ce", "ceci", "cela", "celle", "celles", "celui", "cependant", "ces",
	"cet", "cette", "ceux", "chaque", "ci", "comme", "comment", "d",
	"dans", "de", "des", "donc", "dont", "du", "elle", "elles", "en",
	"encore", "entre", "es", "est", "et", "eu", "eux", "faire", "fait",
	"font", "il", "ils", "j", "je", "jusqu", "l", "la", "le", "les",
	"leur", "leurs", "lors", "lui", "m", "ma", "mais", "me", "mes",
	"moi", "mon", "même", "n", "ne", "ni", "nos", "notre", "nous", "on",
	"ont", "or", "ou", "où", "par", "parce", "pas", "peu", "peut",
	"plus", "pour", "pourquoi", "puis", "qu", "quand", "que", "quel",
	"quelle", "quelles", "quels", "qui", "s", "sa", "sans", "se",
	"selon", "ses", "si", "son", "sont", "sous", "sur", "t", "ta", "te",
	"tes", "toi", "ton", "tous", "tout", "toute", "toutes", "très", "tu",
	"un", "une", "vers", "vos", "votre", "vous", "y", "à", "étaient",
	"étais", "était", "été", "être",
};

static const char *const stop_de[] = {
	"aber", "alle", "allem", "allen", "aller", "alles", "als", "also",
	"am", "an", "ander", "andere", "anderem", "anderen", "anderer",
	"anderes", "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bist",
	"da", "damit", "dann", "das", "dass", "dem", "den", "denn", "der",
	"des", "dessen", "dich", "die", "dies", "diese", "diesem", "diesen",
	"dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein",
	"eine", "einem", "einen", "einer", "eines", "er", "es", "etwas",
	"euch", "euer", "eure", "für", "gegen", "gewesen", "hab", "habe",
	"haben", "hat", "hatte", "hatten", "hier", "hin", "hinter", "ich",
	"ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer",
	"ihres", "im", "in", "indem", "ins", "ist", "jede", "jedem", "jeden",
	"jeder", "jedes", "jene", "jetzt", "kann", "kein", "keine", "können",
	"könnte", "man", "manche", "mein", "meine", "mich", "mir", "mit",
	"muss", "musste", "nach", "nicht", "nichts", "noch", "nun", "nur",
	"ob", "oder", "ohne", "sehr", "sein", "seine", "seinem", "seinen",
	"seiner", "seit", "sich", "sie", "sind", "so", "soll", "sollte",
	"sondern", "sonst", "um", "und", "uns", "unser", "unter", "vom",
	"von", "vor", "wann", "war", "waren", "warum", "was", "weil",
	"welche", "welchem", "welchen", "welcher", "wenn", "wer", "werde",
	"werden", "wie", "wieder", "will", "wir", "wird", "wo", "wurde",
	"wurden", "zu", "zum", "zur", "zwar", "zwischen", "über",
};

static const char *const stop_es[] = {
	"a", "al", "algo", "algunas", "algunos", "ante", "antes", "aquí",
	"así", "aunque", "bajo", "cada", "como", "con", "contra", "cual",
	"cuando", "de", "del", "desde", "donde", "dos", "durante", "e", "el",
	"ella", "ellas", "ellos", "en", "entre", "era", "eran", "es", "esa",
	"esas", "ese", "eso", "esos", "esta", "estaba", "estaban", "estar",
	"este", "esto", "estos", "está", "están", "fue", "fueron", "ha",
	"había", "habían", "han", "hasta", "hay", "la", "las", "le", "les",
	"lo", "los", "me", "mi", "mientras", "muy", "más", "ni", "no", "nos",
	"nosotros", "o", "otra", "otras", "otro", "otros", "para", "pero",
	"poco", "por", "porque", "que", "quien", "quienes", "qué", "se",
	"sea", "según", "ser", "si", "sido", "sin", "sobre", "son", "su",
	"sus", "sí", "también", "tan", "te", "tiene", "tienen", "todo",
	"todos", "tras", "tu", "tú", "un", "una", "uno", "unos", "y", "ya",
	"yo", "él",
};

static const char *const stop_it[] = {
	"a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche",
	"ancora", "avere", "aveva", "avevano", "c", "che", "chi", "ci",
	"come", "con", "contro", "cui", "da", "dagli", "dai", "dal", "dalla",
	"dalle", "dallo", "degli", "dei", "del", "della", "delle", "dello",
	"di", "dopo", "dove", "e", "ed", "era", "erano", "essere", "fa",
	"gli", "ha", "hanno", "i", "il", "in", "io", "la", "le", "lei", "li",
	"lo", "loro", "lui", "ma", "mi", "molto", "ne", "nei", "nel",
	"nella", "nelle", "nello", "noi", "non", "nostro", "o", "per",
	"perché", "più", "poi", "quale", "quando", "quella", "quelle",
	"quello", "questa", "queste", "questo", "se", "sei", "si", "sia",
	"siamo", "sono", "sta", "stato", "su", "sua", "sue", "sui", "sul",
	"sulla", "suo", "suoi", "tra", "tutti", "tutto", "un", "una", "uno",
	"voi", "è",
};

static const char *const stop_pt[] = {
	"a", "ao", "aos", "as", "até", "com", "como", "da", "das", "de",
	"dela", "dele", "deles", "depois", "do", "dos", "e", "ela", "elas",
	"ele", "eles", "em", "entre", "era", "eram", "essa", "essas", "esse",
	"esses", "esta", "estava", "este", "estes", "está", "estão", "eu",
	"foi", "foram", "há", "isso", "isto", "já", "la", "lhe", "lhes",
	"mais", "mas", "me", "mesmo", "meu", "minha", "muito", "na", "nas",
	"nem", "no", "nos", "num", "numa", "nós", "o", "os", "ou", "para",
	"pela", "pelas", "pelo", "pelos", "por", "porque", "quando", "que",
	"quem", "se", "sem", "ser", "seu", "seus", "sido", "sobre", "sua",
	"suas", "são", "também", "te", "tem", "ter", "teu", "tu", "têm",
	"um", "uma", "umas", "uns", "você", "vocês", "à", "às", "é",
};

static const char *const stop_nl[] = {
	"aan", "al", "alle", "alles", "als", "altijd", "ander", "andere",
	"ben", "bij", "daar", "dan", "dat", "de", "der", "deze", "die",
	"dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er",
	"ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft",
	"hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik",
	"in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer",
	"men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets",
	"nog", "nu", "of", "om", "omdat", "onder", "ons", "ook", "op",
	"over", "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit",
	"uw", "van", "veel", "voor", "want", "waren", "was", "wat", "we",
	"wel", "werd", "wezen", "wie", "wij", "wil", "worden", "wordt",
	"zal", "ze", "zei", "zelf", "zich", "zij", "zijn", "zo", "zonder",
	"zou",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const struct language {
	const char *code;		/* ISO 639-1 */
	const char *algorithm;		/* libstemmer's name */
	const char *const *stop;
	size_t nstop;
} languages[] = {
	{ "en", "english", stop_en, COUNT(stop_en) },
	{ "fr", "french", stop_fr, COUNT(stop_fr) },
	{ "de", "german", stop_de, COUNT(stop_de) },
	{ "es", "spanish", stop_es, COUNT(stop_es) },
	{ "it", "italian", stop_it, COUNT(stop_it) },
	{ "pt", "portuguese", stop_pt, COUNT(stop_pt) },
	{ "nl", "dutch", stop_nl, COUNT(stop_nl) },
};

struct crier_stemmer {
	const struct language *lang;
	struct sb_stemmer *sb;
	struct crier_strbuf word;	/* the lower-cased word */
	struct crier_strbuf stem;	/* the last stem returned */
};

/* The language whose code starts tag ("pt-BR"), or NULL. */
static const struct language *find_language(const char *tag)
{
	if (!tag)
		return NULL;
	for (size_t i = 0; i < COUNT(languages); i++)
		if (!strncasecmp(tag, languages[i].code, 2) &&
		    (!tag[2] || tag[2] == '-' || tag[2] == '_'))
			return &languages[i];
	return NULL;
}

/* Lower-cases text into sb, with U+2019 turned into "'". */
static void normalize(const char *text, size_t len, struct crier_strbuf *sb)
{
	char *p;

	crier_strbuf_reset(sb);
	crier_lowercase(text, len, sb);
	while ((p = strstr(sb->buf, "\xe2\x80\x99"))) {
		*p = '\'';
		memmove(p + 1, p + 3, sb->len - (size_t)(p + 3 - sb->buf) + 1);
		sb->len -= 2;
	}
}

static int compare_word(const void *key, const void *member)
{
	return strcmp(key, *(const char *const *)member);
}

static int in_list(const struct language *lang, const char *word)
{
	return bsearch(word, lang->stop, lang->nstop, sizeof(*lang->stop),
		       compare_word) != NULL;
}

struct crier_stemmer *crier_stemmer_new(const char *tag)
{
	const struct language *lang = find_language(tag);
	struct crier_stemmer *st;

	if (!lang)
		lang = &languages[0];
	st = xcalloc(1, sizeof(*st));
	st->lang = lang;
	st->sb = sb_stemmer_new(lang->algorithm, NULL);
	if (!st->sb) {
		free(st);
		crier_error("cannot create the %s stemmer", lang->algorithm);
		return NULL;
	}
	crier_strbuf_init(&st->word);
	crier_strbuf_init(&st->stem);
	return st;
}

void crier_stemmer_free(struct crier_stemmer *st)
{
	if (!st)
		return;
	sb_stemmer_delete(st->sb);
	crier_strbuf_release(&st->word);
	crier_strbuf_release(&st->stem);
	free(st);
}

const char *crier_stemmer_language(const struct crier_stemmer *st)
{
	return st->lang->code;
}

/* Stems st->word (already normalized) into st->stem. */
static void stem_word(struct crier_stemmer *st)
{
	const sb_symbol *s;

	s = sb_stemmer_stem(st->sb, (const sb_symbol *)st->word.buf,
			    (int)st->word.len);
	crier_strbuf_reset(&st->stem);
	if (s)
		crier_strbuf_add(&st->stem, s,
				 (size_t)sb_stemmer_length(st->sb));
	else
		crier_strbuf_add(&st->stem, st->word.buf, st->word.len);
}

const char *crier_stemmer_stem(struct crier_stemmer *st, const char *text,
			       size_t len, size_t *stem_len)
{
	normalize(text, len, &st->word);
	stem_word(st);
	if (stem_len)
		*stem_len = st->stem.len;
	return st->stem.buf;
}

int crier_stemmer_is_stopword(struct crier_stemmer *st, const char *text,
			      size_t len)
{
	normalize(text, len, &st->word);
	return in_list(st->lang, st->word.buf);
}

/* Words looked at by crier_guess_language(). */
#define GUESS_WORDS 120
/* No stopword is longer than this (in bytes). */
#define STOPWORD_MAX 12

/*
 * Each stopword votes for the languages that have it, a word shared by k
 * lists giving each 1/k; the winner needs a few votes and a clear lead.
 */
const char *crier_guess_language(const char *text, size_t len)
{
	struct crier_strbuf word = CRIER_STRBUF_INIT;
	struct crier_span w;
	size_t pos = 0;
	double votes[COUNT(languages)] = { 0 }, best = 0, second = 0;
	const char *code = NULL;

	for (int n = 0; n < GUESS_WORDS && crier_next_word(text, len, &pos, &w);
	     n++) {
		int has[COUNT(languages)], k = 0;

		if (w.len > STOPWORD_MAX)
			continue;
		normalize(text + w.start, w.len, &word);
		for (size_t i = 0; i < COUNT(languages); i++)
			k += has[i] = in_list(&languages[i], word.buf);
		for (size_t i = 0; i < COUNT(languages) && k; i++)
			votes[i] += has[i] / (double)k;
	}
	crier_strbuf_release(&word);
	for (size_t i = 0; i < COUNT(languages); i++) {
		if (votes[i] > best) {
			second = best;
			best = votes[i];
			code = languages[i].code;
		} else if (votes[i] > second) {
			second = votes[i];
		}
	}
	if (best < 2 || best < 1.5 * second)
		return NULL;
	return code;
}

/* ---- vocabularies ------------------------------------------------------ */

struct vocab_slot {
	uint32_t hash;
	uint32_t id;		/* UINT32_MAX: empty */
};

struct crier_vocab {
	struct crier_strbuf text;	/* the strings, each NUL-terminated */
	size_t *offset;			/* id -> offset in text */
	size_t n, alloc;
	struct vocab_slot *slot;	/* open addressing, size a power of 2 */
	size_t nslot;
};

#define VOCAB_EMPTY UINT32_MAX

static uint32_t hash_bytes(const char *s, size_t len)
{
	uint32_t h = 2166136261u;	/* FNV-1a */

	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static void vocab_rehash(struct crier_vocab *v, size_t nslot)
{
	free(v->slot);
	v->nslot = nslot;
	v->slot = xmalloc(nslot * sizeof(*v->slot));
	for (size_t i = 0; i < nslot; i++)
		v->slot[i].id = VOCAB_EMPTY;
	for (size_t id = 0; id < v->n; id++) {
		const char *s = v->text.buf + v->offset[id];
		uint32_t h = hash_bytes(s, strlen(s));
		size_t i = h & (nslot - 1);

		while (v->slot[i].id != VOCAB_EMPTY)
			i = (i + 1) & (nslot - 1);
		v->slot[i].hash = h;
		v->slot[i].id = (uint32_t)id;
	}
}

struct crier_vocab *crier_vocab_new(void)
{
	struct crier_vocab *v = xcalloc(1, sizeof(*v));

	crier_strbuf_init(&v->text);
	vocab_rehash(v, 256);
	return v;
}

void crier_vocab_free(struct crier_vocab *v)
{
	if (!v)
		return;
	crier_strbuf_release(&v->text);
	free(v->offset);
	free(v->slot);
	free(v);
}

void crier_vocab_clear(struct crier_vocab *v)
{
	crier_strbuf_reset(&v->text);
	v->n = 0;
	for (size_t i = 0; i < v->nslot; i++)
		v->slot[i].id = VOCAB_EMPTY;
}

unsigned crier_vocab_id(struct crier_vocab *v, const char *s, size_t len)
{
	uint32_t h = hash_bytes(s, len);
	size_t i = h & (v->nslot - 1);

	for (; v->slot[i].id != VOCAB_EMPTY; i = (i + 1) & (v->nslot - 1)) {
		const char *t = v->text.buf + v->offset[v->slot[i].id];

		if (v->slot[i].hash == h && !strncmp(t, s, len) && !t[len])
			return v->slot[i].id;
	}
	v->offset = xgrow(v->offset, &v->alloc, v->n + 1, sizeof(*v->offset));
	v->offset[v->n] = v->text.len;
	crier_strbuf_add(&v->text, s, len);
	crier_strbuf_addch(&v->text, '\0');
	v->slot[i].hash = h;
	v->slot[i].id = (uint32_t)v->n;
	v->n++;
	if (v->n * 2 > v->nslot)
		vocab_rehash(v, v->nslot * 2);
	return (unsigned)(v->n - 1);
}

size_t crier_vocab_size(const struct crier_vocab *v)
{
	return v->n;
}

void crier_terms_release(struct crier_terms *t)
{
	free(t->v);
	t->v = NULL;
	t->n = t->alloc = 0;
}

size_t crier_stemmer_terms(struct crier_stemmer *st, struct crier_vocab *v,
			   const char *text, size_t len,
			   struct crier_terms *out)
{
	struct crier_span w;
	size_t pos = 0, words = 0;

	while (crier_next_word(text, len, &pos, &w)) {
		words++;
		if (w.len < 2)
			continue;
		normalize(text + w.start, w.len, &st->word);
		if (in_list(st->lang, st->word.buf))
			continue;
		stem_word(st);
		out->v = xgrow(out->v, &out->alloc, out->n + 1,
			       sizeof(*out->v));
		out->v[out->n++] = crier_vocab_id(v, st->stem.buf,
						  st->stem.len);
	}
	return words;
}

size_t crier_terms_overlap(const unsigned *a, size_t na, const unsigned *b,
			   size_t nb)
{
	size_t i = 0, j = 0, common = 0;

	while (i < na && j < nb) {
		if (a[i] < b[j]) {
			i++;
		} else if (a[i] > b[j]) {
			j++;
		} else {
			common++;
			i++;
			j++;
		}
	}
	return common;
}
