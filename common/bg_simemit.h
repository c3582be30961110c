/* bg_simemit.h: the inline IR of bg_sim (internal to bg_siminstr.c):
   with a call graph, the helpers also add their misses to its running
   totals (bg_simcg.c).
   the MRU checks of the caches with their helper calls, the branch
   predictor, and counter increments.  Every function appends flat IR to
   SB; SLOT arguments are counters of bg_simseg. */
#ifndef BG_SIMEMIT_H
#define BG_SIMEMIT_H

#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"

/* Call before the first of the functions below on a new SB. */
void bg_emit_start(IRSB* sb);

/* counts[SLOT] += INC (an I64 atom). */
void bg_emit_count(IRSB* sb, UInt slot, IRExpr* inc);
/* counts[SLOT] += 1 when GUARD (an I1 atom; NULL: always) holds. */
void bg_emit_count_if(IRSB* sb, UInt slot, IRExpr* guard);
/* The same by a helper call, made when GUARD holds. */
void bg_emit_count_call(IRSB* sb, UInt slot, IRExpr* guard);

/* The fetch of SIZE bytes at A (two lines if it straddles). */
void bg_emit_fetch(IRSB* sb, Addr a, UInt size, UInt slot);
/* The data access of SIZE bytes at EA (an I64 atom). */
void bg_emit_data(IRSB* sb, IRExpr* ea, UInt size, UInt slot, Bool is_write);
/* The guarded data access of SIZE bytes at EA, done when GUARD holds. */
void bg_emit_guarded(IRSB* sb, IRExpr* ea, IRExpr* guard, UInt size,
                     UInt slot, Bool is_write);

/* The conditional branch at A: taken when GUARD (an I1 atom) differs
   from INVERTED. */
void bg_emit_cond_branch(IRSB* sb, Addr a, IRExpr* guard, Bool inverted,
                         UInt slot);
/* The indirect branch at A to TARGET (an I64 atom). */
void bg_emit_indirect_branch(IRSB* sb, Addr a, IRExpr* target, UInt slot);

#endif
