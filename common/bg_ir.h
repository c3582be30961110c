/* bg_ir.h: one-line builders of flat IR (every operand an atom), shared
   by the tools' instrumenters.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef BG_IR_H
#define BG_IR_H

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_tooliface.h"

/* The host word (Ity_I64 on amd64, Ity_I32 on x86): the type of
   addresses, pointers and helper arguments in the generated code, and
   the operations on it.  Guest and host words are the same on every
   platform the tools are built for.  Counters stay 64-bit (ULong) on
   every host: bg_ir_widen64 takes a word to them. */
#if VG_WORDSIZE == 8
#  define BG_IR_WORD        Ity_I64
#  define BG_IR_WORD_SHIFT  3        /* log2 of the word's size */
#  define BG_Iop_AddW       Iop_Add64
#  define BG_Iop_SubW       Iop_Sub64
#  define BG_Iop_AndW       Iop_And64
#  define BG_Iop_OrW        Iop_Or64
#  define BG_Iop_XorW       Iop_Xor64
#  define BG_Iop_ShlW       Iop_Shl64
#  define BG_Iop_ShrW       Iop_Shr64
#  define BG_Iop_CmpEQW     Iop_CmpEQ64
#  define BG_Iop_CmpNEW     Iop_CmpNE64
#  define BG_Iop_CmpLTWU    Iop_CmpLT64U
#  define BG_Iop_1UtoW      Iop_1Uto64
#  define BG_Iop_1StoW      Iop_1Sto64
#  define BG_Iop_8UtoW      Iop_8Uto64
#  define BG_Iop_Wto8       Iop_64to8
#else
#  define BG_IR_WORD        Ity_I32
#  define BG_IR_WORD_SHIFT  2
#  define BG_Iop_AddW       Iop_Add32
#  define BG_Iop_SubW       Iop_Sub32
#  define BG_Iop_AndW       Iop_And32
#  define BG_Iop_OrW        Iop_Or32
#  define BG_Iop_XorW       Iop_Xor32
#  define BG_Iop_ShlW       Iop_Shl32
#  define BG_Iop_ShrW       Iop_Shr32
#  define BG_Iop_CmpEQW     Iop_CmpEQ32
#  define BG_Iop_CmpNEW     Iop_CmpNE32
#  define BG_Iop_CmpLTWU    Iop_CmpLT32U
#  define BG_Iop_1UtoW      Iop_1Uto32
#  define BG_Iop_1StoW      Iop_1Sto32
#  define BG_Iop_8UtoW      Iop_8Uto32
#  define BG_Iop_Wto8       Iop_32to8
#endif

static inline IRExpr* bg_ir_u64(ULong v)
{
   return IRExpr_Const(IRConst_U64(v));
}

/* A host word constant. */
static inline IRExpr* bg_ir_word(HWord v)
{
   return mkIRExpr_HWord(v);
}

/* The value of C, a host word constant. */
static inline HWord bg_ir_const_word(const IRConst* c)
{
#if VG_WORDSIZE == 8
   tl_assert(c->tag == Ico_U64);
   return c->Ico.U64;
#else
   tl_assert(c->tag == Ico_U32);
   return c->Ico.U32;
#endif
}

/* A new temporary of type TY holding E. */
static inline IRTemp bg_ir_temp(IRSB* sb, IRType ty, IRExpr* e)
{
   IRTemp t = newIRTemp(sb->tyenv, ty);
   addStmtToIRSB(sb, IRStmt_WrTmp(t, e));
   return t;
}

/* The same, returned as an atom. */
static inline IRExpr* bg_ir_bind(IRSB* sb, IRType ty, IRExpr* e)
{
   return IRExpr_RdTmp(bg_ir_temp(sb, ty, e));
}

static inline IRExpr* bg_ir_op1(IRSB* sb, IRType ty, IROp op, IRExpr* a)
{
   return bg_ir_bind(sb, ty, IRExpr_Unop(op, a));
}

static inline IRExpr* bg_ir_op2(IRSB* sb, IRType ty, IROp op, IRExpr* a,
                                IRExpr* b)
{
   return bg_ir_bind(sb, ty, IRExpr_Binop(op, a, b));
}

static inline IRExpr* bg_ir_load(IRSB* sb, IRType ty, IRExpr* addr)
{
   return bg_ir_bind(sb, ty, IRExpr_Load(Iend_LE, ty, addr));
}

static inline void bg_ir_store(IRSB* sb, IRExpr* addr, IRExpr* data)
{
   addStmtToIRSB(sb, IRStmt_Store(Iend_LE, addr, data));
}

/* An I64 atom of the same value as word atom W (W itself on a 64-bit
   host). */
static inline IRExpr* bg_ir_widen64(IRSB* sb, IRExpr* w)
{
#if VG_WORDSIZE == 8
   return w;
#else
   if (w->tag == Iex_Const)
      return bg_ir_u64(w->Iex.Const.con->Ico.U32);
   return bg_ir_op1(sb, Ity_I64, Iop_32Uto64, w);
#endif
}

#endif
