/* bg_simxml.h: the profile XML of simulation results (bg_simresults.h),
   shared by the tools that simulate caches: the geometry as <option>s,
   the metrics (the events shown, then with cache simulation iai's
   metrics), and the summary or a region with each function's costs. */
#ifndef BG_SIMXML_H
#define BG_SIMXML_H

#include "pub_tool_basics.h"
#include "bg_iaimetrics.h"
#include "bg_simresults.h"
#include "bg_xml.h"

#define BG_SIMXML_MAX_METRICS (BG_EV_N + BG_IAI_N)

/* The names of the metrics written for R into NAMES (room for
   BG_SIMXML_MAX_METRICS); returns their number. */
UInt bg_simxml_metrics(const BgSimResults* r, Bool cache_sim,
                       const HChar** names);
/* <option name="I1|D1|LL" value="size,assoc,line"/> */
void bg_simxml_geometry(BgXml* x);
/* <summary> (REGION_NAME NULL) or <region>, with its functions, most Ir
   first; ORDER has room for r->n_fns ids. */
void bg_simxml_costs(BgXml* x, const BgSimResults* r, const BgSimCosts* c,
                     Bool cache_sim, const HChar* region_name, UInt* order);

#endif
