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

static void write_options(BgOut* out, const CtSettings* s)
{
   Int t;
   bg_xml_option(out, "cache-sim", s->cache_sim ? "yes" : "no");
   bg_xml_option(out, "branch-sim", s->branch_sim ? "yes" : "no");
   bg_simxml_geometry(out);
   bg_xml_option(out, "collect-atstart", s->collect_atstart ? "yes" : "no");
   for (t = 0; t < bg_toggle_n_patterns(); t++)
      bg_xml_option(out, "toggle-collect", bg_toggle_pattern(t));
}

Bool ct_xml_write(const CtSettings* s, const BgSimResults* r,
                  const HChar* partial_reason, const HChar* suffix)
{
   UInt reg;
   UInt* order;
   BgOut* out = bg_out_open("--cachetrace-out-file", s->out_file, suffix);
   if (out == NULL)
      return False;
   order = VG_(malloc)("ct.xml.order", (r->n_fns ? r->n_fns : 1) * sizeof(UInt));
   bg_xml_begin_profile(out, "cachetrace");
   if (partial_reason)
      bg_xml_partial(out, partial_reason);
   write_options(out, s);
   bg_xml_begin_summary(out);
   bg_simxml_costs(out, r, &r->summary, s->cache_sim, order);
   bg_xml_end_costs(out, True);
   for (reg = 0; reg < r->n_regions; reg++) {
      bg_xml_begin_region(out, bg_region_name(reg));
      bg_simxml_costs(out, r, &r->regions[reg], s->cache_sim, order);
      bg_xml_end_costs(out, False);
   }
   bg_xml_end_profile(out);
   VG_(free)(order);
   return bg_out_commit(out);
}
