/* ct_xml.h: cachetrace's XML profile (docs/profile.rng). */
#ifndef CT_XML_H
#define CT_XML_H

#include "pub_tool_basics.h"
#include "ct_output.h"
#include "bg_simresults.h"

Bool ct_xml_write(const CtSettings* s, const BgSimResults* r,
                  const HChar* partial_reason, const HChar* suffix);

#endif
