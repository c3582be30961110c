/* bg_ir.h: one-line builders of flat IR (every operand an atom), shared
   by the tools' instrumenters.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef BG_IR_H
#define BG_IR_H

#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"

static inline IRExpr* bg_ir_u64(ULong v)
{
   return IRExpr_Const(IRConst_U64(v));
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

#endif
