/* bg_simseg.c: bg_sim's run time: the registered superblock descriptors,
   the helpers the instrumented code calls when an access needs a full
   cache lookup, and the expansion of a context's counters (bg_counters)
   into events per source line: each non-zero counter leads to its
   superblock, whose descriptor says what its counters cost.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_accum.h"
#include "bg_cachesim.h"
#include "bg_counters.h"
#include "bg_sim.h"
#include "bg_simseg.h"

const HChar* const bg_event_names[BG_EV_N] = {
   "Ir", "I1mr", "ILmr", "Dr", "D1mr", "DLmr", "Dw", "D1mw", "DLmw",
   "Bc", "Bcm", "Bi", "Bim"
};

ULong* bg_sim_counts;

static Bool cache_on, branch_on;

static XArray* blocks;       /* of BgSimBlock*, in slot order */

/* bg_counters' publish callback. */
static void set_counts(ULong* counts)
{
   bg_sim_counts = counts;
}

void bg_sim_init(Bool cache_sim, Bool branch_sim)
{
   cache_on = cache_sim;
   branch_on = branch_sim;
   blocks = VG_(newXA)(VG_(malloc), "bg.sim.blocks", VG_(free),
                       sizeof(BgSimBlock*));
   bg_counters_init(set_counts, 16384);
   bg_cache_ll_init(&bg_sim_counts);
}

Bool bg_sim_cache_on(void)  { return cache_on; }
Bool bg_sim_branch_on(void) { return branch_on; }

void bg_sim_switch_context(UInt ctx)
{
   bg_cache_ll_drain();
   bg_counters_switch(ctx);
}

/* ---- descriptors ------------------------------------------------- */

void bg_simseg_register(const BgSimBlock* b)
{
   SizeT cost_bytes = b->n_costs * sizeof(BgSimLineCost);
   SizeT path_bytes = b->n_paths * sizeof(BgSimPath);
   SizeT site_bytes = b->n_sites * sizeof(BgSimSite);
   Word n = VG_(sizeXA)(blocks);
   BgSimBlock* copy;
   if (n > 0) {
      const BgSimBlock* last = *(BgSimBlock**)VG_(indexXA)(blocks, n - 1);
      tl_assert(last->first_slot + last->n_slots <= b->first_slot);
   }
   copy = VG_(malloc)("bg.sim.block", sizeof(BgSimBlock)
                      + cost_bytes + path_bytes + site_bytes);
   *copy = *b;
   copy->costs = (BgSimLineCost*)(copy + 1);
   copy->paths = (BgSimPath*)((HChar*)copy->costs + cost_bytes);
   copy->sites = (BgSimSite*)((HChar*)copy->paths + path_bytes);
   VG_(memcpy)(copy->costs, b->costs, cost_bytes);
   VG_(memcpy)(copy->paths, b->paths, path_bytes);
   VG_(memcpy)(copy->sites, b->sites, site_bytes);
   VG_(addToXA)(blocks, &copy);
}

/* ---- helpers ----------------------------------------------------- */

VG_REGPARM(1) void bg_simseg_count(UWord slot)
{
   bg_sim_counts[slot]++;
}

VG_REGPARM(1) void bg_simseg_ref_I(const BgSimFetch* f)
{
   bg_cache_doref(&bg_I1, f->addr, f->packed & 0xff, f->packed >> 8);
}

VG_REGPARM(2) void bg_simseg_ref_D(Addr a, UWord packed)
{
   bg_cache_doref(&bg_D1, a, packed & 0xff, packed >> 8);
}

VG_REGPARM(2) void bg_simseg_ref_DG(Addr a, UWord packed)
{
   bg_sim_counts[(packed >> 8) + 2]++;
   if (cache_on)
      bg_cache_doref(&bg_D1, a, packed & 0xff, packed >> 8);
}

/* ---- expansion --------------------------------------------------- */

void bg_sim_settle(void)
{
   bg_cache_ll_drain();
   bg_counters_flush();
}

static void add_cost(BgAccum* per_line, const BgSimLineCost* k, ULong runs)
{
   ULong* l = bg_accum_row(per_line, k->line);
   l[BG_EV_Ir] += runs * k->n_ir;
   l[BG_EV_Dr] += runs * k->n_dr;
   l[BG_EV_Dw] += runs * k->n_dw;
   l[BG_EV_Bc] += runs * k->n_bc;
   l[BG_EV_Bi] += runs * k->n_bi;
}

/* Adds block B's events, given its counters COUNTS (indexed from its
   first slot).  Cost entry i is paid by every path whose prefix covers
   it: walking back from the last entry, the paths covering it only
   grow. */
static void add_block(BgAccum* per_line, const BgSimBlock* b,
                      const ULong* counts)
{
   Int i, p = (Int)b->n_paths - 1;
   ULong runs = 0;
   UInt s, j;
   for (i = (Int)b->n_costs - 1; i >= 0; i--) {
      for (; p >= 0 && b->paths[p].n_costs > (UInt)i; p--)
         runs += counts[b->paths[p].runs_slot - b->first_slot];
      if (runs > 0)
         add_cost(per_line, &b->costs[i], runs);
   }
   for (s = 0; s < b->n_sites; s++) {
      const BgSimSite* site = &b->sites[s];
      for (j = 0; j < site->n; j++) {
         ULong n = counts[site->slot - b->first_slot + j];
         if (n > 0)
            bg_accum_row(per_line, site->line)[site->ev[j]] += n;
      }
   }
}

/* The index of the block holding SLOT. */
static Word block_of(UInt slot)
{
   Word lo = 0, hi = VG_(sizeXA)(blocks) - 1;
   while (lo < hi) {
      Word mid = lo + (hi - lo + 1) / 2;
      const BgSimBlock* b = *(BgSimBlock**)VG_(indexXA)(blocks, mid);
      if (b->first_slot <= slot)
         lo = mid;
      else
         hi = mid - 1;
   }
   return lo;
}

void bg_sim_add_context(UInt ctx, BgAccum* per_line)
{
   static ULong* counts;         /* one block's counters */
   static UInt   counts_size;
   BgCounterList c = bg_counters_of(ctx);
   UInt i = 0;
   while (i < c.n) {
      const BgSimBlock* b =
         *(BgSimBlock**)VG_(indexXA)(blocks, block_of(c.slots[i]));
      UInt end = b->first_slot + b->n_slots;
      tl_assert(c.slots[i] >= b->first_slot && c.slots[i] < end);
      if (b->n_slots > counts_size) {
         counts_size = b->n_slots;
         counts = VG_(realloc)("bg.sim.blockcounts", counts,
                               counts_size * sizeof(ULong));
      }
      VG_(memset)(counts, 0, b->n_slots * sizeof(ULong));
      for (; i < c.n && c.slots[i] < end; i++)
         counts[c.slots[i] - b->first_slot] = c.counts[i];
      add_block(per_line, b, counts);
   }
}
