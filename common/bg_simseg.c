/* bg_simseg.c: bg_sim's run time: the registered segments, the counters
   of each context, the helper that simulates one run of a segment, and
   the expansion of the counters into events per source line.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_branchsim.h"
#include "bg_cachesim.h"
#include "bg_sim.h"
#include "bg_simseg.h"

const HChar* const bg_event_names[BG_EV_N] = {
   "Ir", "I1mr", "ILmr", "Dr", "D1mr", "DLmr", "Dw", "D1mw", "DLmw",
   "Bc", "Bcm", "Bi", "Bim"
};

UWord  bg_sim_addrs[BG_SIM_MAX_ADDRS];
ULong* bg_sim_counts;

static Bool cache_on, branch_on;

typedef struct {
   ULong* counts;
   UInt   capacity;
} Counters;

static XArray* segments;     /* of BgSimSeg* */
static XArray* counters;     /* of Counters, indexed by context */
static UInt    n_slots;
static UInt    current_ctx;

void bg_sim_init(Bool cache_sim, Bool branch_sim)
{
   cache_on = cache_sim;
   branch_on = branch_sim;
   segments = VG_(newXA)(VG_(malloc), "bg.sim.segs", VG_(free),
                         sizeof(BgSimSeg*));
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

/* ---- segments ---------------------------------------------------- */

BgSimSeg* bg_simseg_register(const BgSimSeg* s)
{
   SizeT ev_bytes = s->n_events * sizeof(BgSimEvent);
   SizeT cost_bytes = s->n_costs * sizeof(BgSimLineCost);
   BgSimSeg* copy = VG_(malloc)("bg.sim.seg",
                                sizeof(BgSimSeg) + ev_bytes + cost_bytes);
   *copy = *s;
   copy->events = (BgSimEvent*)(copy + 1);
   copy->costs = (BgSimLineCost*)((HChar*)copy->events + ev_bytes);
   VG_(memcpy)(copy->events, s->events, ev_bytes);
   VG_(memcpy)(copy->costs, s->costs, cost_bytes);
   VG_(addToXA)(segments, &copy);
   return copy;
}

static void run_guarded(const BgSimEvent* e, ULong* c)
{
   Addr a = bg_sim_addrs[e->buf];
   if (a == 0)
      return;
   c[e->slot + 2]++;
   if (cache_on)
      bg_cache_doref(&bg_D1, a, e->size, &c[e->slot], &c[e->slot + 1]);
}

static void run_branch(const BgSimSeg* s, UWord arg, ULong* c)
{
   switch (s->branch) {
   case BG_BR_COND:
      c[s->branch_slot] += bg_branch_cond(s->branch_addr, arg);
      break;
   case BG_BR_COND_INVERTED:
      c[s->branch_slot] += bg_branch_cond(s->branch_addr, arg ^ 1);
      break;
   case BG_BR_INDIRECT:
      c[s->branch_slot] += bg_branch_indirect(s->branch_addr, arg);
      break;
   default:
      break;
   }
}

VG_REGPARM(2) void bg_simseg_run(const BgSimSeg* s, UWord arg)
{
   ULong* c = bg_sim_counts;
   const BgSimEvent* e = s->events;
   const BgSimEvent* end = e + s->n_events;
   c[s->runs_slot]++;
   for (; e < end; e++) {
      if (e->kind == BG_SE_I)
         bg_cache_doref(&bg_I1, e->addr, e->size, &c[e->slot],
                        &c[e->slot + 1]);
      else if (LIKELY(e->kind == BG_SE_D))
         bg_cache_doref(&bg_D1, bg_sim_addrs[e->buf], e->size, &c[e->slot],
                        &c[e->slot + 1]);
      else
         run_guarded(e, c);
   }
   if (s->branch != BG_BR_NONE)
      run_branch(s, arg, c);
}

/* ---- expansion --------------------------------------------------- */

static void add_event(ULong* per_line, const BgSimEvent* e, const ULong* c,
                      ULong runs)
{
   ULong* l = per_line + (SizeT)e->line * BG_EV_N;
   if (e->kind == BG_SE_I) {
      l[BG_EV_I1mr] += c[e->slot];
      l[BG_EV_ILmr] += c[e->slot + 1];
      return;
   }
   if (e->kind == BG_SE_DG)
      l[e->is_write ? BG_EV_Dw : BG_EV_Dr] += c[e->slot + 2];
   l[e->is_write ? BG_EV_D1mw : BG_EV_D1mr] += c[e->slot];
   l[e->is_write ? BG_EV_DLmw : BG_EV_DLmr] += c[e->slot + 1];
}

static void add_segment(ULong* per_line, const BgSimSeg* s, const ULong* c)
{
   ULong runs = c[s->runs_slot];
   UInt i;
   for (i = 0; i < s->n_costs; i++) {
      ULong* l = per_line + (SizeT)s->costs[i].line * BG_EV_N;
      l[BG_EV_Ir] += runs * s->costs[i].n_ir;
      l[BG_EV_Dr] += runs * s->costs[i].n_dr;
      l[BG_EV_Dw] += runs * s->costs[i].n_dw;
   }
   for (i = 0; i < s->n_events; i++)
      add_event(per_line, &s->events[i], c, runs);
   if (s->branch != BG_BR_NONE) {
      ULong* l = per_line + (SizeT)s->branch_line * BG_EV_N;
      Bool ind = s->branch == BG_BR_INDIRECT;
      l[ind ? BG_EV_Bi : BG_EV_Bc] += runs;
      l[ind ? BG_EV_Bim : BG_EV_Bcm] += c[s->branch_slot];
   }
}

void bg_sim_add_context(UInt ctx, ULong* per_line)
{
   const Counters* c = counters_of(ctx);
   Word i, n = VG_(sizeXA)(segments);
   if (c->counts == NULL)
      return;
   for (i = 0; i < n; i++) {
      const BgSimSeg* s = *(BgSimSeg**)VG_(indexXA)(segments, i);
      if (s->runs_slot < c->capacity && c->counts[s->runs_slot] > 0)
         add_segment(per_line, s, c->counts);
   }
}
