/* ct_results.h: cachetrace's counters folded into events per source
   line (for the cachegrind file), per function, per region and in
   total, honouring --toggle-collect. */
#ifndef CT_RESULTS_H
#define CT_RESULTS_H

#include "pub_tool_basics.h"
#include "bg_sim.h"
#include "ct_output.h"

typedef struct {
   ULong  total[BG_EV_N];
   ULong* per_fn;          /* n_fns * BG_EV_N */
} CtCosts;

typedef struct {
   UInt     n_fns, n_lines, n_regions;
   ULong*   per_line;      /* summary, n_lines * BG_EV_N */
   CtCosts  summary;
   CtCosts* regions;       /* n_regions */
   /* the events shown, in cachegrind's order */
   BgEvent  events[BG_EV_N];
   UInt     n_events;
} CtResults;

void ct_results_compute(CtResults* r, const CtSettings* s);
void ct_results_free(CtResults* r);

#endif
