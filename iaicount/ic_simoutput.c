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
#include "bg_iaimetrics.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_simresults.h"
#include "bg_simxml.h"
#include "bg_xml.h"
#include "ic_simoutput.h"

static void write_xml(const IcSettings* s, const HChar* partial_reason,
                      const HChar* suffix, const BgSimResults* r)
{
   UInt reg;
   UInt* order;
   BgOut* out = bg_out_open("--iaicount-out-file", s->out_file, suffix);
   if (out == NULL)
      return;
   order = VG_(malloc)("ic.sim.order", (r->n_fns ? r->n_fns : 1) * sizeof(UInt));
   bg_xml_begin_profile(out, "iaicount");
   if (partial_reason)
      bg_xml_partial(out, partial_reason);
   bg_xml_option(out, "collect-atstart", s->collect_atstart ? "yes" : "no");
   bg_xml_option(out, "cache-sim", "yes");
   bg_simxml_geometry(out);
   bg_xml_begin_summary(out);
   bg_simxml_costs(out, r, &r->summary, True, order);
   bg_xml_end_costs(out, True);
   for (reg = 0; reg < r->n_regions; reg++) {
      bg_xml_begin_region(out, bg_region_name(reg));
      bg_simxml_costs(out, r, &r->regions[reg], True, order);
      bg_xml_end_costs(out, False);
   }
   bg_xml_end_profile(out);
   VG_(free)(order);
   bg_out_commit(out);
}

static void print_summary(const BgSimResults* r)
{
   UInt reg;
   ULong iai[BG_IAI_N];
   bg_iai_metrics(r->summary.total, iai);
   VG_(umsg)("I   refs:      %'llu\n", r->summary.total[BG_EV_Ir]);
   VG_(umsg)("Estimated cycles: %'llu\n", iai[BG_IAI_EstimatedCycles]);
   for (reg = 0; reg < r->n_regions; reg++) {
      bg_iai_metrics(r->regions[reg].total, iai);
      VG_(umsg)("  region %s: %'llu (EstimatedCycles %'llu)\n",
                bg_region_name(reg), r->regions[reg].total[BG_EV_Ir],
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
   if (s->callgrind_out_file != NULL)
      bg_cgfile_write("--callgrind-out-file", s->callgrind_out_file, suffix,
                      &spec);
   if (s->folded_out_file != NULL)
      bg_cgfolded_write("--folded-out-file", s->folded_out_file, suffix,
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
