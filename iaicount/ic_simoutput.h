/* ic_simoutput.h: iaicount's results with --cache-sim=yes. */
#ifndef IC_SIMOUTPUT_H
#define IC_SIMOUTPUT_H

#include "pub_tool_basics.h"
#include "ic_settings.h"

/* As ic_output_write, from bg_sim's counters: Ir, Dr, Dw, the miss events
   and iai's metrics, in total, per function and per region. */
void ic_simoutput_write(const IcSettings* s, const HChar* partial_reason,
                        const HChar* suffix, Bool print_summary);

#endif
