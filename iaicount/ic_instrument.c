/* ic_instrument.c: iaicount's instrumentation.  A superblock is cut into
   segments at its side exits; each segment that holds instructions gets
   one inline counter bump ("counts[segment] += 1" on the current
   context's array) placed just before the exit that ends it, so an exit
   taken skips exactly the counts of the instructions after it.  No helper
   is called, and the source position of every instruction is resolved
   here, once per translation.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_tooliface.h"
#include "bg_symbols.h"
#include "ic_costs.h"
#include "ic_instrument.h"

#define MAX_ENTRIES 1024   /* more than a superblock can hold */

typedef struct {
   IRSB*      out;
   IRTemp     base;        /* counter array pointer, loaded once per SB */
   IcSegEntry entries[MAX_ENTRIES];
   UInt       n_entries;
} SegmentBuilder;

static void add_instruction(SegmentBuilder* b, Addr addr)
{
   UInt line = bg_sym_line_of(addr);
   if (b->n_entries > 0 && b->entries[b->n_entries - 1].line == line) {
      b->entries[b->n_entries - 1].n_instrs++;
      return;
   }
   tl_assert(b->n_entries < MAX_ENTRIES);
   b->entries[b->n_entries].line = line;
   b->entries[b->n_entries].n_instrs = 1;
   b->n_entries++;
}

static IRTemp counter_base(SegmentBuilder* b)
{
   if (b->base == IRTemp_INVALID) {
      b->base = newIRTemp(b->out->tyenv, Ity_I64);
      addStmtToIRSB(b->out, IRStmt_WrTmp(b->base,
         IRExpr_Get(ic_costs_base_guest_offset(), Ity_I64)));
   }
   return b->base;
}

/* A fresh temporary holding &counts[SEG].  Each use gets its own, so that
   after tree building the back end can fold the addition into the load's
   and the store's address operand. */
static IRExpr* counter_address(SegmentBuilder* b, UInt seg)
{
   IRTemp addr = newIRTemp(b->out->tyenv, Ity_I64);
   addStmtToIRSB(b->out, IRStmt_WrTmp(addr,
      IRExpr_Binop(Iop_Add64, IRExpr_RdTmp(counter_base(b)),
                   IRExpr_Const(IRConst_U64((ULong)seg * sizeof(ULong))))));
   return IRExpr_RdTmp(addr);
}

/* Emits counts[segment] += 1 for the instructions gathered so far. */
static void close_segment(SegmentBuilder* b)
{
   IRTemp old, new;
   UInt seg;
   if (b->n_entries == 0)
      return;
   seg = ic_costs_new_segment(b->entries, b->n_entries);
   b->n_entries = 0;
   old = newIRTemp(b->out->tyenv, Ity_I64);
   new = newIRTemp(b->out->tyenv, Ity_I64);
   addStmtToIRSB(b->out, IRStmt_WrTmp(old,
      IRExpr_Load(Iend_LE, Ity_I64, counter_address(b, seg))));
   addStmtToIRSB(b->out, IRStmt_WrTmp(new,
      IRExpr_Binop(Iop_Add64, IRExpr_RdTmp(old),
                   IRExpr_Const(IRConst_U64(1)))));
   addStmtToIRSB(b->out, IRStmt_Store(Iend_LE, counter_address(b, seg),
                                      IRExpr_RdTmp(new)));
}

IRSB* ic_instrument(VgCallbackClosure* closure, IRSB* sb_in,
                    const VexGuestLayout* layout,
                    const VexGuestExtents* vge,
                    const VexArchInfo* archinfo_host,
                    IRType guest_word_type, IRType host_word_type)
{
   SegmentBuilder b;
   Int i = 0;

   tl_assert(guest_word_type == Ity_I64 && host_word_type == Ity_I64);
   b.out = deepCopyIRSBExceptStmts(sb_in);
   b.base = IRTemp_INVALID;
   b.n_entries = 0;

   /* The preamble (self-checks, redirection set-up) is not guest code. */
   for (; i < sb_in->stmts_used && sb_in->stmts[i]->tag != Ist_IMark; i++)
      addStmtToIRSB(b.out, sb_in->stmts[i]);

   for (; i < sb_in->stmts_used; i++) {
      IRStmt* st = sb_in->stmts[i];
      if (st->tag == Ist_IMark)
         add_instruction(&b, (Addr)st->Ist.IMark.addr);
      else if (st->tag == Ist_Exit)
         close_segment(&b);
      addStmtToIRSB(b.out, st);
   }
   close_segment(&b);
   return b.out;
}
