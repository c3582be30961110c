/* bg_simresults.c: folds bg_sim's per-context counters into results
   (bg_simresults.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "bg_accum.h"
#include "bg_regions.h"
#include "bg_symbols.h"
#include "bg_sim.h"
#include "bg_simresults.h"

static void choose_events(BgSimResults* r, const BgSimResultsSpec* s)
{
   static const BgEvent cache[] = {
      BG_EV_Ir, BG_EV_I1mr, BG_EV_ILmr, BG_EV_Dr, BG_EV_D1mr, BG_EV_DLmr,
      BG_EV_Dw, BG_EV_D1mw, BG_EV_DLmw };
   static const BgEvent nocache[] = { BG_EV_Ir, BG_EV_Dr, BG_EV_Dw };
   static const BgEvent branch[] = { BG_EV_Bc, BG_EV_Bcm, BG_EV_Bi, BG_EV_Bim };
   UInt i;
   r->n_events = 0;
   if (s->cache_sim)
      for (i = 0; i < sizeof cache / sizeof cache[0]; i++)
         r->events[r->n_events++] = cache[i];
   else
      for (i = 0; i < sizeof nocache / sizeof nocache[0]; i++)
         r->events[r->n_events++] = nocache[i];
   if (s->branch_sim)
      for (i = 0; i < sizeof branch / sizeof branch[0]; i++)
         r->events[r->n_events++] = branch[i];
}

/* Adds the rows of LINES into FNS, and into PER_LINE (a dense array of
   n_lines rows) when not NULL; clears LINES. */
static void fold_lines(BgAccum* lines, BgAccum* fns, ULong* per_line)
{
   UInt i, e;
   for (i = 0; i < lines->n_used; i++) {
      UInt l = lines->used[i];
      const ULong* ev = lines->cells + (SizeT)l * BG_EV_N;
      UInt fn = bg_sym_line(l)->fn;
      ULong* row;
      if (!bg_simresults_has_cost(ev))
         continue;
      row = bg_accum_row(fns, fn);
      for (e = 0; e < BG_EV_N; e++)
         row[e] += ev[e];
      if (per_line != NULL)
         VG_(memcpy)(per_line + (SizeT)l * BG_EV_N, ev,
                     BG_EV_N * sizeof(ULong));
   }
   bg_accum_clear(lines);
}

/* Moves the functions summed in FNS into C; clears FNS. */
static void take_costs(BgSimCosts* c, BgAccum* fns)
{
   UInt i, e, n = fns->n_used;
   bg_accum_sort_used(fns);
   VG_(memset)(c->total, 0, sizeof c->total);
   c->n_fns = n;
   c->fns = VG_(malloc)("bg.simres.fns", (n ? n : 1) * sizeof(UInt));
   c->per_fn = VG_(malloc)("bg.simres.costs",
                           (SizeT)(n ? n : 1) * BG_EV_N * sizeof(ULong));
   for (i = 0; i < n; i++) {
      const ULong* ev = fns->cells + (SizeT)fns->used[i] * BG_EV_N;
      c->fns[i] = fns->used[i];
      VG_(memcpy)(c->per_fn + (SizeT)i * BG_EV_N, ev,
                  BG_EV_N * sizeof(ULong));
      for (e = 0; e < BG_EV_N; e++)
         c->total[e] += ev[e];
   }
   bg_accum_clear(fns);
}

void bg_simresults_compute(BgSimResults* r, const BgSimResultsSpec* s)
{
   UInt ctx, reg, i, n;
   BgAccum lines, fns;
   r->n_fns = bg_sym_n_functions();
   r->n_lines = bg_sym_n_lines();
   r->n_regions = bg_regions_n_regions();
   choose_events(r, s);
   r->per_line = VG_(calloc)("bg.simres.per_line",
                             (SizeT)(r->n_lines ? r->n_lines : 1) * BG_EV_N,
                             sizeof(ULong));
   r->regions = VG_(malloc)("bg.simres.regions",
                            (r->n_regions ? r->n_regions : 1)
                            * sizeof(BgSimCosts));
   bg_accum_init(&lines, r->n_lines, BG_EV_N);
   bg_accum_init(&fns, r->n_fns, BG_EV_N);
   bg_sim_settle();
   for (ctx = BG_CTX_ROOT; ctx < bg_regions_n_contexts(); ctx++)
      bg_sim_add_context(ctx, &lines);
   fold_lines(&lines, &fns, r->per_line);
   take_costs(&r->summary, &fns);
   for (reg = 0; reg < r->n_regions; reg++) {
      const UInt* in = bg_region_contexts(reg, &n);
      for (i = 0; i < n; i++)
         bg_sim_add_context(in[i], &lines);
      fold_lines(&lines, &fns, NULL);
      take_costs(&r->regions[reg], &fns);
   }
   bg_accum_free(&lines);
   bg_accum_free(&fns);
}

static void free_costs(BgSimCosts* c)
{
   VG_(free)(c->fns);
   VG_(free)(c->per_fn);
}

void bg_simresults_free(BgSimResults* r)
{
   UInt reg;
   for (reg = 0; reg < r->n_regions; reg++)
      free_costs(&r->regions[reg]);
   VG_(free)(r->regions);
   free_costs(&r->summary);
   VG_(free)(r->per_line);
}

Bool bg_simresults_has_cost(const ULong* ev)
{
   UInt e;
   for (e = 0; e < BG_EV_N; e++)
      if (ev[e] != 0)
         return True;
   return False;
}
