/* bg_simemit.c: bg_sim's inline IR.  An access to the MRU line of its L1
   set is a hit that changes nothing, so the instrumented code only
   compares the block with the first tag of its set and calls a helper
   for the rest; the set of a fetch is known when it is instrumented.
   Conditional branches step the predictor's two-bit counter through
   bg_bp_step; indirect ones compare with and replace their BTAC entry.
   Counters are bumped inline, or by a call where that is rarer.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_machine.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_tooliface.h"
#include "bg_branchsim.h"
#include "bg_cachesim.h"
#include "bg_callgraph.h"
#include "bg_ir.h"
#include "bg_simemit.h"
#include "bg_simseg.h"

/* HELPER(ARG1, PACKED) when GUARD holds (NULL: always). */
static void call(IRSB* sb, const HChar* name, void* helper, IRExpr* arg1,
                 ULong packed, IRExpr* guard)
{
   IRDirty* d;
   tl_assert((ULong)(HWord)packed == packed);
   d = unsafeIRDirty_0_N(2, name, VG_(fnptr_to_fnentry)(helper),
                         mkIRExprVec_2(arg1, bg_ir_word((HWord)packed)));
   if (guard != NULL)
      d->guard = guard;
   addStmtToIRSB(sb, IRStmt_Dirty(d));
}

/* ---- counters ---------------------------------------------------- */

/* bg_sim_counts only changes between superblock runs (a context switch
   is a client request), so a superblock reads it once, at its first
   counter. */
static IRSB*   counts_sb;
static IRExpr* counts_base;

void bg_emit_start(IRSB* sb)
{
   counts_sb = sb;
   counts_base = NULL;
}

void bg_emit_count(IRSB* sb, UInt slot, IRExpr* inc)
{
   IRExpr* off = bg_ir_word((HWord)slot * sizeof(ULong));
   IRExpr* old;
   tl_assert(sb == counts_sb);
   if (counts_base == NULL)
      counts_base = bg_ir_load(sb, BG_IR_WORD, bg_ir_word((HWord)&bg_sim_counts));
   inc = bg_ir_widen64(sb, inc);
   /* a fresh address temporary for the load and for the store, so that
      the back end folds each into its instruction's address */
   old = bg_ir_load(sb, Ity_I64, bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AddW, counts_base, off));
   bg_ir_store(sb, bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AddW, counts_base, off),
               bg_ir_op2(sb, Ity_I64, Iop_Add64, old, inc));
}

void bg_emit_count_if(IRSB* sb, UInt slot, IRExpr* guard)
{
   bg_emit_count(sb, slot, guard ? bg_ir_op1(sb, BG_IR_WORD, BG_Iop_1UtoW, guard)
                                 : bg_ir_word(1));
}

void bg_emit_count_call(IRSB* sb, UInt slot, IRExpr* guard)
{
   IRDirty* d = unsafeIRDirty_0_N(1, "bg_simseg_count",
                                  VG_(fnptr_to_fnentry)(&bg_simseg_count),
                                  mkIRExprVec_1(bg_ir_word(slot)));
   d->guard = guard;
   addStmtToIRSB(sb, IRStmt_Dirty(d));
}

/* ---- caches ------------------------------------------------------ */

/* Word atom: the MRU block + 1 of the set of the block holding EA in
   C: the entry's offset is EA shifted right by line_bits less the
   word's log2 size, and masked (a line is never under 16 bytes). */
static IRExpr* load_mru(IRSB* sb, const BgCache* c, IRExpr* ea)
{
   UChar shift = (UChar)(c->line_bits - BG_IR_WORD_SHIFT);
   IRExpr* off = bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AndW,
                     bg_ir_op2(sb, BG_IR_WORD, BG_Iop_ShrW, ea,
                         IRExpr_Const(IRConst_U8(shift))),
                     bg_ir_word((HWord)c->set_mask << BG_IR_WORD_SHIFT));
   return bg_ir_load(sb, BG_IR_WORD,
              bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AddW, off, bg_ir_word((HWord)c->mru)));
}

