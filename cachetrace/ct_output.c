/* ct_output.c: the end of a cachetrace run: folds the counters into
   results, writes the XML profile and the cachegrind-format file, and
   prints the summary on stderr in cachegrind's layout.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcprint.h"
#include "bg_iaimetrics.h"
#include "bg_names.h"
#include "bg_regions.h"
#include "ct_cgfile.h"
#include "ct_output.h"
#include "bg_simresults.h"
#include "ct_xml.h"

static void print_rate(const HChar* label, ULong part, ULong whole)
{
   ULong tenths = whole ? (part * 1000 + whole / 2) / whole : 0;
   VG_(umsg)("%s %6llu.%llu%%\n", label, tenths / 10, tenths % 10);
}

static void print_pair(const HChar* label, ULong rd, ULong wr)
{
   VG_(umsg)("%s %'14llu  (%'12llu rd   + %'12llu wr)\n", label, rd + wr,
             rd, wr);
}

static void print_cache_summary(const ULong* t)
{
   VG_(umsg)("I   refs:     %'14llu\n", t[BG_EV_Ir]);
   VG_(umsg)("I1  misses:   %'14llu\n", t[BG_EV_I1mr]);
   VG_(umsg)("LLi misses:   %'14llu\n", t[BG_EV_ILmr]);
   print_rate("I1  miss rate:", t[BG_EV_I1mr], t[BG_EV_Ir]);
   print_rate("LLi miss rate:", t[BG_EV_ILmr], t[BG_EV_Ir]);
   VG_(umsg)("\n");
   print_pair("D   refs:    ", t[BG_EV_Dr], t[BG_EV_Dw]);
   print_pair("D1  misses:  ", t[BG_EV_D1mr], t[BG_EV_D1mw]);
   print_pair("LLd misses:  ", t[BG_EV_DLmr], t[BG_EV_DLmw]);
   print_rate("D1  miss rate:", t[BG_EV_D1mr] + t[BG_EV_D1mw],
              t[BG_EV_Dr] + t[BG_EV_Dw]);
   print_rate("LLd miss rate:", t[BG_EV_DLmr] + t[BG_EV_DLmw],
              t[BG_EV_Dr] + t[BG_EV_Dw]);
   VG_(umsg)("\n");
   print_pair("LL refs:     ", t[BG_EV_I1mr] + t[BG_EV_D1mr], t[BG_EV_D1mw]);
   print_pair("LL misses:   ", t[BG_EV_ILmr] + t[BG_EV_DLmr], t[BG_EV_DLmw]);
}

static void print_summary(const CtSettings* s, const BgSimResults* r)
{
   const ULong* t = r->summary.total;
   UInt reg;
   HChar name[512];
   VG_(umsg)("\n");
   if (s->cache_sim) {
      print_cache_summary(t);
   } else {
      VG_(umsg)("I   refs:     %'14llu\n", t[BG_EV_Ir]);
      print_pair("D   refs:    ", t[BG_EV_Dr], t[BG_EV_Dw]);
   }
   if (s->branch_sim) {
      VG_(umsg)("\n");
      VG_(umsg)("Branches:     %'14llu  (%'12llu cond + %'12llu ind)\n",
                t[BG_EV_Bc] + t[BG_EV_Bi], t[BG_EV_Bc], t[BG_EV_Bi]);
      VG_(umsg)("Mispredicts:  %'14llu  (%'12llu cond + %'12llu ind)\n",
                t[BG_EV_Bcm] + t[BG_EV_Bim], t[BG_EV_Bcm], t[BG_EV_Bim]);
   }
   for (reg = 0; reg < r->n_regions; reg++) {
      const ULong* rt = r->regions[reg].total;
      if (s->cache_sim) {
         ULong iai[BG_IAI_N];
         bg_iai_metrics(rt, iai);
         VG_(umsg)("  region %s: Ir %'llu, EstimatedCycles %'llu\n",
                   bg_name_for_terminal(name, sizeof name,
                                        bg_region_name(reg)),
                   rt[BG_EV_Ir],
                   iai[BG_IAI_EstimatedCycles]);
      } else {
         VG_(umsg)("  region %s: Ir %'llu\n",
                   bg_name_for_terminal(name, sizeof name,
                                        bg_region_name(reg)),
                   rt[BG_EV_Ir]);
      }
   }
}

void ct_output_write(const CtSettings* s, const HChar* partial_reason,
                     const HChar* suffix, Bool print)
{
   BgSimResults r;
   BgSimResultsSpec spec;
   spec.cache_sim = s->cache_sim;
   spec.branch_sim = s->branch_sim;
   spec.toggles = s->toggles;
   spec.n_toggles = s->n_toggles;
   bg_simresults_compute(&r, &spec);
   ct_xml_write(s, &r, partial_reason, suffix);
   ct_cgfile_write(s, &r, suffix);
   if (print)
      print_summary(s, &r);
   bg_simresults_free(&r);
}
