/*
 * dedup.h - finding the same story told by several sources.
 *
 * Each story added is reduced to the set of stemmed content words (terms)
 * of its headline and its first sentence, in its own language.  Two
 * stories are near-duplicates when those sets are similar enough and the
 * words of one headline are told in the other story; see dedup.c for
 * the measure and its threshold.  Only stories of different sources are
 * compared: a source's own stories are never merged, unless they are one
 * page at two addresses (dedup_add_story()).  The first story of
 * a group is the one to speak; the later ones only add their source
 * names to it ("Also reported by X and Y.").
 *
 * Stories are numbered 0, 1, 2, ... in the order they are added,
 * duplicates included.  Not thread-safe.
 */
#ifndef CRIER_DEDUP_H
#define CRIER_DEDUP_H

#include <stddef.h>
#include <crier/strbuf.h>

struct crier_article;
struct story;
struct dedup;

/* A new, empty set of stories.  Free with dedup_free(). */
struct dedup *dedup_new(void);
/* Frees d; d may be NULL. */
void dedup_free(struct dedup *d);

/*
 * Adds a story: its headline title, text (its summary or body; only the
 * first sentence is used; may be NULL), its language (BCP 47 tag, "" or
 * NULL for English) and the name of its source (copied).  Returns the
 * number of the earlier story it duplicates (always one that duplicates
 * no other), or -1 when it is new.  A duplicate from another source adds
 * that source's name to the earlier story's list (once).
 */
long dedup_add(struct dedup *d, const char *title, const char *text,
	       const char *lang, const char *source);
/*
 * The same for a briefing's story: its article's headline and language,
 * and its summary's first sentence (or, without a summary, its body's).
 * When st is a duplicate (the return value is >= 0), d takes over its
 * article (st->article becomes NULL) and keeps it with the earlier story,
 * so that the copies can be marked heard when that story is (see
 * dedup_copy()); otherwise st is left as it was.  A story that is the
 * same page as an earlier one (the same link once normalized, see
 * ledger_normalize_link(), or the same headline and body) repeats it even
 * from the same source; its source is named only when it is another.
 */
long dedup_add_story(struct dedup *d, struct story *st, const char *source);

/* The number of stories added so far. */
size_t dedup_count(const struct dedup *d);
/*
 * The number of other sources that reported story i, and the k-th of
 * them (in the order they were added; owned by d; NULL when k is out of
 * range).
 */
size_t dedup_n_also(const struct dedup *d, size_t i);
const char *dedup_also(const struct dedup *d, size_t i, size_t k);
/*
 * Appends "Also reported by X." / "... by X and Y." / "... by X, Y and
 * Z." for story i to out; appends nothing when no other source reported
 * it.  Returns the number of sources named.
 */
size_t dedup_also_text(const struct dedup *d, size_t i,
		       struct crier_strbuf *out);

/*
 * The number of duplicates of story i whose articles d took over in
 * dedup_add_story(), and the k-th of them (NULL when k is out of range),
 * owned by d until dedup_free(); *source (when source is not NULL) is set
 * to its source name.  A briefing marks them heard together with story i.
 */
size_t dedup_n_copies(const struct dedup *d, size_t i);
const struct crier_article *dedup_copy(const struct dedup *d, size_t i,
				       size_t k, const char **source);

/* The similarity (0 to 1) of stories i and j as dedup_add() measures it. */
double dedup_similarity(const struct dedup *d, size_t i, size_t j);

#endif
