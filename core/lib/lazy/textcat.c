/*
 * textcat.c - libexttextcat, loaded on the first call into it (see
 * lazy.h): the language detection of crier/language.h.  Commands that
 * never detect a language (summarize with the language given or not
 * needed, normalize, --version) do not map it.
 */
#include <stddef.h>
#include <textcat.h>

#include "build-config.h"
#include "lazy.h"

LAZY_LIBRARY(textcat_lib, TEXTCAT_SONAME);

LAZY_FN(textcat_lib, void *, special_textcat_Init,
	(const char *conffile, const char *prefix), (conffile, prefix))
LAZY_FN(textcat_lib, candidate_t *, textcat_GetClassifyFullOutput,
	(void *handle), (handle))
LAZY_FN(textcat_lib, int, textcat_ClassifyFull,
	(void *handle, const char *buffer, size_t size, candidate_t *candidates),
	(handle, buffer, size, candidates))
