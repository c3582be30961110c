/* bg_simxml.h: the profile XML of simulation results (bg_simresults.h),
   shared by the tools that simulate caches: the geometry as <option>s,
   and for the summary or a region the event totals, iai's metrics and
   each function's events. */
#ifndef BG_SIMXML_H
#define BG_SIMXML_H

#include "pub_tool_basics.h"
#include "bg_outfile.h"
#include "bg_simresults.h"

/* <option name="I1|D1|LL" value="size,assoc,line"/> */
void bg_simxml_geometry(BgOut* out);
/* Totals (+ iai metrics with cache simulation) and functions, most Ir
   first; ORDER has room for r->n_fns ids. */
void bg_simxml_costs(BgOut* out, const BgSimResults* r, const BgSimCosts* c,
                     Bool cache_sim, UInt* order);

#endif
