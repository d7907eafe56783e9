/*
 * feed_xml.h - the podcast's feed.xml: RSS 2.0 with the iTunes and
 * Podcasting 2.0 namespaces, written with libxml2's xmlTextWriter.
 *
 * The channel is marked private (itunes:block, podcast:locked): it is
 * someone's own briefing, not for directories.  Items are newest first;
 * each has its enclosure (URL, length, type), guid, pubDate,
 * itunes:duration and, when the files exist, podcast:chapters (JSON) and
 * podcast:transcript (WebVTT).
 */
#ifndef CRIER_FEED_XML_H
#define CRIER_FEED_XML_H

struct podcast_config;
struct episodes;
struct crier_strbuf;

/*
 * Appends the feed of eps to out.  Returns 0, or -1 with crier_error()
 * (out then holds part of it).
 */
int feed_xml_render(struct crier_strbuf *out, const struct podcast_config *pc,
		    const struct episodes *eps);

#endif
