/* bg_cginstr.c: the IR of call graphs (bg_cginstr.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_machine.h"
#include "pub_tool_tooliface.h"
#include "bg_ir.h"
#include "bg_sim.h"
#include "bg_symbols.h"
#include "bg_cgfn.h"
#include "bg_cgstack.h"
#include "bg_callgraph.h"
#include "bg_cginstr.h"

static const BgEvent pending_event[3] = { BG_EV_Ir, BG_EV_Dr, BG_EV_Dw };

void bg_cgi_start(BgCgInstr* b, IRSB* out, const VexGuestLayout* layout,
                  const VexGuestExtents* vge, IRType guest_word)
{
   b->vge = vge;
   b->out = out;
   b->word = guest_word;
   b->sp_offset = layout->offset_SP;
   b->fn = BG_CG_NO_FN;
   b->started = False;
   b->next_addr = 0;
   b->stores_ret = False;
   b->pending[0] = b->pending[1] = b->pending[2] = 0;
}

static IRExpr* stack_pointer(BgCgInstr* b)
{
   return bg_ir_bind(b->out, b->word, IRExpr_Get(b->sp_offset, b->word));
}

void bg_cgi_flush(BgCgInstr* b)
{
   UInt i;
   for (i = 0; i < 3; i++) {
      IRExpr* addr;
      if (b->pending[i] == 0)
         continue;
      addr = mkIRExpr_HWord((HWord)&bg_cg_run[pending_event[i]]);
      bg_ir_store(b->out, addr,
                  bg_ir_op2(b->out, Ity_I64, Iop_Add64,
                            bg_ir_load(b->out, Ity_I64, addr),
                            bg_ir_u64(b->pending[i])));
      b->pending[i] = 0;
   }
}

/* HELPER(ARG, SP), when GUARD holds (NULL: always). */
static void event(BgCgInstr* b, const HChar* name, void* helper,
                  IRExpr* arg, IRExpr* guard)
{
   IRExpr* sp = stack_pointer(b);
   IRDirty* d = unsafeIRDirty_0_N(2, name, VG_(fnptr_to_fnentry)(helper),
                                  mkIRExprVec_2(arg, sp));
   if (guard != NULL)
      d->guard = guard;
   addStmtToIRSB(b->out, IRStmt_Dirty(d));
}

static IRExpr* code_arg(const BgCgCode* c)
{
   return mkIRExpr_HWord((HWord)c);
}

/* bg_cg_resync when the function on top is not FN. */
static void check(BgCgInstr* b, Addr addr, UInt fn)
{
   IRExpr* top = bg_ir_load(b->out, Ity_I32,
                            mkIRExpr_HWord((HWord)&bg_cg_top));
   IRExpr* differs = bg_ir_op2(b->out, Ity_I1, Iop_CmpNE32, top,
                               IRExpr_Const(IRConst_U32(fn)));
   event(b, "bg_cg_resync", (void*)&bg_cg_resync, code_arg(bg_cgcode(addr)),
         differs);
}

static Bool is_own_entry(const BgCgInstr* b, Addr a)
{
   const BgCgCode* c = bg_cgcode(a);
   return c->is_entry && c->fn == b->fn;
}

/* Whether a block VEX appended to the superblock starts at A. */
static Bool starts_extent(const BgCgInstr* b, Addr a)
{
   UInt i;
   for (i = 1; i < b->vge->n_used; i++)
      if ((Addr)b->vge->base[i] == a)
         return True;
   return False;
}

void bg_cgi_instr(BgCgInstr* b, Addr addr, UInt len, UInt line)
{
   UInt fn = bg_cgfn_of_line(line);
   if (!b->started) {
      check(b, addr, fn);
   } else if (b->stores_ret) {
      /* a call VEX chased (or a call to the next instruction) */
      bg_cgi_flush(b);
      event(b, "bg_cg_call", (void*)&bg_cg_call, code_arg(bg_cgcode(addr)),
            NULL);
   } else if (addr != b->next_addr && fn == b->fn && is_own_entry(b, addr)) {
      bg_cgi_flush(b);
      event(b, "bg_cg_jump_entry", (void*)&bg_cg_jump_entry,
            code_arg(bg_cgcode(addr)), NULL);
   } else if (fn != b->fn) {
      bg_cgi_flush(b);
      /* running on into the next function is no call; but where a
         block VEX joined starts (after a jump, even to the next
         instruction, or a conditional branch), callgrind, which does
         not chase, starts a block of its own: at a function's entry, a
         call */
      if (addr == b->next_addr && !starts_extent(b, addr))
         event(b, "bg_cg_fall_into", (void*)&bg_cg_fall_into,
               code_arg(bg_cgcode(addr)), NULL);
      else
         check(b, addr, fn);
   }
   b->started = True;
   b->fn = fn;
   b->next_addr = addr + (len == 0 ? 1 : len);
   b->stores_ret = False;
   b->pending[0]++;
}

void bg_cgi_stmt(BgCgInstr* b, const IRStmt* st)
{
   const IRExpr* data;
   ULong v;
   if (st->tag != Ist_Store)
      return;
   data = st->Ist.Store.data;
   if (data->tag != Iex_Const)
      return;
   if (data->Iex.Const.con->tag == Ico_U64)
      v = data->Iex.Const.con->Ico.U64;
   else if (data->Iex.Const.con->tag == Ico_U32)
      v = data->Iex.Const.con->Ico.U32;
   else
      return;
   if (v == (ULong)b->next_addr)
      b->stores_ret = True;
}

void bg_cgi_data(BgCgInstr* b, Bool is_write)
{
   b->pending[is_write ? 2 : 1]++;
}

void bg_cgi_end(BgCgInstr* b, const IRSB* in)
{
   const IRExpr* next = in->next;
   bg_cgi_flush(b);
   switch (in->jumpkind) {
   case Ijk_Call:
      if (next->tag == Iex_Const)
         event(b, "bg_cg_call", (void*)&bg_cg_call,
               code_arg(bg_cgcode((Addr)(b->word == Ity_I64
                                         ? next->Iex.Const.con->Ico.U64
                                         : next->Iex.Const.con->Ico.U32))),
               NULL);
      else
         event(b, "bg_cg_call_to", (void*)&bg_cg_call_to,
               deepCopyIRExpr(next), NULL);
      break;
   case Ijk_Ret: {
      IRExpr* sp = stack_pointer(b);
      IRDirty* d = unsafeIRDirty_0_N(1, "bg_cg_ret",
                                     VG_(fnptr_to_fnentry)(&bg_cg_ret),
                                     mkIRExprVec_1(sp));
      addStmtToIRSB(b->out, IRStmt_Dirty(d));
      break;
   }
   case Ijk_Boring:
      if (next->tag == Iex_Const) {
         Addr a = (Addr)(b->word == Ity_I64 ? next->Iex.Const.con->Ico.U64
                                            : next->Iex.Const.con->Ico.U32);
         if (b->started && is_own_entry(b, a))
            event(b, "bg_cg_jump_entry", (void*)&bg_cg_jump_entry,
                  code_arg(bg_cgcode(a)), NULL);
      }
      break;
   default:
      break;
   }
}
