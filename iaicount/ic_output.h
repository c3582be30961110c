/* ic_output.h: iaicount's results: the XML profile and the stderr summary. */
#ifndef IC_OUTPUT_H
#define IC_OUTPUT_H

#include "pub_tool_basics.h"
#include "ic_settings.h"

/* Aggregates the counters and writes them; PARTIAL_REASON is NULL for a
   complete run, or says why the file covers part of the process only
   (then SUFFIX is appended to the file name). */
void ic_output_write(const IcSettings* s, const HChar* partial_reason,
                     const HChar* suffix, Bool print_summary);

#endif
