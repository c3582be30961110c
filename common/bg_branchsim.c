/* bg_branchsim.c: the state of the branch predictor model of
   bg_branchsim.h (both tables start zeroed, as cachegrind's do) and the
   step table of its two-bit counters.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "bg_branchsim.h"

UWord bg_bp_history;
UChar bg_bp_counters[BG_BP_COUNTERS];
Addr  bg_btac[BG_BTAC_SIZE];

/* counter 0 (strongly not taken) .. 3 (strongly taken); a taken branch
   moves it up, a not-taken one down, both saturating. */
#define STEP(next, miss) ((UChar)((next) | ((miss) << BG_BP_STEP_MISS_SHIFT)))
const UChar bg_bp_step[8] = {
   STEP(0, 0), STEP(1, 1),      /* counter 0: not taken, taken */
   STEP(0, 0), STEP(2, 1),      /* counter 1 */
   STEP(1, 1), STEP(3, 0),      /* counter 2 */
   STEP(2, 1), STEP(3, 0),      /* counter 3 */
};
