/*
 * wire.h - the byte format in which a source's child process sends its
 * stories back to crier.
 *
 * A message is a sequence of records, each a tag byte followed by fields:
 *	'S' story:   u8 count, then (u8 field, u32 len, bytes) per field,
 *	             i64 published, u32 sentences, (u32 len, bytes) each,
 *	             u32 len + bytes of the note (0: none)
 *	'F' failure: u32 len + bytes of the message
 *	'E' end of message
 * Integers are little-endian.  A message without its 'E' is incomplete
 * (the child died); anything else malformed is rejected as garbage.
 */
#ifndef CRIER_WIRE_H
#define CRIER_WIRE_H

#include "story.h"

/* Appends a story record to out. */
void wire_put_story(struct crier_strbuf *out, const struct story *s);
void wire_put_failure(struct crier_strbuf *out, const char *error);
void wire_put_end(struct crier_strbuf *out);
/*
 * Parses a whole message into r.  Returns 0 when it ended properly, 1
 * when it was cut short (stories before the cut are kept), -1 when it is
 * malformed.
 */
int wire_parse(const char *data, size_t len, struct source_result *r);

#endif
