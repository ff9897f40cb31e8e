#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> would pull the system ICU
   headers into this module, and they clash with the ICU copy inside Foundation
   ("'UErrorCode' has different definitions in different modules"). NewsGraph never
   touches libxml2's ICU converters (it only passes xmlCharEncodingHandler pointers
   around, opaque), so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/catalog.h>
#include <libxml/xmlIO.h>
#include <libxml/HTMLparser.h>

/* xmlFree is a global function pointer, which Swift 6 treats as shared mutable state. */
static inline void newsgraph_xml_free(void *pointer) { xmlFree(pointer); }
#endif
