/*
 * atom.c - Atom 1.0 and 0.3.
 *
 * Text constructs follow their type (text, html, xhtml, or a MIME type in
 * Atom 0.3, where mode="escaped" or "xml" says how the markup is carried).
 * Links are the alternate ones, resolved against xml:base.  An entry
 * without an author inherits its <source>'s, then the feed's.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "feed-int.h"
#include "text/date.h"
#include "feed_item.h"
#include "xml_node.h"

enum text_kind { TEXT_PLAIN, TEXT_HTML, TEXT_XHTML, TEXT_BASE64 };

/*
 * Atom's elements, also in no namespace and in XHTML's: recovering from
 * an unclosed tag in xhtml content puts later entries inside the <div>
 * that declares XHTML as the default namespace.
 */
static int is_atom(const xmlNode *c)
{
	enum feed_ns ns;

	if (c->type != XML_ELEMENT_NODE)
		return 0;
	ns = xml_ns(c);
	return ns == NS_ATOM || ns == NS_ATOM03 || ns == NS_NONE ||
	       ns == NS_XHTML;
}

static xmlNode *atom_child(const xmlNode *node, const char *name)
{
	for (xmlNode *c = node->children; c; c = c->next)
		if (is_atom(c) && !strcmp(xml_name(c), name))
			return c;
	return NULL;
}

static enum text_kind kind_of(const xmlNode *node)
{
	char *type = xml_attr(node, "type");
	char *mode = xml_attr(node, "mode");
	enum text_kind k = TEXT_PLAIN;

	if (type && (!strcasecmp(type, "xhtml") ||
		     !strcasecmp(type, "application/xhtml+xml")))
		k = TEXT_XHTML;
	else if (type && (!strcasecmp(type, "html") ||
			  !strcasecmp(type, "text/html")))
		k = mode && !strcasecmp(mode, "xml") ? TEXT_XHTML : TEXT_HTML;
	else if ((mode && !strcasecmp(mode, "base64")) || (type && *type &&
		 strcasecmp(type, "text") && strncasecmp(type, "text/", 5) &&
		 !strstr(type, "xml")))
		k = TEXT_BASE64;
	free(type);
	free(mode);
	return k;
}

static int base64_value(int c)
{
	const char *digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
			     "abcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c ? strchr(digits, c) : NULL;

	return p ? (int)(p - digits) : -1;
}

/* Decodes base64 text in place, skipping white space; stops at '='. */
static void base64_decode(char *s)
{
	unsigned bits = 0;
	int nbits = 0;
	char *out = s;

	for (const char *p = s; *p && *p != '='; p++) {
		int v = base64_value((unsigned char)*p);

		if (v < 0)
			continue;
		bits = (bits << 6) | (unsigned)v;
		nbits += 6;
		if (nbits >= 8) {
			nbits -= 8;
			*out++ = (char)((bits >> nbits) & 0xff);
		}
	}
	*out = '\0';
}

/* Sets *field to the plain text of the text construct node. */
static void set_text(char **field, const xmlNode *node)
{
	char *copy = NULL;

	switch (kind_of(node)) {
	case TEXT_XHTML:
		feed_set_html(field, xml_inner_view(node, &copy));
		break;
	case TEXT_HTML:
		feed_set_html(field, xml_text_view(node, &copy));
		break;
	case TEXT_BASE64:
		copy = xml_text(node);
		base64_decode(copy);
		feed_set_plain(field, copy);
		break;
	default:
		feed_set_plain(field, xml_text_view(node, &copy));
		break;
	}
	free(copy);
}

static void set_title(char **field, const xmlNode *node)
{
	char *text = NULL;

	set_text(&text, node);
	feed_set_plain(field, text);
	free(text);
}

/* The name of a person construct, or its e-mail, or its text. */
static char *person(const xmlNode *author)
{
	xmlNode *name = atom_child(author, "name");
	xmlNode *email = atom_child(author, "email");
	char *s = name ? xml_text_trimmed(name) : NULL;

	if (!s && email)
		s = xml_text_trimmed(email);
	if (!s && !name && !email)
		s = xml_text_trimmed(author);
	return s;
}

