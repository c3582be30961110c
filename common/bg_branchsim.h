/* bg_branchsim.h: cachegrind 3.19's branch predictor model, shared by the
   tools: conditional branches go through 16384 two-bit saturating
   counters indexed by 7 bits of global taken/not-taken history and 7 low
   bits of the branch address; indirect branches through a 512-entry
   table of last targets indexed by the low 9 address bits.  Returns are
   assumed always predicted.  Inline: it runs for every branch. */
#ifndef BG_BRANCHSIM_H
#define BG_BRANCHSIM_H

#include "pub_tool_basics.h"

#define BG_BP_HIST_BITS 7
#define BG_BP_ADDR_BITS 7
#define BG_BP_COUNTERS  (1 << (BG_BP_HIST_BITS + BG_BP_ADDR_BITS))
#define BG_BTAC_BITS    9
#define BG_BTAC_SIZE    (1 << BG_BTAC_BITS)

extern UWord bg_bp_history;
extern UChar bg_bp_counters[BG_BP_COUNTERS];
extern Addr  bg_btac[BG_BTAC_SIZE];

/* The conditional branch at A went TAKEN (0 or 1): 1 if mispredicted. */
static inline UWord bg_branch_cond(Addr a, UWord taken)
{
   UWord i = ((bg_bp_history & ((1 << BG_BP_HIST_BITS) - 1))
              << BG_BP_ADDR_BITS) | (a & ((1 << BG_BP_ADDR_BITS) - 1));
   UChar c = bg_bp_counters[i];
   UWord predicted = c >= 2;
   bg_bp_history = (bg_bp_history << 1) | taken;
   if (taken) {
      if (c < 3)
         bg_bp_counters[i] = c + 1;
   } else if (c > 0) {
      bg_bp_counters[i] = c - 1;
   }
   return predicted != taken;
}

/* The indirect branch at A went to TARGET: 1 if mispredicted. */
static inline UWord bg_branch_indirect(Addr a, Addr target)
{
   Addr* slot = &bg_btac[a & (BG_BTAC_SIZE - 1)];
   UWord miss = *slot != target;
   *slot = target;
   return miss;
}

#endif
