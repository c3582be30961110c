/* bg_sim.h: cache and branch simulation of a whole run, shared by the
   tools (cachetrace; iaicount --cache-sim=yes): the instrumentation pass,
   the per-context counters it feeds, and their expansion into
   cachegrind's events per source line.

   Every event is counted exactly as cachegrind 3.19 counts it (same
   accesses, same order, same modify merging, same branch events); the
   work is organised differently: the instrumented code simulates each
   access inline (a compare with the MRU tag of its set, a helper call
   only when that is not enough) and runs the branch predictor inline;
   instruction fetches that cannot miss (the next instruction in the line
   just fetched) are not simulated at all; Ir, Dr, Dw, Bc and Bi follow
   from one counter per path through a superblock. */
#ifndef BG_SIM_H
#define BG_SIM_H

#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"
#include "bg_accum.h"

/* cachegrind's events, in its column order. */
typedef enum {
   BG_EV_Ir, BG_EV_I1mr, BG_EV_ILmr,
   BG_EV_Dr, BG_EV_D1mr, BG_EV_DLmr,
   BG_EV_Dw, BG_EV_D1mw, BG_EV_DLmw,
   BG_EV_Bc, BG_EV_Bcm, BG_EV_Bi, BG_EV_Bim,
   BG_EV_N
} BgEvent;

extern const HChar* const bg_event_names[BG_EV_N];

/* Call in post_clo_init, after bg_cache_configure. CACHE_SIM: simulate
   I1/D1/LL (else count Ir, Dr, Dw only); BRANCH_SIM: the predictors. */
void bg_sim_init(Bool cache_sim, Bool branch_sim);
Bool bg_sim_cache_on(void);
Bool bg_sim_branch_on(void);

/* The instrumentation callback. */
IRSB* bg_sim_instrument(VgCallbackClosure* closure, IRSB* sb_in,
                        const VexGuestLayout* layout,
                        const VexGuestExtents* vge,
                        const VexArchInfo* archinfo_host,
                        IRType guest_word_type, IRType host_word_type);

/* bg_regions listener: costs go to context CTX from now on. */
void bg_sim_switch_context(UInt ctx);

/* Makes every context's counts readable: call before the first
   bg_sim_add_context of an output. */
void bg_sim_settle(void);
/* Adds context CTX's events into the rows of PER_LINE (one per bg_symbols
   line id, width BG_EV_N). */
void bg_sim_add_context(UInt ctx, BgAccum* per_line);

#endif
