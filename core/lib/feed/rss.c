/*
 * rss.c - RSS 0.9x and 2.0, and RSS 1.0 (RDF).
 *
 * Items are the <item> children of <channel> and, for RSS 0.90 and 1.0,
 * of the root.  Each field takes the first element that gives it a value;
 * where several elements can give a field (pubDate or dc:date, author or
 * dc:creator) the order below is the order of preference.  RSS items do
 * not inherit the channel's author.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "feed-int.h"
#include "text/date.h"
#include "feed_item.h"
#include "xml_node.h"

/* What an item's children give, before it is turned into a feed_item. */
struct rss_item {
	xmlNode *title, *dc_title, *link, *atom_link, *guid, *desc;
	xmlNode *dc_desc, *itunes_summary, *content, *xhtml_body;
	xmlNode *author[4];	/* author, dc:creator, itunes:author, atom */
	int64_t date[3];	/* published, updated, created */
	char *lang;
};

static void take(xmlNode **slot, xmlNode *node)
{
	if (!*slot)
		*slot = node;
}

static void take_date(int64_t *slot, xmlNode *node)
{
	char *copy;

	if (*slot != CRIER_TIME_UNKNOWN)
		return;
	*slot = crier_parse_date(xml_text_view(node, &copy));
	free(copy);
}

static int is_alternate(xmlNode *link)
{
	char *rel = xml_attr(link, "rel");
	int yes = !rel || !strcmp(rel, "alternate");

	free(rel);
	return yes;
}

static void see_plain(struct rss_item *r, xmlNode *c, const char *name)
{
	if (!strcmp(name, "title"))
		take(&r->title, c);
	else if (!strcmp(name, "link"))
		take(&r->link, c);
	else if (!strcmp(name, "guid"))
		take(&r->guid, c);
	else if (!strcmp(name, "description") || !strcmp(name, "summary"))
		take(&r->desc, c);
	else if (!strcmp(name, "author"))
		take(&r->author[0], c);
	else if (!strcmp(name, "pubDate"))
		take_date(&r->date[0], c);
}

static void see_dc(struct rss_item *r, xmlNode *c, const char *name)
{
	if (!strcmp(name, "title"))
		take(&r->dc_title, c);
	else if (!strcmp(name, "description"))
		take(&r->dc_desc, c);
	else if (!strcmp(name, "creator") || !strcmp(name, "author"))
		take(&r->author[1], c);
	else if (!strcmp(name, "date"))
		take_date(&r->date[1], c);
	else if (!strcmp(name, "language") && !r->lang)
		r->lang = xml_text_trimmed(c);
}

static void see_dcterms(struct rss_item *r, xmlNode *c, const char *name)
{
	if (!strcmp(name, "issued"))
		take_date(&r->date[0], c);
	else if (!strcmp(name, "modified"))
		take_date(&r->date[1], c);
	else if (!strcmp(name, "created"))
		take_date(&r->date[2], c);
}

static void see_atom(struct rss_item *r, xmlNode *c, const char *name)
{
	if (!strcmp(name, "link") && is_alternate(c))
		take(&r->atom_link, c);
	else if (!strcmp(name, "published"))
		take_date(&r->date[0], c);
	else if (!strcmp(name, "updated"))
		take_date(&r->date[1], c);
	else if (!strcmp(name, "author"))
		take(&r->author[3], c);
}

static void see(struct rss_item *r, xmlNode *c)
{
	const char *name = xml_name(c);

	switch (xml_ns(c)) {
	case NS_NONE:
		see_plain(r, c, name);
		break;
	case NS_DC:
		see_dc(r, c, name);
		break;
	case NS_DCTERMS:
		see_dcterms(r, c, name);
		break;
	case NS_ATOM:
		see_atom(r, c, name);
		break;
	case NS_CONTENT:
		if (!strcmp(name, "encoded"))
			take(&r->content, c);
		break;
	case NS_XHTML:
		if (!strcmp(name, "body"))
			take(&r->xhtml_body, c);
		break;
	case NS_ITUNES:
		if (!strcmp(name, "author"))
			take(&r->author[2], c);
		else if (!strcmp(name, "summary"))
			take(&r->itunes_summary, c);
		break;
	default:
		break;
	}
}