static char *first_author(const xmlNode *node)
{
	for (xmlNode *c = node->children; c; c = c->next) {
		char *s;

		if (!is_atom(c) || strcmp(xml_name(c), "author"))
			continue;
		s = person(c);
		if (s)
			return s;
	}
	for (xmlNode *c = node->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && xml_ns(c) == NS_DC &&
		    !strcmp(xml_name(c), "creator"))
			return xml_text_trimmed(c);
	return NULL;
}

static int is_html_type(const char *type)
{
	return !type || !strcasecmp(type, "text/html") ||
	       !strcasecmp(type, "application/xhtml+xml");
}

/* The alternate link: rel="alternate" or none, an HTML type preferred. */
static char *alternate_link(const xmlNode *entry)
{
	xmlNode *best = NULL;
	char *href, *uri;

	for (xmlNode *c = entry->children; c; c = c->next) {
		char *rel, *type;
		int alt, html;

		if (!is_atom(c) || strcmp(xml_name(c), "link"))
			continue;
		rel = xml_attr(c, "rel");
		type = xml_attr(c, "type");
		alt = !rel || !strcmp(rel, "alternate");
		html = is_html_type(type);
		free(rel);
		free(type);
		if (alt && (html || !best))
			best = c;
		if (alt && html)
			break;
	}
	if (!best)
		return NULL;
	href = xml_attr(best, "href");
	if (!href)
		href = xml_text_trimmed(best);
	if (!href)
		return NULL;
	uri = xml_resolve(best, href);
	free(href);
	return uri;
}

static int64_t date_of(const xmlNode *entry, const char *const *names)
{
	for (; *names; names++) {
		for (xmlNode *c = entry->children; c; c = c->next) {
			int64_t t;
			char *copy;

			if (c->type != XML_ELEMENT_NODE ||
			    strcmp(xml_name(c), *names) ||
			    xml_ns(c) == NS_OTHER)
				continue;
			t = crier_parse_date(xml_text_view(c, &copy));
			free(copy);
			if (t != CRIER_TIME_UNKNOWN)
				return t;
		}
	}
	return CRIER_TIME_UNKNOWN;
}

static const char *const published_names[] = { "published", "issued", NULL };
static const char *const updated_names[] = { "updated", "modified", "date",
					     NULL };
static const char *const created_names[] = { "created", NULL };

static void entry_dates(struct feed_item *it, const xmlNode *entry)
{
	it->published = date_of(entry, published_names);
	if (it->published == CRIER_TIME_UNKNOWN)
		it->published = date_of(entry, updated_names);
	if (it->published == CRIER_TIME_UNKNOWN)
		it->published = date_of(entry, created_names);
}

static void add_entry(struct feed *f, xmlNode *entry, const char *feed_author)
{
	struct feed_item *it = feed_add_item(f);
	xmlNode *n, *source;
	char *lang;

	if ((n = atom_child(entry, "title")))
		set_title(&it->title, n);
	it->link = alternate_link(entry);
	if ((n = atom_child(entry, "id")))
		it->id = xml_text_trimmed(n);
	entry_dates(it, entry);
	it->author = first_author(entry);
	source = atom_child(entry, "source");
	if (!it->author && source)
		it->author = first_author(source);
	if (!it->author && feed_author)
		it->author = strdup(feed_author);
	if ((n = atom_child(entry, "summary")))
		set_text(&it->summary, n);
	else if ((n = xml_media_description(entry)))
		set_text(&it->summary, n);
	if ((n = atom_child(entry, "content")))
		set_text(&it->content, n);
	lang = xml_lang(entry);
	it->language = lang ? feed_keep_lang(f, lang) : f->language;
	free(lang);
}

/* Every <entry> below parent, nested ones included (see rss.c). */
static void find_entries(struct feed *f, xmlNode *parent, const char *author,
			 int depth)
{
	if (depth > 256)
		return;
	for (xmlNode *c = parent->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is_atom(c) && !strcmp(xml_name(c), "entry"))
			add_entry(f, c, author);
		find_entries(f, c, author, depth + 1);
	}
}

int atom_parse(xmlNode *root, struct feed *f)
{
	xmlNode *title = atom_child(root, "title");
	char *author = first_author(root);

	f->format = xml_ns(root) == NS_ATOM03 ? "atom03" : "atom";
	if (title)
		set_title(&f->title, title);
	f->language = xml_lang(root);
	find_entries(f, root, author, 0);
	free(author);
	return 0;
}
