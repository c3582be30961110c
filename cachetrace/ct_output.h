/* ct_output.h: cachetrace's settings and its results: the XML profile,
   the optional cachegrind-format file and the stderr summary. */
#ifndef CT_OUTPUT_H
#define CT_OUTPUT_H

#include "pub_tool_basics.h"

typedef struct {
   Bool         cache_sim, branch_sim, collect_atstart;
   const HChar* out_file;
   const HChar* cg_out_file;        /* NULL: not written */
} CtSettings;

/* Aggregates the counters and writes them; PARTIAL_REASON is NULL for a
   complete run, or says why the files cover part of the process only
   (then SUFFIX is appended to their names). */
void ct_output_write(const CtSettings* s, const HChar* partial_reason,
                     const HChar* suffix, Bool print_summary);

#endif
