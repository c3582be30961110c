/* bg_simresults.h: bg_sim's counters folded into events per source line
   (for a cachegrind-format file), per function, per region and in total.
   The summary and each region list only the functions with a cost, so
   that many regions cost little. */
#ifndef BG_SIMRESULTS_H
#define BG_SIMRESULTS_H

#include "pub_tool_basics.h"
#include "bg_sim.h"

typedef struct {
   ULong  total[BG_EV_N];
   UInt   n_fns;           /* functions with a cost */
   UInt*  fns;             /* their ids, ascending */
   ULong* per_fn;          /* n_fns rows of BG_EV_N: row i is fns[i]'s */
} BgSimCosts;

typedef struct {
   UInt     n_fns, n_lines, n_regions;   /* of the run (bg_symbols) */
   ULong*   per_line;      /* summary, n_lines * BG_EV_N */
   BgSimCosts  summary;
   BgSimCosts* regions;       /* n_regions */
   /* the events shown, in cachegrind's order */
   BgEvent  events[BG_EV_N];
   UInt     n_events;
} BgSimResults;

typedef struct {
   Bool cache_sim, branch_sim;
} BgSimResultsSpec;

void bg_simresults_compute(BgSimResults* r, const BgSimResultsSpec* s);
void bg_simresults_free(BgSimResults* r);
/* Whether a row of BG_EV_N event counts holds any cost. */
Bool bg_simresults_has_cost(const ULong* ev);

#endif
