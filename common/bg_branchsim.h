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

/* The two-bit counters, laid out for the instrumented code: the counter
   for history H (7 bits) and address bits A (7 bits) is entry
   (A << 7) | H, and each entry holds the counter in bits 2-3 and, in bit
   1, whether its last prediction was wrong (all zero at the start: the
   counter's "strongly not taken"). */
extern UChar bg_bp_counters[BG_BP_COUNTERS];
#define BG_BP_ENTRY_COUNTER_SHIFT 2
#define BG_BP_ENTRY_MISS_SHIFT    1

/* One step of a counter: entry (ENTRY | TAKEN) of this table is the
   entry's next value after a branch went TAKEN (0 or 1); a counter
   predicts taken when it is 2 or 3, and moves one step towards what
   happened, saturating. */
extern const UChar bg_bp_step[16];

extern Addr  bg_btac[BG_BTAC_SIZE];

#endif
