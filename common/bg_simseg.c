/* bg_simseg.c: bg_sim's run time: the counters of each context, the
   registered superblock descriptors, the helpers the instrumented code
   calls when an access needs a full cache lookup, and the expansion of
   the counters into events per source line.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_cachesim.h"
#include "bg_sim.h"
#include "bg_simseg.h"

const HChar* const bg_event_names[BG_EV_N] = {
   "Ir", "I1mr", "ILmr", "Dr", "D1mr", "DLmr", "Dw", "D1mw", "DLmw",
   "Bc", "Bcm", "Bi", "Bim"
};

ULong* bg_sim_counts;

static Bool cache_on, branch_on;

typedef struct {
   ULong* counts;
   UInt   capacity;
} Counters;

static XArray* blocks;       /* of BgSimBlock* */
static XArray* counters;     /* of Counters, indexed by context */
static UInt    n_slots;
static UInt    current_ctx;

void bg_sim_init(Bool cache_sim, Bool branch_sim)
{
   cache_on = cache_sim;
   branch_on = branch_sim;
   blocks = VG_(newXA)(VG_(malloc), "bg.sim.blocks", VG_(free),
                       sizeof(BgSimBlock*));
   counters = VG_(newXA)(VG_(malloc), "bg.sim.counters", VG_(free),
                         sizeof(Counters));
}

Bool bg_sim_cache_on(void)  { return cache_on; }
Bool bg_sim_branch_on(void) { return branch_on; }

/* ---- counters ---------------------------------------------------- */

static Counters* counters_of(UInt ctx)
{
   static const Counters none = { NULL, 0 };
   while ((UInt)VG_(sizeXA)(counters) <= ctx)
      VG_(addToXA)(counters, &none);
   return VG_(indexXA)(counters, ctx);
}

/* Makes CTX's array cover every slot reserved so far. */
static void cover_all_slots(UInt ctx)
{
   Counters* c = counters_of(ctx);
   UInt cap;
   if (n_slots <= c->capacity)
      return;
   cap = c->capacity ? c->capacity : 16384;
   while (cap < n_slots)
      cap *= 2;
   c->counts = VG_(realloc)("bg.sim.counts", c->counts, cap * sizeof(ULong));
   VG_(memset)(c->counts + c->capacity, 0,
               (cap - c->capacity) * sizeof(ULong));
   c->capacity = cap;
   if (ctx == current_ctx)
      bg_sim_counts = c->counts;
}

void bg_sim_switch_context(UInt ctx)
{
   current_ctx = ctx;
   cover_all_slots(ctx);
   bg_sim_counts = counters_of(ctx)->counts;
}

UInt bg_simseg_new_slots(UInt n)
{
   UInt first = n_slots;
   n_slots += n;
   cover_all_slots(current_ctx);
   return first;
}

/* ---- descriptors ------------------------------------------------- */

void bg_simseg_register(const BgSimBlock* b)
{
   SizeT cost_bytes = b->n_costs * sizeof(BgSimLineCost);
   SizeT path_bytes = b->n_paths * sizeof(BgSimPath);
   SizeT site_bytes = b->n_sites * sizeof(BgSimSite);
   BgSimBlock* copy = VG_(malloc)("bg.sim.block", sizeof(BgSimBlock)
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
   ULong* c = bg_sim_counts + (f->packed >> 8);
   bg_cache_doref(&bg_I1, f->addr, f->packed & 0xff, &c[0], &c[1]);
}

VG_REGPARM(2) void bg_simseg_ref_D(Addr a, UWord packed)
{
   ULong* c = bg_sim_counts + (packed >> 8);
   bg_cache_doref(&bg_D1, a, packed & 0xff, &c[0], &c[1]);
}

VG_REGPARM(2) void bg_simseg_ref_DG(Addr a, UWord packed)
{
   ULong* c = bg_sim_counts + (packed >> 8);
   c[2]++;
   if (cache_on)
      bg_cache_doref(&bg_D1, a, packed & 0xff, &c[0], &c[1]);
}

/* ---- expansion --------------------------------------------------- */

static void add_cost(ULong* per_line, const BgSimLineCost* k, ULong runs)
{
   ULong* l = per_line + (SizeT)k->line * BG_EV_N;
   l[BG_EV_Ir] += runs * k->n_ir;
   l[BG_EV_Dr] += runs * k->n_dr;
   l[BG_EV_Dw] += runs * k->n_dw;
   l[BG_EV_Bc] += runs * k->n_bc;
   l[BG_EV_Bi] += runs * k->n_bi;
}

/* Counter SLOT of C (a context's array may end before the slots
   reserved after it was last current: those counted nothing there). */
static inline ULong count_at(const Counters* c, UInt slot)
{
   return slot < c->capacity ? c->counts[slot] : 0;
}

/* Cost entry i is paid by every path whose prefix covers it: walking
   back from the last entry, the paths covering it only grow. */
static void add_block(ULong* per_line, const BgSimBlock* b,
                      const Counters* c)
{
   Int i, p = (Int)b->n_paths - 1;
   ULong runs = 0;
   UInt s, j;
   for (i = (Int)b->n_costs - 1; i >= 0; i--) {
      for (; p >= 0 && b->paths[p].n_costs > (UInt)i; p--)
         runs += count_at(c, b->paths[p].runs_slot);
      if (runs > 0)
         add_cost(per_line, &b->costs[i], runs);
   }
   for (s = 0; s < b->n_sites; s++) {
      const BgSimSite* site = &b->sites[s];
      ULong* l = per_line + (SizeT)site->line * BG_EV_N;
      for (j = 0; j < site->n; j++)
         l[site->ev[j]] += count_at(c, site->slot + j);
   }
}

void bg_sim_add_context(UInt ctx, ULong* per_line)
{
   const Counters* c = counters_of(ctx);
   Word i, n = VG_(sizeXA)(blocks);
   if (c->counts == NULL)
      return;
   for (i = 0; i < n; i++) {
      const BgSimBlock* b = *(BgSimBlock**)VG_(indexXA)(blocks, i);
      add_block(per_line, b, c);
   }
}
