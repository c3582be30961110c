/* bg_iaimetrics.h: iai's metrics derived from cachegrind's events
   (L1hits, LLhits, RAMhits, TotalRW, EstimatedCycles), shared by the
   tools that simulate caches. */
#ifndef BG_IAIMETRICS_H
#define BG_IAIMETRICS_H

#include "pub_tool_basics.h"
#include "bg_sim.h"

typedef enum {
   BG_IAI_L1hits, BG_IAI_LLhits, BG_IAI_RAMhits, BG_IAI_TotalRW,
   BG_IAI_EstimatedCycles, BG_IAI_N
} BgIaiMetric;

extern const HChar* const bg_iai_metric_names[BG_IAI_N];

/* From EV (BG_EV_N events) into OUT (BG_IAI_N metrics):
     RAMhits = ILmr + DLmr + DLmw
     LLhits  = I1mr + D1mr + D1mw - RAMhits
     TotalRW = Ir + Dr + Dw
     L1hits  = TotalRW - LLhits - RAMhits
     EstimatedCycles = L1hits + 5 LLhits + 35 RAMhits */
void bg_iai_metrics(const ULong* ev, ULong* out);

#endif
