/* ct_xml.c: writes cachetrace's results as profile XML: the settings
   that shape the numbers, then the summary and each region
   (bg_simxml.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_simxml.h"
#include "bg_toggle.h"
#include "bg_xml.h"
#include "ct_xml.h"

static void write_options(BgXml* x, const CtSettings* s)
{
   bg_xml_option(x, "cache-sim", s->cache_sim ? "yes" : "no");
   bg_xml_option(x, "branch-sim", s->branch_sim ? "yes" : "no");
   bg_simxml_geometry(x);
   bg_xml_option(x, "collect-atstart", s->collect_atstart ? "yes" : "no");
   bg_toggle_xml_options(x);
}

Bool ct_xml_write(const CtSettings* s, const BgSimResults* r,
                  const HChar* partial_reason, const HChar* suffix)
{
   UInt reg, n_metrics;
   UInt* order;
   const HChar* metrics[BG_SIMXML_MAX_METRICS];
   BgXml* x;
   BgOut* out = bg_out_open("--cachetrace-out-file", s->out_file, suffix);
   if (out == NULL)
      return False;
   order = VG_(malloc)("ct.xml.order", (r->n_fns ? r->n_fns : 1) * sizeof(UInt));
   x = VG_(malloc)("ct.xml", sizeof *x);
   n_metrics = bg_simxml_metrics(r, s->cache_sim, metrics);
   bg_xml_begin(x, out, "cachetrace", metrics, n_metrics, 0);
   if (partial_reason)
      bg_xml_partial(x, partial_reason);
   write_options(x, s);
   bg_simxml_costs(x, r, &r->summary, s->cache_sim, NULL, order);
   for (reg = 0; reg < r->n_regions; reg++)
      bg_simxml_costs(x, r, &r->regions[reg], s->cache_sim,
                      bg_region_name(reg), order);
   bg_xml_end(x);
   VG_(free)(x);
   VG_(free)(order);
   return bg_out_commit(out);
}