/* bg_simseg_ref_I for the fetch of SIZE bytes at A, when MISS holds;
   its descriptor lives as long as the tool. */
static void fetch_call(IRSB* sb, Addr a, UInt size, UInt slot, IRExpr* miss)
{
   BgSimFetch* f = VG_(perm_malloc)(sizeof *f, sizeof(Addr));
   IRDirty* d;
   f->addr = a;
   f->packed = BG_SIM_PACK(slot, size);
   d = unsafeIRDirty_0_N(1, "bg_simseg_ref_I",
                         VG_(fnptr_to_fnentry)(bg_cg_enabled()
                                               ? (void*)&bg_simcg_ref_I
                                               : (void*)&bg_simseg_ref_I),
                         mkIRExprVec_1(bg_ir_word((HWord)f)));
   d->guard = miss;
   addStmtToIRSB(sb, IRStmt_Dirty(d));
}

/* I1 atom: whether BLOCK (a constant, so is its set) is not the MRU
   block of its set. */
static IRExpr* fetch_not_mru(IRSB* sb, UWord block)
{
   HWord mru = (HWord)&bg_I1.mru[block & bg_I1.set_mask];
   return bg_ir_op2(sb, Ity_I1, BG_Iop_CmpNEW,
              bg_ir_load(sb, BG_IR_WORD, bg_ir_word(mru)),
              bg_ir_word((HWord)block + 1));
}

/* A fetch settles inline when each line it touches is the MRU line of
   its set: they are constants, and so are their sets. */
void bg_emit_fetch(IRSB* sb, Addr a, UInt size, UInt slot)
{
   UInt bits = bg_I1.line_bits;
   UWord b1 = a >> bits, b2 = (a + size - 1) >> bits;
   IRExpr* miss;
   if (b2 == b1) {
      miss = fetch_not_mru(sb, b1);
   } else {
      miss = bg_ir_op2(sb, BG_IR_WORD, BG_Iop_OrW,
                 bg_ir_op1(sb, BG_IR_WORD, BG_Iop_1UtoW, fetch_not_mru(sb, b1)),
                 bg_ir_op1(sb, BG_IR_WORD, BG_Iop_1UtoW, fetch_not_mru(sb, b2)));
      miss = bg_ir_op2(sb, Ity_I1, BG_Iop_CmpNEW, miss, bg_ir_word(0));
   }
   fetch_call(sb, a, size, slot, miss);
}

/* The data access settles inline when it stays in one line that is the
   MRU line of its set.  The MRU array holds block + 1, which is
   (address + line size) >> line bits.  With two sets or more, the MRU
   block of the set of the first byte's block can only equal the last
   byte's block when both blocks are the same (a set holds only blocks
   of its own, or nothing), so one compare checks both. */
void bg_emit_data(IRSB* sb, IRExpr* ea, UInt size, UInt slot, Bool is_write)
{
   IRExpr* bits = IRExpr_Const(IRConst_U8((UChar)bg_D1.line_bits));
   HWord line = (HWord)1 << bg_D1.line_bits;
   IRExpr* e2 = bg_ir_op2(sb, BG_IR_WORD, BG_Iop_ShrW,
                    bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AddW, ea, bg_ir_word(size - 1 + line)),
                    bits);
   IRExpr* tag = load_mru(sb, &bg_D1, ea);
   IRExpr* miss;
   if (bg_D1.set_mask > 0 || size <= 1) {
      miss = bg_ir_op2(sb, Ity_I1, BG_Iop_CmpNEW, tag, e2);
   } else {
      IRExpr* e1 = bg_ir_op2(sb, BG_IR_WORD, BG_Iop_ShrW,
                       bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AddW, ea, bg_ir_word(line)),
                       bits);
      IRExpr* diff = bg_ir_op2(sb, BG_IR_WORD, BG_Iop_OrW,
                         bg_ir_op2(sb, BG_IR_WORD, BG_Iop_XorW, tag, e1),
                         bg_ir_op2(sb, BG_IR_WORD, BG_Iop_XorW, e2, e1));
      miss = bg_ir_op2(sb, Ity_I1, BG_Iop_CmpNEW, diff, bg_ir_word(0));
   }
   call(sb, "bg_simseg_ref_D",
        !bg_cg_enabled() ? (void*)&bg_simseg_ref_D
        : is_write ? (void*)&bg_simcg_ref_Dw : (void*)&bg_simcg_ref_Dr,
        ea, BG_SIM_PACK(slot, size), miss);
}

