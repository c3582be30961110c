/* bg_branchsim.c: the state of the branch predictor model of
   bg_branchsim.h (both tables start zeroed, as cachegrind's do) and the
   step table of its two-bit counters.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "bg_branchsim.h"

UWord bg_bp_history;
UChar bg_bp_counters[BG_BP_COUNTERS];
Addr  bg_btac[BG_BTAC_SIZE];

/* Counter C after a branch went T, its misprediction, and the entry
   holding both. */
#define NEXT(c, t)  ((t) ? ((c) < 3 ? (c) + 1 : 3) : ((c) > 0 ? (c) - 1 : 0))
#define MISS(c, t)  (((c) >= 2) != (t))
#define ENTRY(c, t) ((UChar)((NEXT(c, t) << BG_BP_ENTRY_COUNTER_SHIFT) \
                             | (MISS(c, t) << BG_BP_ENTRY_MISS_SHIFT)))
/* The four indexes of counter C: its last miss bit is 0 or 1, the
   branch went 0 or 1. */
#define STEPS(c)    ENTRY(c, 0), ENTRY(c, 1), ENTRY(c, 0), ENTRY(c, 1)

const UChar bg_bp_step[16] = { STEPS(0), STEPS(1), STEPS(2), STEPS(3) };