static void set_html_of(char **field, xmlNode *node)
{
	char *copy;

	feed_set_html(field, xml_inner_view(node, &copy));
	free(copy);
}

static void set_title_of(char **field, xmlNode *node)
{
	char *copy;

	feed_set_title(field, xml_text_view(node, &copy));
	free(copy);
}

static void set_link(struct feed_item *it, const struct rss_item *r)
{
	char *href = NULL, *perma;

	if (r->link)
		href = xml_text_trimmed(r->link);
	if (!href && r->link)
		href = xml_attr(r->link, "href");
	if (!href && r->atom_link)
		href = xml_attr(r->atom_link, "href");
	if (href) {
		it->link = xml_resolve(r->link ? r->link : r->atom_link, href);
		free(href);
		return;
	}
	if (!r->guid || !it->id)
		return;
	perma = xml_attr(r->guid, "isPermaLink");
	if (!perma || strcasecmp(perma, "false"))
		it->link = strdup(it->id);
	free(perma);
}

static void set_author(struct feed_item *it, const struct rss_item *r)
{
	for (int i = 0; i < 4 && !it->author; i++) {
		xmlNode *a = r->author[i];
		xmlNode *name = a ? xml_child(a, i == 3 ? NS_ATOM : NS_NONE,
					      "name") : NULL;
		char *text;

		if (!name)
			name = a;
		text = name ? xml_text_trimmed(name) : NULL;
		feed_set_plain(&it->author, text);
		free(text);
	}
}

static void add_item(struct feed *f, xmlNode *node)
{
	struct rss_item r = { .date = { CRIER_TIME_UNKNOWN, CRIER_TIME_UNKNOWN,
					CRIER_TIME_UNKNOWN } };
	struct feed_item *it = feed_add_item(f);

	for (xmlNode *c = node->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			see(&r, c);
	if (r.title || r.dc_title)
		set_title_of(&it->title, r.title ? r.title : r.dc_title);
	it->id = r.guid ? xml_text_trimmed(r.guid) : xml_attr(node, "about");
	set_link(it, &r);
	for (int i = 0; i < 3 && it->published == CRIER_TIME_UNKNOWN; i++)
		it->published = r.date[i];
	set_author(it, &r);
	if (!r.desc)
		r.desc = r.dc_desc ? r.dc_desc : r.itunes_summary;
	if (!r.desc)
		r.desc = xml_media_description(node);
	if (r.desc)
		set_html_of(&it->summary, r.desc);
	if (r.content || r.xhtml_body)
		set_html_of(&it->content,
			    r.content ? r.content : r.xhtml_body);
	if (!r.lang)
		r.lang = xml_lang(node);
	it->language = r.lang ? feed_keep_lang(f, r.lang) : f->language;
	free(r.lang);
}

/* The channel's own title and language (not those of image or textInput). */
static void channel_fields(struct feed *f, xmlNode *channel)
{
	xmlNode *title = xml_child(channel, NS_NONE, "title");
	xmlNode *lang = xml_child(channel, NS_NONE, "language");

	if (!title)
		title = xml_child(channel, NS_DC, "title");
	if (title && !f->title)
		set_title_of(&f->title, title);
	if (!lang)
		lang = xml_child(channel, NS_DC, "language");
	if (lang && !f->language)
		f->language = xml_text_trimmed(lang);
	if (!f->language)
		f->language = xml_lang(channel);
}

/*
 * Every <item> below parent, in document order, nested ones included:
 * recovering from ill-formed XML can leave items inside other elements.
 */
static void find_items(struct feed *f, xmlNode *parent, int depth)
{
	if (depth > 256)
		return;
	for (xmlNode *c = parent->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xml_ns(c) == NS_NONE && !strcmp(xml_name(c), "item"))
			add_item(f, c);
		find_items(f, c, depth + 1);
	}
}

int rss_parse(xmlNode *root, struct feed *f)
{
	xmlNode *channel = xml_child(root, NS_NONE, "channel");

	f->format = strcmp(xml_name(root), "RDF") ? "rss" : "rdf";
	if (!channel && !strcmp(xml_name(root), "channel"))
		channel = root;
	if (channel)
		channel_fields(f, channel);
	if (!f->language)
		f->language = xml_lang(root);
	find_items(f, root, 0);
	return 0;
}
