/*
 * id3v2.h - an ID3v2.4 tag with chapters, written by hand.
 *
 * Debian's ID3 libraries (id3lib, libid3tag, taglib's C binding) cannot
 * write the CHAP and CTOC frames of the ID3v2 Chapter Frame Addendum that
 * podcast apps read, and lame's own tag writer knows only v2.3 text
 * frames; the frames are simple, so this file builds the whole tag.
 *
 * The tag holds TIT2 (title), TDRC (date), TPE1 (artist), TSSE (encoder),
 * COMM (the story list), one CHAP per chapter (TIT2 headline, TIT3 source,
 * WXXX link) and one top-level ordered CTOC listing them.  All text is
 * UTF-8 (encoding 3), sizes are synchsafe, as v2.4 requires.
 */
#ifndef CRIER_ID3V2_H
#define CRIER_ID3V2_H

#include <stddef.h>

#include <crier/output.h>
#include <crier/strbuf.h>

/* CTOC counts its entries in one byte: later chapters are left out. */
#define ID3V2_MAX_CHAPTERS 255

/*
 * Appends the whole tag (header and frames) to out.  Chapter times are
 * turned from samples at rate into milliseconds.  info and chapters are
 * only read.  Returns the number of chapters written (at most
 * ID3V2_MAX_CHAPTERS).
 */
size_t id3v2_write(struct crier_strbuf *out,
		   const struct crier_output_info *info,
		   const struct crier_chapter *chapters, size_t n, int rate);

#endif
