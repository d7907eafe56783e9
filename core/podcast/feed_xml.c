/*
 * feed_xml.c - writes feed.xml with xmlTextWriter; see feed_xml.h.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <libxml/xmlwriter.h>

#include "libcrier.h"
#include "episodes.h"
#include "feed_xml.h"
#include "podcast_config.h"

#define NS_ITUNES "http://www.itunes.com/dtds/podcast-1.0.dtd"
#define NS_PODCAST "https://podcastindex.org/namespace/1.0"

#define X(s) BAD_CAST(s)

/* RFC 822 date, as RSS 2.0 wants, in UTC. */
static const char *rfc822(int64_t when)
{
	static char buf[64];
	time_t t = (time_t)when;
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, sizeof(buf), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	return buf;
}

/* The public URL of a file in the folder. */
static const char *file_url(const struct podcast_config *pc, const char *name)
{
	static char buf[8192];

	snprintf(buf, sizeof(buf), "%s%s", pc->url, name);
	return buf;
}

static int element(xmlTextWriterPtr w, const char *name, const char *text)
{
	return xmlTextWriterWriteElement(w, X(name), X(text)) < 0;
}

/* An empty element with two attributes. */
static int link_element(xmlTextWriterPtr w, const char *name, const char *url,
			const char *type)
{
	return xmlTextWriterStartElement(w, X(name)) < 0 ||
	       xmlTextWriterWriteAttribute(w, X("url"), X(url)) < 0 ||
	       xmlTextWriterWriteAttribute(w, X("type"), X(type)) < 0 ||
	       xmlTextWriterEndElement(w) < 0;
}

static int enclosure(xmlTextWriterPtr w, const struct podcast_config *pc,
		     const struct episode *e)
{
	char len[32];

	snprintf(len, sizeof(len), "%lld", (long long)e->bytes);
	return xmlTextWriterStartElement(w, X("enclosure")) < 0 ||
	       xmlTextWriterWriteAttribute(w, X("url"), X(file_url(pc, e->audio))) < 0 ||
	       xmlTextWriterWriteAttribute(w, X("length"), X(len)) < 0 ||
	       xmlTextWriterWriteAttribute(w, X("type"), X(e->type)) < 0 ||
	       xmlTextWriterEndElement(w) < 0;
}

static int item(xmlTextWriterPtr w, const struct podcast_config *pc,
		const struct episode *e)
{
	char dur[32];

	snprintf(dur, sizeof(dur), "%lld", (long long)(e->seconds + 0.5));
	if (xmlTextWriterStartElement(w, X("item")) < 0 ||
	    element(w, "title", e->title) ||
	    element(w, "description", e->description) ||
	    enclosure(w, pc, e) ||
	    xmlTextWriterStartElement(w, X("guid")) < 0 ||
	    xmlTextWriterWriteAttribute(w, X("isPermaLink"), X("false")) < 0 ||
	    xmlTextWriterWriteString(w, X(file_url(pc, e->audio))) < 0 ||
	    xmlTextWriterEndElement(w) < 0 ||
	    element(w, "pubDate", rfc822(e->date)) ||
	    element(w, "itunes:duration", dur))
		return -1;
	if (e->chapters && link_element(w, "podcast:chapters",
					file_url(pc, e->chapters),
					"application/json+chapters"))
		return -1;
	if (e->transcript && link_element(w, "podcast:transcript",
					  file_url(pc, e->transcript), "text/vtt"))
		return -1;
	return xmlTextWriterEndElement(w) < 0;
}

static int channel_head(xmlTextWriterPtr w, const struct podcast_config *pc)
{
	return xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL) < 0 ||
	       xmlTextWriterStartElement(w, X("rss")) < 0 ||
	       xmlTextWriterWriteAttribute(w, X("version"), X("2.0")) < 0 ||
	       xmlTextWriterWriteAttribute(w, X("xmlns:itunes"), X(NS_ITUNES)) < 0 ||
	       xmlTextWriterWriteAttribute(w, X("xmlns:podcast"), X(NS_PODCAST)) < 0 ||
	       xmlTextWriterStartElement(w, X("channel")) < 0 ||
	       element(w, "title", pc->title) ||
	       element(w, "link", pc->url) ||
	       element(w, "description", "A spoken news briefing made by crier "
		       "from its listener's own sources.") ||
	       element(w, "generator", "crier") ||
	       element(w, "lastBuildDate", rfc822((int64_t)time(NULL))) ||
	       element(w, "itunes:author", "crier") ||
	       element(w, "itunes:block", "Yes") ||
	       element(w, "itunes:explicit", "false") ||
	       xmlTextWriterStartElement(w, X("itunes:category")) < 0 ||
	       xmlTextWriterWriteAttribute(w, X("text"), X("News")) < 0 ||
	       xmlTextWriterEndElement(w) < 0 ||
	       element(w, "podcast:locked", "yes");
}

static int write_doc(xmlTextWriterPtr w, const struct podcast_config *pc,
		     const struct episodes *eps)
{
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, X("  "));
	if (channel_head(w, pc))
		return -1;
	for (size_t i = eps->n; i-- > 0;)
		if (item(w, pc, &eps->e[i]))
			return -1;
	return xmlTextWriterEndDocument(w) < 0;
}

int feed_xml_render(struct crier_strbuf *out, const struct podcast_config *pc,
		    const struct episodes *eps)
{
	xmlBufferPtr buf = xmlBufferCreate();
	xmlTextWriterPtr w = buf ? xmlNewTextWriterMemory(buf, 0) : NULL;
	int ret = -1;

	if (!w) {
		crier_error("feed.xml: out of memory");
		goto out;
	}
	if (write_doc(w, pc, eps)) {
		crier_error("feed.xml: cannot write the feed (text that is not UTF-8?)");
		goto out;
	}
	xmlFreeTextWriter(w);	/* flushes into buf */
	w = NULL;
	crier_strbuf_add(out, xmlBufferContent(buf), (size_t)xmlBufferLength(buf));
	ret = 0;
out:
	if (w)
		xmlFreeTextWriter(w);
	if (buf)
		xmlBufferFree(buf);
	return ret;
}
