/*
 * extract_node.c - what the extractor's scorer and renderer both ask of
 * a libxml2 element: its tag's properties (the TF_* table), its
 * attributes, the next node in document order and its raw text.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <crier/plugin.h>
#include <crier/text.h>
#include "extract_int.h"

struct tag_info {
	const char *name;
	unsigned flags;
};

/* Sorted by name for bsearch(). */
static const struct tag_info tags[] = {
	{ "a", TF_INLINE_ONLY | TF_LINK },
	{ "address", TF_BLOCK },
	{ "article", TF_BLOCK | TF_PARA | TF_CLEAN },
	{ "aside", TF_BLOCK | TF_DROP },
	{ "audio", TF_DROP | TF_EMBED },
	{ "blockquote", TF_BLOCK | TF_PARA },
	{ "body", TF_BLOCK },
	{ "br", TF_BLOCK | TF_BR },
	{ "button", TF_DROP | TF_INPUT },
	{ "canvas", TF_DROP },
	{ "caption", TF_BLOCK },
	{ "center", TF_BLOCK | TF_PARA },
	{ "dd", TF_BLOCK },
	{ "details", TF_BLOCK },
	{ "dialog", TF_DROP },
	{ "div", TF_BLOCK | TF_PARA | TF_CLEAN },
	{ "dl", TF_BLOCK | TF_LIST | TF_CLEAN },
	{ "dt", TF_BLOCK },
	{ "embed", TF_DROP | TF_EMBED },
	{ "fieldset", TF_BLOCK | TF_CLEAN },
	{ "figcaption", TF_BLOCK | TF_DROP },
	{ "figure", TF_BLOCK | TF_DROP | TF_MEDIA },
	{ "footer", TF_BLOCK | TF_DROP },
	{ "form", TF_BLOCK | TF_CLEAN },
	{ "h1", TF_BLOCK | TF_HEADING | TF_H1 },
	{ "h2", TF_BLOCK | TF_HEADING },
	{ "h3", TF_BLOCK | TF_HEADING },
	{ "h4", TF_BLOCK | TF_HEADING },
	{ "h5", TF_BLOCK | TF_HEADING },
	{ "h6", TF_BLOCK | TF_HEADING },
	{ "head", TF_DROP },
	{ "header", TF_BLOCK | TF_CLEAN },
	{ "hr", TF_BLOCK },
	{ "html", TF_BLOCK },
	{ "iframe", TF_DROP | TF_EMBED },
	{ "img", TF_MEDIA },
	{ "input", TF_DROP | TF_INPUT },
	{ "li", TF_BLOCK | TF_LI },
	{ "link", TF_DROP },
	{ "main", TF_BLOCK | TF_PARA },
	{ "map", TF_DROP },
	{ "math", TF_DROP },
	{ "menu", TF_BLOCK | TF_DROP },
	{ "meta", TF_DROP },
	{ "nav", TF_BLOCK | TF_DROP },
	{ "noscript", TF_DROP },
	{ "object", TF_DROP | TF_EMBED },
	{ "ol", TF_BLOCK | TF_LIST | TF_CLEAN },
	{ "option", TF_DROP },
	{ "p", TF_BLOCK | TF_PARA | TF_P },
	{ "picture", TF_DROP | TF_MEDIA },
	{ "pre", TF_BLOCK | TF_PARA },
	{ "script", TF_DROP },
	{ "section", TF_BLOCK | TF_PARA | TF_CLEAN },
	{ "select", TF_DROP | TF_INPUT },
	{ "span", TF_INLINE_ONLY },
	{ "style", TF_DROP },
	{ "summary", TF_BLOCK },
	{ "svg", TF_DROP },
	{ "table", TF_BLOCK | TF_CLEAN },
	{ "tbody", TF_BLOCK },
	{ "td", TF_BLOCK | TF_PARA },
	{ "template", TF_DROP },
	{ "textarea", TF_DROP | TF_INPUT },
	{ "tfoot", TF_BLOCK },
	{ "th", TF_BLOCK },
	{ "thead", TF_BLOCK },
	{ "title", TF_DROP },
	{ "tr", TF_BLOCK },
	{ "ul", TF_BLOCK | TF_LIST | TF_CLEAN },
	{ "video", TF_DROP | TF_EMBED },
};

static int tag_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct tag_info *)elem)->name);
}

unsigned ext_tag_flags(const char *name)
{
	const struct tag_info *t;

	t = bsearch(name, tags, sizeof(tags) / sizeof(tags[0]), sizeof(tags[0]),
		    tag_cmp);
	return t ? t->flags : 0;
}

const char *ext_attr(const xmlNode *node, const char *name)
{
	for (const xmlAttr *a = node->properties; a; a = a->next) {
		if (strcasecmp((const char *)a->name, name))
			continue;
		if (a->children && a->children->type == XML_TEXT_NODE &&
		    a->children->content)
			return (const char *)a->children->content;
		return "";
	}
	return NULL;
}

xmlNode *ext_next(xmlNode *node, const xmlNode *root, int down)
{
	if (down && node->children)
		return node->children;
	while (node != root && !node->next)
		node = node->parent;
	return node == root ? NULL : node->next;
}

void ext_node_text(const xmlNode *node, struct crier_strbuf *out)
{
	struct crier_strbuf raw = CRIER_STRBUF_INIT;
	const xmlNode *n = node;

	while (n) {
		int down = n == node || (n->type == XML_ELEMENT_NODE &&
			   !(ext_tag_flags((const char *)n->name) & TF_DROP));

		if (n->type == XML_TEXT_NODE && n->content)
			crier_strbuf_adds(&raw, (const char *)n->content);
		else if (n->type == XML_ELEMENT_NODE && n->name[0] == 'b' &&
			 n->name[1] == 'r' && !n->name[2])
			crier_strbuf_addch(&raw, ' ');
		n = ext_next((xmlNode *)n, node, down);
	}
	crier_collapse_space(raw.buf, raw.len, out);
	crier_strbuf_release(&raw);
}
