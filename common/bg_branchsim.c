/* bg_branchsim.c: the state of the branch predictor model of
   bg_branchsim.h (both tables start zeroed, as cachegrind's do).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "bg_branchsim.h"

UWord bg_bp_history;
UChar bg_bp_counters[BG_BP_COUNTERS];
Addr  bg_btac[BG_BTAC_SIZE];
