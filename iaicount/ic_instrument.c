/* ic_instrument.c: iaicount's instrumentation.  A superblock is cut into
   segments at its side exits; each segment that holds instructions gets
   one inline counter bump ("counts[segment] += 1" on the current
   context's array) placed just before the exit that ends it, so an exit
   taken skips exactly the counts of the instructions after it.  No helper
   is called, and the source position of every instruction is resolved
   here, once per translation.  With --call-graph=yes, bg_cginstr adds
   the running totals and the call-graph events; with --toggle-collect,
   bg_toggle its entries and exits.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_tooliface.h"
#include "bg_callgraph.h"
#include "bg_cginstr.h"
#include "bg_ir.h"
#include "bg_symbols.h"
#include "bg_toggle.h"
#include "ic_costs.h"
#include "ic_instrument.h"

#define MAX_ENTRIES 1024   /* more than a superblock can hold */

typedef struct {
   IRSB*      out;
   IRTemp     base;        /* counter array pointer, loaded once per SB */
   IcSegEntry entries[MAX_ENTRIES];
   UInt       n_entries;
} SegmentBuilder;

static void add_instruction(SegmentBuilder* b, UInt line)
{
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
      b->base = newIRTemp(b->out->tyenv, BG_IR_WORD);
      addStmtToIRSB(b->out, IRStmt_WrTmp(b->base,
         IRExpr_Get(ic_costs_base_guest_offset(), BG_IR_WORD)));
   }
   return b->base;
}

/* A fresh temporary holding &counts[SEG].  Each use gets its own, so that
   after tree building the back end can fold the addition into the load's
   and the store's address operand. */
static IRExpr* counter_address(SegmentBuilder* b, UInt seg)
{
   IRTemp addr = newIRTemp(b->out->tyenv, BG_IR_WORD);
   addStmtToIRSB(b->out, IRStmt_WrTmp(addr,
      IRExpr_Binop(BG_Iop_AddW, IRExpr_RdTmp(counter_base(b)),
                   bg_ir_word((HWord)seg * sizeof(ULong)))));
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

/* The first instruction of a --toggle-collect function: what ran before
   counts where it did, and the counter pointer is read again after the
   helper, which may switch contexts. */
static void toggle_entry(SegmentBuilder* b, BgCgInstr* cg,
                         const VexGuestLayout* layout, IRType word)
{
   close_segment(b);
   if (cg != NULL)
      bg_cgi_flush(cg);
   bg_toggle_emit_enter(b->out, layout, word, ic_costs_base_guest_offset(),
                        sizeof(ULong*));
   b->base = IRTemp_INVALID;
}

IRSB* ic_instrument(VgCallbackClosure* closure, IRSB* sb_in,
                    const VexGuestLayout* layout,
                    const VexGuestExtents* vge,
                    const VexArchInfo* archinfo_host,
                    IRType guest_word_type, IRType host_word_type)
{
   SegmentBuilder b;
   BgCgInstr cgi;
   BgCgInstr* cg = bg_cg_enabled() ? &cgi : NULL;
   Int i = 0;

   tl_assert(guest_word_type == BG_IR_WORD && host_word_type == BG_IR_WORD);
   b.out = deepCopyIRSBExceptStmts(sb_in);
   b.base = IRTemp_INVALID;
   b.n_entries = 0;
   if (cg != NULL)
      bg_cgi_start(cg, b.out, layout, vge, guest_word_type);

   /* The preamble (self-checks, redirection set-up) is not guest code. */
   for (; i < sb_in->stmts_used && sb_in->stmts[i]->tag != Ist_IMark; i++)
      addStmtToIRSB(b.out, sb_in->stmts[i]);

   for (; i < sb_in->stmts_used; i++) {
      IRStmt* st = sb_in->stmts[i];
      if (st->tag == Ist_IMark) {
         Addr a = (Addr)st->Ist.IMark.addr;
         UInt line = bg_sym_line_of(a);
         if (bg_toggle_is_start(a))
            toggle_entry(&b, cg, layout, guest_word_type);
         if (cg != NULL)
            bg_cgi_instr(cg, a, st->Ist.IMark.len, line);
         add_instruction(&b, line);
      } else if (st->tag == Ist_Exit) {
         close_segment(&b);
         if (cg != NULL)
            bg_cgi_flush(cg);
      }
      addStmtToIRSB(b.out, st);
      if (cg != NULL)
         bg_cgi_stmt(cg, st);
   }
   close_segment(&b);
   if (cg != NULL)
      bg_cgi_end(cg, sb_in);
   bg_toggle_emit_end(b.out, sb_in, layout, guest_word_type);
   return b.out;
}
