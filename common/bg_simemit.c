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
   IRDirty* d = unsafeIRDirty_0_N(2, name, VG_(fnptr_to_fnentry)(helper),
                                  mkIRExprVec_2(arg1, bg_ir_u64(packed)));
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
   IRExpr *addr, *old;
   tl_assert(sb == counts_sb);
   if (counts_base == NULL)
      counts_base = bg_ir_load(sb, Ity_I64, bg_ir_u64((HWord)&bg_sim_counts));
   addr = bg_ir_op2(sb, Ity_I64, Iop_Add64, counts_base, bg_ir_u64((ULong)slot * 8));
   old = bg_ir_load(sb, Ity_I64, addr);
   bg_ir_store(sb, addr, bg_ir_op2(sb, Ity_I64, Iop_Add64, old, inc));
}

void bg_emit_count_if(IRSB* sb, UInt slot, IRExpr* guard)
{
   bg_emit_count(sb, slot, guard ? bg_ir_op1(sb, Ity_I64, Iop_1Uto64, guard)
                                 : bg_ir_u64(1));
}

void bg_emit_count_call(IRSB* sb, UInt slot, IRExpr* guard)
{
   IRDirty* d = unsafeIRDirty_0_N(1, "bg_simseg_count",
                                  VG_(fnptr_to_fnentry)(&bg_simseg_count),
                                  mkIRExprVec_1(bg_ir_u64(slot)));
   d->guard = guard;
   addStmtToIRSB(sb, IRStmt_Dirty(d));
}

/* ---- caches ------------------------------------------------------ */

static UWord first_tag_index(const BgCache* c, UWord block)
{
   return (block & c->set_mask) * c->assoc;
}

/* I64 atom: the address of the first tag of the set of the block
   holding EA in C: the set's offset comes straight from EA when a set's
   size in bytes is a power of two. */
static IRExpr* first_tag_addr(IRSB* sb, const BgCache* c, IRExpr* ea)
{
   UWord way_bytes = c->assoc * sizeof(UWord);
   Int k = VG_(log2)((UInt)way_bytes), bits = (Int)c->line_bits;
   IRExpr* off;
   if (k < 0) {
      IRExpr* block = bg_ir_op2(sb, Ity_I64, Iop_Shr64, ea,
                          IRExpr_Const(IRConst_U8((UChar)bits)));
      off = bg_ir_op2(sb, Ity_I64, Iop_Mul64,
                bg_ir_op2(sb, Ity_I64, Iop_And64, block, bg_ir_u64(c->set_mask)),
                bg_ir_u64(way_bytes));
   } else {
      off = ea;
      if (bits > k)
         off = bg_ir_op2(sb, Ity_I64, Iop_Shr64, off,
                   IRExpr_Const(IRConst_U8((UChar)(bits - k))));
      else if (bits < k)
         off = bg_ir_op2(sb, Ity_I64, Iop_Shl64, off,
                   IRExpr_Const(IRConst_U8((UChar)(k - bits))));
      off = bg_ir_op2(sb, Ity_I64, Iop_And64, off, bg_ir_u64((ULong)c->set_mask << k));
   }
   return bg_ir_op2(sb, Ity_I64, Iop_Add64, off, bg_ir_u64((HWord)c->tags));
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
                         mkIRExprVec_1(bg_ir_u64((HWord)f)));
   d->guard = miss;
   addStmtToIRSB(sb, IRStmt_Dirty(d));
}

/* I1 atom: whether the first tag of BLOCK's set (both constants) is not
   BLOCK. */
static IRExpr* fetch_not_mru(IRSB* sb, UWord block)
{
   HWord tag_addr = (HWord)&bg_I1.tags[first_tag_index(&bg_I1, block)];
   return bg_ir_op2(sb, Ity_I1, Iop_CmpNE64, bg_ir_load(sb, Ity_I64, bg_ir_u64(tag_addr)),
              bg_ir_u64(block));
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
      miss = bg_ir_op2(sb, Ity_I64, Iop_Or64,
                 bg_ir_op1(sb, Ity_I64, Iop_1Uto64, fetch_not_mru(sb, b1)),
                 bg_ir_op1(sb, Ity_I64, Iop_1Uto64, fetch_not_mru(sb, b2)));
      miss = bg_ir_op2(sb, Ity_I1, Iop_CmpNE64, miss, bg_ir_u64(0));
   }
   fetch_call(sb, a, size, slot, miss);
}

