/*
 * libxml2.c - libxml2, loaded on the first call into it (see lazy.h):
 * every libxml2 function libcrier or crier calls.  libxml2 brings ICU
 * and libstdc++ with it, which cost more to map than "crier summarize"
 * spends on an article.  A function newly called from crier's code
 * (not a plugin's) needs its line here, or the link fails.
 */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include "build-config.h"
#include "lazy.h"

LAZY_LIBRARY(xml_lib, LIBXML2_SONAME);

/* ---- HTML parser ---- */
LAZY_FN(xml_lib, htmlParserCtxtPtr, htmlCreateMemoryParserCtxt,
	(const char *buffer, int size), (buffer, size))
LAZY_FN(xml_lib, int, htmlCtxtUseOptions, (htmlParserCtxtPtr ctxt, int options),
	(ctxt, options))
LAZY_FN(xml_lib, int, htmlParseDocument, (htmlParserCtxtPtr ctxt), (ctxt))
LAZY_VOID(xml_lib, htmlFreeParserCtxt, (htmlParserCtxtPtr ctxt), (ctxt))
LAZY_FN(xml_lib, htmlDocPtr, htmlReadMemory,
	(const char *buffer, int size, const char *URL, const char *encoding,
	 int options), (buffer, size, URL, encoding, options))
LAZY_FN(xml_lib, int, htmlAutoCloseTag,
	(htmlDocPtr doc, const xmlChar *name, htmlNodePtr elem),
	(doc, name, elem))
LAZY_FN(xml_lib, const htmlEntityDesc *, htmlEntityLookup, (const xmlChar *name),
	(name))
LAZY_FN(xml_lib, const htmlElemDesc *, htmlTagLookup, (const xmlChar *tag), (tag))

/* ---- XML parser, errors, encodings ---- */
LAZY_FN(xml_lib, xmlParserCtxtPtr, xmlNewParserCtxt, (void), ())
LAZY_VOID(xml_lib, xmlFreeParserCtxt, (xmlParserCtxtPtr ctxt), (ctxt))
LAZY_FN(xml_lib, xmlDocPtr, xmlReadMemory,
	(const char *buffer, int size, const char *URL, const char *encoding,
	 int options), (buffer, size, URL, encoding, options))
LAZY_FN(xml_lib, xmlDocPtr, xmlCtxtReadMemory,
	(xmlParserCtxtPtr ctxt, const char *buffer, int size, const char *URL,
	 const char *encoding, int options),
	(ctxt, buffer, size, URL, encoding, options))
LAZY_FN(xml_lib, xmlErrorPtr, xmlCtxtGetLastError, (void *ctx), (ctx))
LAZY_VOID(xml_lib, xmlSetStructuredErrorFunc,
	  (void *ctx, xmlStructuredErrorFunc handler), (ctx, handler))
/* What the xmlStructuredError(Context) macros read. */
LAZY_FN(xml_lib, xmlStructuredErrorFunc *, __xmlStructuredError, (void), ())
LAZY_FN(xml_lib, void **, __xmlStructuredErrorContext, (void), ())
LAZY_FN(xml_lib, xmlCharEncodingHandlerPtr, xmlFindCharEncodingHandler,
	(const char *name), (name))
LAZY_FN(xml_lib, int, xmlSwitchToEncoding,
	(xmlParserCtxtPtr ctxt, xmlCharEncodingHandlerPtr handler),
	(ctxt, handler))
LAZY_FN(xml_lib, int, xmlCopyCharMultiByte, (xmlChar *out, int val), (out, val))
LAZY_FN(xml_lib, int, xmlStrcasecmp, (const xmlChar *str1, const xmlChar *str2),
	(str1, str2))
LAZY_FN(xml_lib, xmlChar *, xmlBuildURI, (const xmlChar *URI, const xmlChar *base),
	(URI, base))

/* ---- the tree ---- */
LAZY_VOID(xml_lib, xmlFreeDoc, (xmlDocPtr cur), (cur))
LAZY_FN(xml_lib, xmlNodePtr, xmlDocGetRootElement, (const xmlDoc *doc), (doc))
LAZY_FN(xml_lib, xmlNodePtr, xmlNewDocNode,
	(xmlDocPtr doc, xmlNsPtr ns, const xmlChar *name,
	 const xmlChar *content), (doc, ns, name, content))
