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

/* Paths that ran since the last flush, linked by next_pending. */
static BgSimSeg* pending;

/* Moves the runs kept in the paths into the current context's array. */
static void flush_pending(void)
{
   ULong* c = counters_of(current_ctx)->counts;
   while (pending != NULL) {
      BgSimSeg* s = pending;
      c[s->runs_slot] += s->runs;
      s->runs = 0;
      pending = s->next_pending;
      s->next_pending = NULL;
   }
}

void bg_sim_switch_context(UInt ctx)
{
   flush_pending();
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
   SizeT br_bytes = s->n_branches * sizeof(BgSimBranch);
   SizeT cost_bytes = s->n_costs * sizeof(BgSimLineCost);
   BgSimSeg* copy = VG_(malloc)("bg.sim.seg", sizeof(BgSimSeg) + ev_bytes
                                + br_bytes + cost_bytes);
   *copy = *s;
   copy->runs = 0;
   copy->next_pending = NULL;
   copy->events = (BgSimEvent*)(copy + 1);
   copy->branches = (BgSimBranch*)((HChar*)copy->events + ev_bytes);
   copy->costs = (BgSimLineCost*)((HChar*)copy->branches + br_bytes);
   VG_(memcpy)(copy->events, s->events, ev_bytes);
   VG_(memcpy)(copy->branches, s->branches, br_bytes);
   VG_(memcpy)(copy->costs, s->costs, cost_bytes);
   VG_(addToXA)(segments, &copy);
   return copy;
}

/* The block each L1 touched last: the MRU line of its set, so touching
   it again is a hit that changes nothing (checked before any lookup). */
static UWord i1_last, d1_last;

static void __attribute__((noinline))
fetch_slow(const BgSimEvent* e, ULong* c)
{
   Addr a = e->addr;
   bg_cache_doref(&bg_I1, a, e->size, &c[e->slot], &c[e->slot + 1]);
   i1_last = (a + e->size - 1) >> bg_I1.line_bits;
}

static void __attribute__((noinline))
data_slow(const BgSimEvent* e, Addr a, ULong* c)
{
   bg_cache_doref(&bg_D1, a, e->size, &c[e->slot], &c[e->slot + 1]);
   d1_last = (a + e->size - 1) >> bg_D1.line_bits;
}

static void __attribute__((noinline))
run_guarded(const BgSimEvent* e, ULong* c)
{
   Addr a = bg_sim_addrs[e->buf];
   if (a == 0)
      return;
   c[e->slot + 2]++;
   if (cache_on)
      data_slow(e, a, c);
}

static void __attribute__((noinline))
run_branches(const BgSimSeg* s, UWord target)
{
   ULong* c = bg_sim_counts;
   const BgSimBranch* b = s->branches;
   const BgSimBranch* end = b + s->n_branches;
   for (; b < end; b++)
      c[b->slot] += b->taken == BG_SIM_INDIRECT
                       ? bg_branch_indirect(b->addr, target)
                       : bg_branch_cond(b->addr, b->taken);
}

/* Whether a data access at A settles without a lookup: it stays in one
   line, which is the line D1 touched last or the MRU line of its set. */
static inline Bool data_hits_mru(const BgSimEvent* e, Addr a)
{
   UInt bits = bg_D1.line_bits;
   UWord block = a >> bits;
   if (block != (a + e->size - 1) >> bits)
      return False;
   if (block != d1_last
       && bg_D1.tags[(block & bg_D1.set_mask) * bg_D1.assoc] != block)
      return False;
   d1_last = block;
   return True;
}

/* The same for a fetch whose line and set were worked out when it was
   instrumented (BG_SE_I). */
static inline Bool fetch_hits_mru(const BgSimEvent* e)
{
   if (e->block != i1_last && bg_I1.tags[e->set_base] != e->block)
      return False;
   i1_last = e->block;
   return True;
}

/* The general case, from event E on: a lookup in full for every access
   that is not an MRU hit. */
static void __attribute__((noinline))
run_slow(const BgSimSeg* s, const BgSimEvent* e, UWord arg)
{
   ULong* c = bg_sim_counts;
   const BgSimEvent* end = s->events + s->n_events;
   for (; e < end; e++) {
      if (e->kind == BG_SE_D) {
         Addr a = bg_sim_addrs[e->buf];
         if (!data_hits_mru(e, a))
            data_slow(e, a, c);
      } else if (e->kind == BG_SE_DG)
         run_guarded(e, c);
      else if (e->kind != BG_SE_I || !fetch_hits_mru(e))
         fetch_slow(e, c);
   }
   if (s->n_branches > 0)
      run_branches(s, arg);
}

/* The fast path: as long as every access touches the line its L1 touched
   last, or the MRU line of its set, nothing changes but the counts; the
   first access that needs more hands over to run_slow.  Written so that
   it needs no saved registers: its only calls are tail calls. */
VG_REGPARM(2) void bg_simseg_run(BgSimSeg* s, UWord arg)
{
   const BgSimEvent* e = s->events;
   const BgSimEvent* end = e + s->n_events;
   if (UNLIKELY(s->runs++ == 0)) {
      s->next_pending = pending;
      pending = s;
   }
   for (; e < end; e++) {
      if (LIKELY(e->kind == BG_SE_D)) {
         Addr a = bg_sim_addrs[e->buf];
         UInt bits = bg_D1.line_bits;
         UWord block = a >> bits;
         if (UNLIKELY(block != (a + e->size - 1) >> bits))
            break;
         if (block == d1_last)
            continue;
         if (bg_D1.tags[(block & bg_D1.set_mask) * bg_D1.assoc] != block)
            break;
         d1_last = block;
      } else if (e->kind == BG_SE_I) {
         if (e->block == i1_last)
            continue;
         if (bg_I1.tags[e->set_base] != e->block)
            break;
         i1_last = e->block;
      } else {
         break;
      }
   }
   if (e < end)
      run_slow(s, e, arg);
   else if (s->n_branches > 0)
      run_branches(s, arg);
}

/* ---- expansion --------------------------------------------------- */

static void add_event(ULong* per_line, const BgSimEvent* e, const ULong* c,
                      ULong runs)
{
   ULong* l = per_line + (SizeT)e->line * BG_EV_N;
   if (e->kind == BG_SE_I || e->kind == BG_SE_IX) {
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
   for (i = 0; i < s->n_branches; i++) {
      const BgSimBranch* b = &s->branches[i];
      ULong* l = per_line + (SizeT)b->line * BG_EV_N;
      Bool ind = b->taken == BG_SIM_INDIRECT;
      l[ind ? BG_EV_Bi : BG_EV_Bc] += runs;
      l[ind ? BG_EV_Bim : BG_EV_Bcm] += c[b->slot];
   }
}

void bg_sim_add_context(UInt ctx, ULong* per_line)
{
   const Counters* c;
   Word i, n = VG_(sizeXA)(segments);
   flush_pending();
   c = counters_of(ctx);
   if (c->counts == NULL)
      return;
   for (i = 0; i < n; i++) {
      const BgSimSeg* s = *(BgSimSeg**)VG_(indexXA)(segments, i);
      if (s->runs_slot < c->capacity && c->counts[s->runs_slot] > 0)
         add_segment(per_line, s, c->counts);
   }
}
