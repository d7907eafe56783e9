/*
 * charset.c - which character set a name given by a server, an XML
 * declaration or a <meta> tag means, for feeds and pages alike.
 */
#include <stddef.h>
#include <strings.h>

#include "charset.h"

/*
 * The labels of ISO-8859-1 and US-ASCII that the WHATWG Encoding
 * Standard (as browsers do) reads as windows-1252, and windows-1252's own.
 */
static const char *const latin1_names[] = {
	"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
	"us-ascii", "ascii", "cp819", "ibm819", "iso-ir-100", "csisolatin1",
	"ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252", NULL
};

int crier_charset_is_latin1(const char *name)
{
	for (const char *const *p = latin1_names; *p; p++)
		if (!strcasecmp(name, *p))
			return 1;
	return 0;
}

int crier_charset_is_utf8(const char *name)
{
	return !strcasecmp(name, "utf-8") || !strcasecmp(name, "utf8");
}
