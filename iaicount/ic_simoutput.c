/* ic_simoutput.c: iaicount's XML profile and stderr summary when it
   simulates the caches (--cache-sim=yes): bg_sim's results written with
   the shared bg_simxml, under iaicount's name and options.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "bg_cglabels.h"
#include "bg_iaimetrics.h"
#include "bg_names.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_simresults.h"
#include "bg_simxml.h"
#include "bg_xml.h"
#include "ic_simoutput.h"

static void write_xml(const HChar* pattern, Bool collect_atstart,
                      const HChar* partial_reason, const HChar* suffix,
                      const BgSimResults* r)
{
   UInt reg, n_metrics;
   UInt* order;
   const HChar* metrics[BG_SIMXML_MAX_METRICS];
   BgXml* x;
   BgOut* out = bg_out_open("--iaicount-out-file", pattern, suffix);
   if (out == NULL)
      return;
   order = VG_(malloc)("ic.sim.order", (r->n_fns ? r->n_fns : 1) * sizeof(UInt));
   x = VG_(malloc)("ic.sim.xml", sizeof *x);
   n_metrics = bg_simxml_metrics(r, True, metrics);
   bg_xml_begin(x, out, "iaicount", metrics, n_metrics, 0);
   if (partial_reason)
      bg_xml_partial(x, partial_reason);
   bg_xml_option(x, "collect-atstart", collect_atstart ? "yes" : "no");
   bg_xml_option(x, "cache-sim", "yes");
   bg_simxml_geometry(x);
   bg_simxml_costs(x, r, &r->summary, True, NULL, order);
   for (reg = 0; reg < r->n_regions; reg++)
      bg_simxml_costs(x, r, &r->regions[reg], True, bg_region_name(reg),
                      order);
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

void ic_simoutput_write(const HChar* out_pattern, Bool collect_atstart,
                          const HChar* partial_reason, const HChar* suffix,
                          Bool print)
{
   BgSimResults r;
   BgSimResultsSpec spec = { True, False, NULL, 0 };
   bg_simresults_compute(&r, &spec);
   write_xml(out_pattern, collect_atstart, partial_reason, suffix, &r);
   if (print)
      print_summary(&r);
   bg_simresults_free(&r);
}
