/* ic_simoutput.c: iaicount's XML profile and stderr summary when it
   simulates the caches (--cache-sim=yes): bg_sim's results written with
   the shared bg_simxml, under iaicount's name and options.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "bg_cgfile.h"
#include "bg_cgresults.h"
#include "bg_cgxml.h"
#include "bg_cglabels.h"
#include "bg_iaimetrics.h"
#include "bg_names.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_simresults.h"
#include "bg_simxml.h"
#include "bg_toggle.h"
#include "bg_xml.h"
#include "ic_simoutput.h"

static void write_xml(const IcSettings* s, const HChar* partial_reason,
                      const HChar* suffix, const BgSimResults* r)
{
   UInt reg, n_metrics;
   UInt* order;
   const HChar* metrics[BG_SIMXML_MAX_METRICS];
   BgCgXmlLayout layout;
   BgCgResults cg;
   BgXml* x;
   BgOut* out = bg_out_open("--iaicount-out-file", s->out_file, suffix);
   if (out == NULL)
      return;
   order = VG_(malloc)("ic.sim.order", (r->n_fns ? r->n_fns : 1) * sizeof(UInt));
   x = VG_(malloc)("ic.sim.xml", sizeof *x);
   n_metrics = bg_simxml_metrics(r, True, metrics);
   if (s->call_graph)
      n_metrics = bg_simxml_incl_metrics(r, n_metrics, metrics, &layout);
   bg_xml_begin(x, out, "iaicount", metrics, n_metrics, 0);
   if (partial_reason)
      bg_xml_partial(x, partial_reason);
   bg_xml_option(x, "collect-atstart", s->collect_atstart ? "yes" : "no");
   bg_xml_option(x, "cache-sim", "yes");
   bg_simxml_geometry(x);
   bg_toggle_xml_options(x);
   bg_cgxml_options(x);
   if (s->call_graph) {
      bg_cgxml_frames(x);
      bg_cgresults_summary(&cg);
   }
   bg_simxml_costs_cg(x, r, &r->summary, True, NULL, order,
                      s->call_graph ? &cg : NULL, &layout);
   if (s->call_graph)
      bg_cgresults_free(&cg);
   for (reg = 0; reg < r->n_regions; reg++) {
      if (s->call_graph)
         bg_cgresults_region(&cg, reg);
      bg_simxml_costs_cg(x, r, &r->regions[reg], True, bg_region_name(reg),
                         order, s->call_graph ? &cg : NULL, &layout);
      if (s->call_graph)
         bg_cgresults_free(&cg);
   }
   bg_xml_end(x);
   VG_(free)(x);
   VG_(free)(order);
   bg_out_commit(out);
}

static void print_summary(const BgSimResults* r)
{
   UInt reg;
   ULong iai[BG_IAI_N];
   HChar name[512];
   bg_iai_metrics(r->summary.total, iai);
   VG_(umsg)(BG_CG_I_REFS "      %'llu\n", r->summary.total[BG_EV_Ir]);
   VG_(umsg)("Estimated cycles: %'llu\n", iai[BG_IAI_EstimatedCycles]);
   for (reg = 0; reg < r->n_regions; reg++) {
      bg_iai_metrics(r->regions[reg].total, iai);
      VG_(umsg)("  region %s: %'llu (EstimatedCycles %'llu)\n",
                bg_name_for_terminal(name, sizeof name, bg_region_name(reg)),
                r->regions[reg].total[BG_EV_Ir],
                iai[BG_IAI_EstimatedCycles]);
   }
}

/* The call graph's files: the summary's results, with bg_sim's events
   per line. */
static void write_call_graph_files(const IcSettings* s, const HChar* suffix,
                                   const BgSimResults* sim)
{
   const HChar* names[BG_EV_N];
   UInt columns[BG_EV_N], e;
   BgCgResults r;
   BgCgFileSpec spec;
   if (s->callgrind_out_file == NULL && s->folded_out_file == NULL)
      return;
   for (e = 0; e < sim->n_events; e++) {
      columns[e] = sim->events[e];
      names[e] = bg_event_names[sim->events[e]];
   }
   bg_cgresults_summary(&r);
   spec.creator = "iaicount";
   spec.n_columns = sim->n_events;
   spec.columns = columns;
   spec.names = names;
   spec.per_line = sim->per_line;
   spec.stride = BG_EV_N;
   spec.n_lines = sim->n_lines;
   spec.results = &r;
   bg_cgfiles_write(s->callgrind_out_file, s->folded_out_file, suffix,
                    &spec);
   bg_cgresults_free(&r);
}

void ic_simoutput_write(const IcSettings* s, const HChar* partial_reason,
                        const HChar* suffix, Bool print)
{
   BgSimResults r;
   BgSimResultsSpec spec = { True, False };
   bg_simresults_compute(&r, &spec);
   write_xml(s, partial_reason, suffix, &r);
   write_call_graph_files(s, suffix, &r);
   if (print)
      print_summary(&r);
   bg_simresults_free(&r);
}
