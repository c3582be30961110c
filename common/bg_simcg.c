/* bg_simcg.c: bg_sim's helpers for runs with a call graph: the same
   lookups as bg_simseg.c's, whose misses (and guarded accesses) also go
   to the call graph's running totals (bg_callgraph.h).  Separate
   functions, so that runs without a call graph pay nothing for them.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "bg_cachesim.h"
#include "bg_callgraph.h"
#include "bg_sim.h"
#include "bg_simseg.h"

/* A lookup in L1 (then LL) whose misses go to counters SLOT and
   SLOT + 1 and to the running totals of events EV1, EVL.  The LL lookup
   is settled at once (the queue drained), so that its miss goes to the
   function running now. */
static inline void ref(BgCache* l1, Addr a, UWord size, UWord slot,
                       BgEvent ev1, BgEvent evl)
{
   ULong* c = bg_sim_counts + slot;
   ULong m1 = c[0], ml = c[1];
   bg_cache_doref(l1, a, size, slot);
   bg_cache_ll_drain();
   bg_cg_run[ev1] += c[0] - m1;
   bg_cg_run[evl] += c[1] - ml;
}

VG_REGPARM(1) void bg_simcg_ref_I(const BgSimFetch* f)
{
   ref(&bg_I1, f->addr, f->packed & 0xff, f->packed >> 8,
       BG_EV_I1mr, BG_EV_ILmr);
}

VG_REGPARM(2) void bg_simcg_ref_Dr(Addr a, UWord packed)
{
   ref(&bg_D1, a, packed & 0xff, packed >> 8,
       BG_EV_D1mr, BG_EV_DLmr);
}

VG_REGPARM(2) void bg_simcg_ref_Dw(Addr a, UWord packed)
{
   ref(&bg_D1, a, packed & 0xff, packed >> 8,
       BG_EV_D1mw, BG_EV_DLmw);
}

VG_REGPARM(2) void bg_simcg_ref_DGr(Addr a, UWord packed)
{
   ULong* c = bg_sim_counts + (packed >> 8);
   c[2]++;
   bg_cg_run[BG_EV_Dr]++;
   if (bg_sim_cache_on())
      ref(&bg_D1, a, packed & 0xff, packed >> 8, BG_EV_D1mr, BG_EV_DLmr);
}

VG_REGPARM(2) void bg_simcg_ref_DGw(Addr a, UWord packed)
{
   ULong* c = bg_sim_counts + (packed >> 8);
   c[2]++;
   bg_cg_run[BG_EV_Dw]++;
   if (bg_sim_cache_on())
      ref(&bg_D1, a, packed & 0xff, packed >> 8, BG_EV_D1mw, BG_EV_DLmw);
}
