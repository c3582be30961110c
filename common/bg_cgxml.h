/* bg_cgxml.h: the call graph in the profile XML (format version 2, under
   its rules: a cost is a metric attribute, inclusive costs are metrics
   named "<event>.incl"):

   - <option name="call-graph" value="yes"/>;
   - <frames>: one frame per call-graph function (id = its id + 1), at
     its first instruction;
   - in <summary> and each <region>: each <function>'s inclusive costs
     ("Ir.incl", recursion counted once) on the flat function of the
     call-graph function's first instruction (functions named by their
     address, in code without symbols, have no <function>: they are in
     the frames, calls and nodes only); <call from to calls> per edge,
     with the inclusive costs of those calls; <node id parent frame
     calls> per call-tree node, with its exclusive and inclusive
     costs.

   The metrics list of a call-graph profile has, after the tool's, one
   "<event>.incl" per event. */
#ifndef BG_CGXML_H
#define BG_CGXML_H

#include "pub_tool_basics.h"
#include "bg_callgraph.h"
#include "bg_cgresults.h"
#include "bg_xml.h"

/* Where the call graph's events go in the profile's metric values. */
typedef struct {
   UInt n_metrics;                     /* of the profile */
   UInt n_events;
   UInt event[BG_CG_MAX_EVENTS];       /* the results' event */
   UInt self_at[BG_CG_MAX_EVENTS];     /* index of its exclusive metric */
   UInt incl_at[BG_CG_MAX_EVENTS];     /* index of "<event>.incl" */
} BgCgXmlLayout;

/* <option name="call-graph" .../> when the call graph is on. */
void bg_cgxml_options(BgXml* x);
/* The frame table (call graph on), before <summary>. */
void bg_cgxml_frames(BgXml* x);
/* Adds to VALUES (a <function>'s) the inclusive costs of the call-graph
   function whose first instruction is in bg_symbols function BGFN. */
void bg_cgxml_function_incl(const BgCgResults* r, const BgCgXmlLayout* l,
                            UInt bgfn, ULong* values);
/* After the <function>s of a summary or region: the <call>s and the
   <node>s of R. */
void bg_cgxml_costs(BgXml* x, const BgCgResults* r, const BgCgXmlLayout* l);

#endif
