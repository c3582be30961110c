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
#include "bg_cgxml.h"

#define BG_SIMXML_MAX_METRICS (BG_EV_N + BG_IAI_N + BG_EV_N)

/* The names of the metrics written for R into NAMES (room for
   BG_SIMXML_MAX_METRICS); returns their number. */
UInt bg_simxml_metrics(const BgSimResults* r, Bool cache_sim,
                       const HChar** names);
/* <option name="I1|D1|LL" value="size,assoc,line"/> */
void bg_simxml_geometry(BgXml* x);
/* With a call graph: appends to NAMES (holding N metrics) one
   "<event>.incl" per event shown, and fills L; returns the new count. */
UInt bg_simxml_incl_metrics(const BgSimResults* r, UInt n, const HChar** names,
                            BgCgXmlLayout* l);
/* <summary> (REGION_NAME NULL) or <region>, with its functions, most Ir
   first; ORDER has room for r->n_fns ids.  With call-graph results CG
   (else NULL), laid out by L, the inclusive costs too. */
void bg_simxml_costs(BgXml* x, const BgSimResults* r, const BgSimCosts* c,
                     Bool cache_sim, const HChar* region_name, UInt* order);
void bg_simxml_costs_cg(BgXml* x, const BgSimResults* r, const BgSimCosts* c,
                        Bool cache_sim, const HChar* region_name, UInt* order,
                        const BgCgResults* cg, const BgCgXmlLayout* l);

#endif