LAZY_FN(xml_lib, xmlNodePtr, xmlAddChild, (xmlNodePtr parent, xmlNodePtr cur),
	(parent, cur))
LAZY_FN(xml_lib, xmlNodePtr, xmlAddNextSibling, (xmlNodePtr cur, xmlNodePtr elem),
	(cur, elem))
LAZY_FN(xml_lib, xmlNodePtr, xmlAddPrevSibling, (xmlNodePtr cur, xmlNodePtr elem),
	(cur, elem))
LAZY_VOID(xml_lib, xmlUnlinkNode, (xmlNodePtr cur), (cur))
LAZY_FN(xml_lib, xmlChar *, xmlGetProp, (const xmlNode *node, const xmlChar *name),
	(node, name))
LAZY_FN(xml_lib, xmlChar *, xmlNodeGetBase, (const xmlDoc *doc, const xmlNode *cur),
	(doc, cur))
LAZY_FN(xml_lib, xmlChar *, xmlNodeGetContent, (const xmlNode *cur), (cur))
LAZY_FN(xml_lib, xmlChar *, xmlNodeGetLang, (const xmlNode *cur), (cur))
LAZY_FN(xml_lib, int, xmlNodeDump,
	(xmlBufferPtr buf, xmlDocPtr doc, xmlNodePtr cur, int level,
	 int format), (buf, doc, cur, level, format))
LAZY_FN(xml_lib, xmlBufferPtr, xmlBufferCreate, (void), ())
LAZY_VOID(xml_lib, xmlBufferFree, (xmlBufferPtr buf), (buf))
LAZY_FN(xml_lib, const xmlChar *, xmlBufferContent, (const xmlBuffer *buf), (buf))
LAZY_FN(xml_lib, int, xmlBufferLength, (const xmlBuffer *buf), (buf))

/* ---- the writer ---- */
LAZY_FN(xml_lib, xmlTextWriterPtr, xmlNewTextWriterMemory,
	(xmlBufferPtr buf, int compression), (buf, compression))
LAZY_VOID(xml_lib, xmlFreeTextWriter, (xmlTextWriterPtr writer), (writer))
LAZY_FN(xml_lib, int, xmlTextWriterSetIndent, (xmlTextWriterPtr writer, int indent),
	(writer, indent))
LAZY_FN(xml_lib, int, xmlTextWriterSetIndentString,
	(xmlTextWriterPtr writer, const xmlChar *str), (writer, str))
LAZY_FN(xml_lib, int, xmlTextWriterStartDocument,
	(xmlTextWriterPtr writer, const char *version, const char *encoding,
	 const char *standalone), (writer, version, encoding, standalone))
LAZY_FN(xml_lib, int, xmlTextWriterEndDocument, (xmlTextWriterPtr writer), (writer))
LAZY_FN(xml_lib, int, xmlTextWriterStartElement,
	(xmlTextWriterPtr writer, const xmlChar *name), (writer, name))
LAZY_FN(xml_lib, int, xmlTextWriterEndElement, (xmlTextWriterPtr writer), (writer))
LAZY_FN(xml_lib, int, xmlTextWriterWriteAttribute,
	(xmlTextWriterPtr writer, const xmlChar *name, const xmlChar *content),
	(writer, name, content))
LAZY_FN(xml_lib, int, xmlTextWriterWriteElement,
	(xmlTextWriterPtr writer, const xmlChar *name, const xmlChar *content),
	(writer, name, content))
LAZY_FN(xml_lib, int, xmlTextWriterWriteString,
	(xmlTextWriterPtr writer, const xmlChar *content), (writer, content))

/*
 * xmlFree is a variable (libxml2's deallocator); this one calls the one
 * libxml2 has, so that strings it allocated go back to its allocator.
 */
static void free_forward(void *mem)
{
	static void *_Atomic cache;
	xmlFreeFunc *real = lazy_sym(&xml_lib, "xmlFree", &cache);

	(*real)(mem);
}

xmlFreeFunc xmlFree = free_forward;
