/* bg_simresults.c: folds bg_sim's per-context counters into results
   (bg_simresults.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_seqmatch.h"
#include "bg_regions.h"
#include "bg_symbols.h"
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

static void costs_init(BgSimCosts* c, UInt n_fns)
{
   VG_(memset)(c->total, 0, sizeof c->total);
   c->per_fn = VG_(calloc)("bg.simres.costs", (SizeT)(n_fns ? n_fns : 1) * BG_EV_N,
                           sizeof(ULong));
}

/* Which functions are collected: all, or those --toggle-collect names. */
static Bool* collected_functions(const BgSimResultsSpec* s, UInt n_fns)
{
   Bool* on = VG_(malloc)("bg.simres.collected", n_fns ? n_fns : 1);
   UInt f;
   Int t;
   for (f = 0; f < n_fns; f++) {
      on[f] = s->n_toggles == 0;
      for (t = 0; t < s->n_toggles && !on[f]; t++)
         on[f] = VG_(string_match)(s->toggles[t], bg_sym_function(f)->name);
   }
   return on;
}

static void add_line(BgSimCosts* c, UInt fn, const ULong* ev)
{
   UInt e;
   for (e = 0; e < BG_EV_N; e++) {
      c->total[e] += ev[e];
      c->per_fn[(SizeT)fn * BG_EV_N + e] += ev[e];
   }
}

/* Adds one context's per-line events (SCRATCH) to the summary and to the
   regions holding it. */
static void add_context(BgSimResults* r, UInt ctx, const ULong* scratch,
                        const Bool* on)
{
   UInt l, e, reg;
   for (l = 0; l < r->n_lines; l++) {
      const ULong* ev = scratch + (SizeT)l * BG_EV_N;
      UInt fn = bg_sym_line(l)->fn;
      Bool any = False;
      for (e = 0; e < BG_EV_N && !any; e++)
         any = ev[e] != 0;
      if (!any || !on[fn])
         continue;
      for (e = 0; e < BG_EV_N; e++)
         r->per_line[(SizeT)l * BG_EV_N + e] += ev[e];
      add_line(&r->summary, fn, ev);
      for (reg = 0; reg < r->n_regions; reg++)
         if (bg_context_in_region(ctx, reg))
            add_line(&r->regions[reg], fn, ev);
   }
}

void bg_simresults_compute(BgSimResults* r, const BgSimResultsSpec* s)
{
   UInt ctx, reg;
   SizeT cells;
   ULong* scratch;
   Bool* on;
   r->n_fns = bg_sym_n_functions();
   r->n_lines = bg_sym_n_lines();
   r->n_regions = bg_regions_n_regions();
   choose_events(r, s);
   cells = (SizeT)(r->n_lines ? r->n_lines : 1) * BG_EV_N;
   r->per_line = VG_(calloc)("bg.simres.per_line", cells, sizeof(ULong));
   scratch = VG_(malloc)("bg.simres.scratch", cells * sizeof(ULong));
   costs_init(&r->summary, r->n_fns);
   r->regions = VG_(malloc)("bg.simres.regions",
                            (r->n_regions ? r->n_regions : 1) * sizeof(BgSimCosts));
   for (reg = 0; reg < r->n_regions; reg++)
      costs_init(&r->regions[reg], r->n_fns);
   on = collected_functions(s, r->n_fns);
   for (ctx = BG_CTX_ROOT; ctx < bg_regions_n_contexts(); ctx++) {
      VG_(memset)(scratch, 0, cells * sizeof(ULong));
      bg_sim_add_context(ctx, scratch);
      add_context(r, ctx, scratch, on);
   }
   VG_(free)(on);
   VG_(free)(scratch);
}

void bg_simresults_free(BgSimResults* r)
{
   UInt reg;
   for (reg = 0; reg < r->n_regions; reg++)
      VG_(free)(r->regions[reg].per_fn);
   VG_(free)(r->regions);
   VG_(free)(r->summary.per_fn);
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
