/* ct_cgfile.h: cachetrace's results in cachegrind 3.19's text format
   (--cachegrind-out-file), for cg_annotate, cg_diff and kcachegrind. */
#ifndef CT_CGFILE_H
#define CT_CGFILE_H

#include "pub_tool_basics.h"
#include "ct_output.h"
#include "bg_simresults.h"

Bool ct_cgfile_write(const CtSettings* s, const BgSimResults* r,
                     const HChar* suffix);

#endif
