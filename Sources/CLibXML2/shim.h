#ifndef SITEGEN_CLIBXML2_SHIM_H
#define SITEGEN_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU; its <unicode/...> headers clash with Foundation's ICU module. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

/* xmlFree is a global function pointer; Swift cannot call it directly. */
static inline void sitegen_xml_free(void *p) { xmlFree(p); }
#endif
