/* ct_output.c: the end of a cachetrace run: folds the counters into
   results, writes the XML profile and the cachegrind-format file, and
   prints the summary on stderr in cachegrind's layout.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcprint.h"
#include "bg_cglabels.h"
#include "bg_iaimetrics.h"
#include "bg_names.h"
#include "bg_regions.h"
#include "ct_cgfile.h"
#include "ct_output.h"
#include "bg_simresults.h"
#include "ct_xml.h"

/* ---- The summary, line for line as cachegrind 3.19 prints it --------
   Column widths come from the largest numbers (with their thousands
   separators); rates are computed in double as cachegrind computes them,
   with its denominators, in which a zero count counts as 1.  (cachegrind
   also prints a zero branch count as 1; the counts here are the true
   ones.) */

/* Characters of N printed with thousands separators. */
static Int width_of(ULong n)
{
   Int digits = 1;
   for (; n >= 10; n /= 10)
      digits++;
   return digits + (digits - 1) / 3;
}

static ULong at_least_1(ULong n)
{
   return n ? n : 1;
}

static double percent(ULong part, ULong whole)
{
   return part * 100.0 / whole;
}

typedef struct {
   Int l1, l2, l3;            /* total, rd (cond), wr (ind) columns */
} Widths;

/* "LABEL TOTAL  (A A_NAME + B B_NAME)". */
static void print_split(const Widths* w, const HChar* label, ULong a, ULong b,
                        const HChar* a_name, const HChar* b_name)
{
   VG_(umsg)("%s %'*llu  (%'*llu %s + %'*llu %s)\n", label, w->l1, a + b,
             w->l2, a, a_name, w->l3, b, b_name);
}

/* "LABEL T% (A%     + B%SPACE)". */
static void print_rates(const Widths* w, const HChar* label, double t,
                        double a, double b, const HChar* space)
{
   VG_(umsg)("%s %*.1f%% (%*.1f%%     + %*.1f%%%s)\n", label, w->l1, t,
             w->l2, a, w->l3, b, space);
}

static void print_cache_summary(const Widths* w, const ULong* t)
{
   ULong ir = at_least_1(t[BG_EV_Ir]);
   ULong dr = t[BG_EV_Dr], dw = t[BG_EV_Dw];
   ULong d1m = t[BG_EV_D1mr] + t[BG_EV_D1mw];
   ULong dlm = t[BG_EV_DLmr] + t[BG_EV_DLmw];
   ULong ll_r = t[BG_EV_I1mr] + t[BG_EV_D1mr], ll_w = t[BG_EV_D1mw];
   ULong llm_r = t[BG_EV_ILmr] + t[BG_EV_DLmr], llm_w = t[BG_EV_DLmw];

   VG_(umsg)("I1  misses:    %'*llu\n", w->l1, t[BG_EV_I1mr]);
   VG_(umsg)("LLi misses:    %'*llu\n", w->l1, t[BG_EV_ILmr]);
   VG_(umsg)("I1  miss rate: %*.2f%%\n", w->l1, percent(t[BG_EV_I1mr], ir));
   VG_(umsg)("LLi miss rate: %*.2f%%\n", w->l1, percent(t[BG_EV_ILmr], ir));
   VG_(umsg)("\n");
   print_split(w, BG_CG_D_REFS "     ", dr, dw, "rd  ", "wr");
   print_split(w, "D1  misses:   ", t[BG_EV_D1mr], t[BG_EV_D1mw], "rd  ", "wr");
   print_split(w, "LLd misses:   ", t[BG_EV_DLmr], t[BG_EV_DLmw], "rd  ", "wr");
   print_rates(w, "D1  miss rate:", percent(d1m, at_least_1(dr + dw)),
               percent(t[BG_EV_D1mr], at_least_1(dr)),
               percent(t[BG_EV_D1mw], at_least_1(dw)), "  ");
   print_rates(w, "LLd miss rate:", percent(dlm, at_least_1(dr + dw)),
               percent(t[BG_EV_DLmr], at_least_1(dr)),
               percent(t[BG_EV_DLmw], at_least_1(dw)), "  ");
   VG_(umsg)("\n");
   print_split(w, "LL refs:      ", ll_r, ll_w, "rd  ", "wr");
   print_split(w, "LL misses:    ", llm_r, llm_w, "rd  ", "wr");
   print_rates(w, "LL miss rate: ",
               percent(llm_r + llm_w, ir + at_least_1(dr + dw)),
               percent(llm_r, ir + at_least_1(dr)),
               percent(llm_w, at_least_1(dw)), "  ");
}

static void print_branch_summary(const Widths* w, const ULong* t)
{
   ULong bc = t[BG_EV_Bc], bi = t[BG_EV_Bi];
   ULong bcm = t[BG_EV_Bcm], bim = t[BG_EV_Bim];
   VG_(umsg)("\n");
   print_split(w, "Branches:     ", bc, bi, "cond", "ind");
   print_split(w, "Mispredicts:  ", bcm, bim, "cond", "ind");
   print_rates(w, "Mispred rate: ",
               percent(bcm + bim, at_least_1(bc) + at_least_1(bi)),
               percent(bcm, at_least_1(bc)), percent(bim, at_least_1(bi)),
               "   ");
}

static void print_summary(const CtSettings* s, const BgSimResults* r)
{
   const ULong* t = r->summary.total;
   ULong dr = s->cache_sim ? t[BG_EV_Dr] : 0;   /* cachegrind counts no */
   ULong dw = s->cache_sim ? t[BG_EV_Dw] : 0;   /* D refs without caches */
   Widths w;
   UInt reg;
   HChar name[512];
   w.l1 = width_of(t[BG_EV_Ir]);
   w.l2 = width_of(dr > t[BG_EV_Bc] ? dr : t[BG_EV_Bc]);
   w.l3 = width_of(dw > t[BG_EV_Bi] ? dw : t[BG_EV_Bi]);
   VG_(umsg)(BG_CG_I_REFS "      %'*llu\n", w.l1, t[BG_EV_Ir]);
   if (s->cache_sim)
      print_cache_summary(&w, t);
   if (s->branch_sim)
      print_branch_summary(&w, t);
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
   bg_simresults_compute(&r, &spec);
   ct_xml_write(s, &r, partial_reason, suffix);
   ct_cgfile_write(s, &r, suffix);
   if (print)
      print_summary(s, &r);
   bg_simresults_free(&r);
}