void bg_emit_guarded(IRSB* sb, IRExpr* ea, IRExpr* guard, UInt size,
                     UInt slot, Bool is_write)
{
   call(sb, "bg_simseg_ref_DG",
        !bg_cg_enabled() ? (void*)&bg_simseg_ref_DG
        : is_write ? (void*)&bg_simcg_ref_DGw : (void*)&bg_simcg_ref_DGr,
        ea, BG_SIM_PACK(slot, size), guard);
}

/* ---- branches ---------------------------------------------------- */

/* HIST's next value when the branch went TAKEN (word atoms), stored. */
static void push_history(IRSB* sb, IRExpr* hist, IRExpr* taken)
{
   bg_ir_store(sb, bg_ir_word((HWord)&bg_bp_history),
         bg_ir_op2(sb, BG_IR_WORD, BG_Iop_OrW,
             bg_ir_op2(sb, BG_IR_WORD, BG_Iop_ShlW, hist, IRExpr_Const(IRConst_U8(1))),
             taken));
}

void bg_emit_cond_branch(IRSB* sb, Addr a, IRExpr* guard, Bool inverted,
                         UInt slot)
{
   IRExpr* hist = bg_ir_load(sb, BG_IR_WORD, bg_ir_word((HWord)&bg_bp_history));
   IRExpr* taken = bg_ir_op1(sb, BG_IR_WORD, BG_Iop_1UtoW, guard);
   HWord row = (HWord)&bg_bp_counters[(a & ((1 << BG_BP_ADDR_BITS) - 1))
                                      << BG_BP_HIST_BITS];
   IRExpr *entry_addr, *entry, *next;
   if (inverted)
      taken = bg_ir_op2(sb, BG_IR_WORD, BG_Iop_XorW, taken, bg_ir_word(1));
   entry_addr = bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AddW,
                    bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AndW, hist,
                        bg_ir_word((1 << BG_BP_HIST_BITS) - 1)),
                    bg_ir_word(row));
   entry = bg_ir_op1(sb, BG_IR_WORD, BG_Iop_8UtoW, bg_ir_load(sb, Ity_I8, entry_addr));
   next = bg_ir_op1(sb, BG_IR_WORD, BG_Iop_8UtoW,
              bg_ir_load(sb, Ity_I8, bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AddW,
                                   bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AddW, entry, taken),
                                   bg_ir_word((HWord)bg_bp_step))));
   bg_ir_store(sb, entry_addr, bg_ir_op1(sb, Ity_I8, BG_Iop_Wto8, next));
   push_history(sb, hist, taken);
   bg_emit_count(sb, slot,
                 bg_ir_op2(sb, BG_IR_WORD, BG_Iop_AndW,
                     bg_ir_op2(sb, BG_IR_WORD, BG_Iop_ShrW, next,
                         IRExpr_Const(IRConst_U8(BG_BP_ENTRY_MISS_SHIFT))),
                     bg_ir_word(1)));
}

void bg_emit_indirect_branch(IRSB* sb, Addr a, IRExpr* target, UInt slot)
{
   IRExpr* entry = bg_ir_word((HWord)&bg_btac[a & (BG_BTAC_SIZE - 1)]);
   IRExpr* old = bg_ir_load(sb, BG_IR_WORD, entry);
   bg_ir_store(sb, entry, target);
   bg_emit_count_if(sb, slot, bg_ir_op2(sb, Ity_I1, BG_Iop_CmpNEW, old, target));
}
