/* bg_iaimetrics.c: the derivation of iai's metrics (bg_iaimetrics.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "bg_iaimetrics.h"

const HChar* const bg_iai_metric_names[BG_IAI_N] = {
   "L1hits", "LLhits", "RAMhits", "TotalRW", "EstimatedCycles"
};

void bg_iai_metrics(const ULong* ev, ULong* out)
{
   ULong ram = ev[BG_EV_ILmr] + ev[BG_EV_DLmr] + ev[BG_EV_DLmw];
   ULong l1_misses = ev[BG_EV_I1mr] + ev[BG_EV_D1mr] + ev[BG_EV_D1mw];
   ULong ll = l1_misses - ram;
   ULong total = ev[BG_EV_Ir] + ev[BG_EV_Dr] + ev[BG_EV_Dw];
   ULong l1 = total - ll - ram;
   out[BG_IAI_L1hits] = l1;
   out[BG_IAI_LLhits] = ll;
   out[BG_IAI_RAMhits] = ram;
   out[BG_IAI_TotalRW] = total;
   out[BG_IAI_EstimatedCycles] = l1 + 5 * ll + 35 * ram;
}