/* The data access settles inline when it stays in one line that is the
   MRU line of its set.  With two sets or more, the first tag of the set
   of the first byte's block can only equal the last byte's block when
   both blocks are the same (a set holds only blocks of its own, or the
   0 it starts with, and a straddling access's last block is never 0),
   so one compare checks both. */
void bg_emit_data(IRSB* sb, IRExpr* ea, UInt size, UInt slot, Bool is_write)
{
   IRExpr* bits = IRExpr_Const(IRConst_U8((UChar)bg_D1.line_bits));
   IRExpr* last = size <= 1 ? ea
      : bg_ir_op2(sb, Ity_I64, Iop_Add64, ea, bg_ir_u64(size - 1));
   IRExpr* b2 = bg_ir_op2(sb, Ity_I64, Iop_Shr64, last, bits);
   IRExpr* tag = bg_ir_load(sb, Ity_I64, first_tag_addr(sb, &bg_D1, ea));
   IRExpr* miss;
   if (bg_D1.set_mask > 0 || size <= 1) {
      miss = bg_ir_op2(sb, Ity_I1, Iop_CmpNE64, tag, b2);
   } else {
      IRExpr* b1 = bg_ir_op2(sb, Ity_I64, Iop_Shr64, ea, bits);
      IRExpr* diff = bg_ir_op2(sb, Ity_I64, Iop_Or64,
                         bg_ir_op2(sb, Ity_I64, Iop_Xor64, tag, b1),
                         bg_ir_op2(sb, Ity_I64, Iop_Xor64, b2, b1));
      miss = bg_ir_op2(sb, Ity_I1, Iop_CmpNE64, diff, bg_ir_u64(0));
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

/* I64 atom: HIST's next value when the branch went TAKEN; stored. */
static void push_history(IRSB* sb, IRExpr* hist, IRExpr* taken)
{
   bg_ir_store(sb, bg_ir_u64((HWord)&bg_bp_history),
         bg_ir_op2(sb, Ity_I64, Iop_Or64,
             bg_ir_op2(sb, Ity_I64, Iop_Shl64, hist, IRExpr_Const(IRConst_U8(1))),
             taken));
}

void bg_emit_cond_branch(IRSB* sb, Addr a, IRExpr* guard, Bool inverted,
                         UInt slot)
{
   IRExpr* hist = bg_ir_load(sb, Ity_I64, bg_ir_u64((HWord)&bg_bp_history));
   IRExpr* taken = bg_ir_op1(sb, Ity_I64, Iop_1Uto64, guard);
   HWord row = (HWord)&bg_bp_counters[(a & ((1 << BG_BP_ADDR_BITS) - 1))
                                      << BG_BP_HIST_BITS];
   IRExpr *entry_addr, *entry, *next;
   if (inverted)
      taken = bg_ir_op2(sb, Ity_I64, Iop_Xor64, taken, bg_ir_u64(1));
   entry_addr = bg_ir_op2(sb, Ity_I64, Iop_Add64,
                    bg_ir_op2(sb, Ity_I64, Iop_And64, hist,
                        bg_ir_u64((1 << BG_BP_HIST_BITS) - 1)),
                    bg_ir_u64(row));
   entry = bg_ir_op1(sb, Ity_I64, Iop_8Uto64, bg_ir_load(sb, Ity_I8, entry_addr));
   next = bg_ir_op1(sb, Ity_I64, Iop_8Uto64,
              bg_ir_load(sb, Ity_I8, bg_ir_op2(sb, Ity_I64, Iop_Add64,
                                   bg_ir_op2(sb, Ity_I64, Iop_Add64, entry, taken),
                                   bg_ir_u64((HWord)bg_bp_step))));
   bg_ir_store(sb, entry_addr, bg_ir_op1(sb, Ity_I8, Iop_64to8, next));
   push_history(sb, hist, taken);
   bg_emit_count(sb, slot,
                 bg_ir_op2(sb, Ity_I64, Iop_And64,
                     bg_ir_op2(sb, Ity_I64, Iop_Shr64, next,
                         IRExpr_Const(IRConst_U8(BG_BP_ENTRY_MISS_SHIFT))),
                     bg_ir_u64(1)));
}

void bg_emit_indirect_branch(IRSB* sb, Addr a, IRExpr* target, UInt slot)
{
   IRExpr* entry = bg_ir_u64((HWord)&bg_btac[a & (BG_BTAC_SIZE - 1)]);
   IRExpr* old = bg_ir_load(sb, Ity_I64, entry);
   bg_ir_store(sb, entry, target);
   bg_emit_count_if(sb, slot, bg_ir_op2(sb, Ity_I1, Iop_CmpNE64, old, target));
}
