/* bg_branchsim.h: the state of cachegrind 3.19's branch predictor model,
   shared by the tools.  Conditional branches go through 16384 two-bit
   saturating counters indexed by 7 bits of global taken/not-taken
   history above 7 low bits of the branch address; indirect branches
   through a 512-entry table of last targets indexed by the low 9 address
   bits.  Returns are assumed always predicted.

   The model runs inline in the instrumented code (bg_simemit.c builds
   it); this header gives that code the addresses and constants it
   needs. */
#ifndef BG_BRANCHSIM_H
#define BG_BRANCHSIM_H

#include "pub_tool_basics.h"

#define BG_BP_HIST_BITS 7
#define BG_BP_ADDR_BITS 7
#define BG_BP_COUNTERS  (1 << (BG_BP_HIST_BITS + BG_BP_ADDR_BITS))
#define BG_BTAC_BITS    9
#define BG_BTAC_SIZE    (1 << BG_BTAC_BITS)

/* Global history: taken (1) / not taken (0) of every conditional branch,
   the latest in bit 0. */
extern UWord bg_bp_history;
extern UChar bg_bp_counters[BG_BP_COUNTERS];
extern Addr  bg_btac[BG_BTAC_SIZE];

/* One step of a two-bit counter, as a table: entry (COUNTER << 1) | TAKEN
   holds the counter's next value in bits 0-1 and, in bit 2, whether the
   counter mispredicted TAKEN (it predicts taken when it is 2 or 3). */
extern const UChar bg_bp_step[8];

#define BG_BP_STEP_COUNTER_MASK 3
#define BG_BP_STEP_MISS_SHIFT   2

#endif
