/* bg_siminstr.c: bg_sim's instrumentation pass.  It walks a superblock
   like cachegrind does (the same accesses from the same IR statements,
   the same merging of a load and a store of one location into a
   "modify", the same branch events) and gathers them, in order, from
   the start of the superblock.  Before each side exit it places one call
   of bg_simseg_run guarded by the exit's condition, for everything
   gathered so far (the exit's branch counted taken, the earlier ones not
   taken), and one more, unguarded, at the end: each run of the
   superblock makes exactly one call.  A path with nothing to simulate
   gets an inline counter bump instead.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_machine.h"
#include "pub_tool_tooliface.h"
#include "bg_cachesim.h"
#include "bg_sim.h"
#include "bg_simseg.h"
#include "bg_symbols.h"

#define MAX_SEG_EVENTS   1024
#define MAX_SEG_COSTS    512
#define MAX_SEG_BRANCHES 128

typedef struct {
   IRSB*         out;
   IRTypeEnv*    tyenv_in;
   BgSimEvent    events[MAX_SEG_EVENTS];
   BgSimLineCost costs[MAX_SEG_COSTS];
   BgSimBranch   branches[MAX_SEG_BRANCHES];
   UInt          n_events, n_costs, n_branches, n_addrs;
   /* the current instruction */
   Addr          cia;
   UInt          isize, line;
   /* the I1 line the previous fetch of this superblock lay in */
   Bool          prev_fetch_valid;
   UWord         prev_fetch_block;
   /* the last event, if it is a plain read a write may merge with */
   Bool          merge_ok;
   Int           merge_size;
   IRExpr*       merge_ea;
} Builder;

/* ---- static costs per line --------------------------------------- */

static BgSimLineCost* line_cost(Builder* b)
{
   BgSimLineCost* c;
   if (b->n_costs > 0 && b->costs[b->n_costs - 1].line == b->line)
      return &b->costs[b->n_costs - 1];
   tl_assert(b->n_costs < MAX_SEG_COSTS);
   c = &b->costs[b->n_costs++];
   c->line = b->line;
   c->n_ir = c->n_dr = c->n_dw = 0;
   return c;
}

static BgSimEvent* new_event(Builder* b, UInt kind, UInt size)
{
   BgSimEvent* e;
   tl_assert(b->n_events < MAX_SEG_EVENTS);
   e = &b->events[b->n_events++];
   VG_(memset)(e, 0, sizeof *e);
   e->kind = (UChar)kind;
   e->size = (UChar)size;
   e->line = b->line;
   return e;
}

/* ---- IR helpers ------------------------------------------------------ */

static IRTemp new_temp(Builder* b, IRType ty)
{
   return newIRTemp(b->out->tyenv, ty);
}

static void emit(Builder* b, IRStmt* st)
{
   addStmtToIRSB(b->out, st);
}

/* bg_sim_addrs[n] = ADDR; returns n. */
static UInt store_address(Builder* b, IRExpr* addr)
{
   UInt n = b->n_addrs++;
   tl_assert(n < BG_SIM_MAX_ADDRS);
   emit(b, IRStmt_Store(Iend_LE, mkIRExpr_HWord((HWord)&bg_sim_addrs[n]),
                        addr));
   return n;
}

/* counts[slot] += INC (an I64 atom), inline. */
static void emit_count(Builder* b, UInt slot, IRExpr* inc)
{
   IRTemp base = new_temp(b, Ity_I64), addr = new_temp(b, Ity_I64);
   IRTemp old = new_temp(b, Ity_I64), new = new_temp(b, Ity_I64);
   emit(b, IRStmt_WrTmp(base, IRExpr_Load(Iend_LE, Ity_I64,
                        mkIRExpr_HWord((HWord)&bg_sim_counts))));
   emit(b, IRStmt_WrTmp(addr, IRExpr_Binop(Iop_Add64, IRExpr_RdTmp(base),
                        IRExpr_Const(IRConst_U64((ULong)slot * 8)))));
   emit(b, IRStmt_WrTmp(old, IRExpr_Load(Iend_LE, Ity_I64,
                                         IRExpr_RdTmp(addr))));
   emit(b, IRStmt_WrTmp(new, IRExpr_Binop(Iop_Add64, IRExpr_RdTmp(old),
                                          inc)));
   emit(b, IRStmt_Store(Iend_LE, IRExpr_RdTmp(addr), IRExpr_RdTmp(new)));
}

/* ---- paths ----------------------------------------------------------- */

static UInt slots_of(const BgSimEvent* e)
{
   return e->kind == BG_SE_DG ? 3 : 2;
}

/* Gives the path's runs, events and branches their counters. */
static UInt reserve_slots(Builder* b, UInt n_branches)
{
   UInt i, n = 1 + n_branches, next, runs;
   for (i = 0; i < b->n_events; i++)
      n += slots_of(&b->events[i]);
   next = bg_simseg_new_slots(n);
   runs = next++;
   for (i = 0; i < n_branches; i++)
      b->branches[i].slot = next++;
   for (i = 0; i < b->n_events; i++) {
      b->events[i].slot = next;
      next += slots_of(&b->events[i]);
   }
   return runs;
}

/* Registers what was gathered, plus EXTRA (a branch, or NULL), as a
   path, and emits its helper call, made when GUARD holds (NULL: always);
   ARG: the indirect branch target. */
static void emit_path(Builder* b, const BgSimBranch* extra, IRExpr* guard,
                      IRExpr* arg)
{
   BgSimSeg s;
   const BgSimSeg* reg;
   UInt n_branches = b->n_branches;
   if (b->n_costs == 0 && b->n_events == 0 && n_branches == 0 && !extra)
      return;
   if (extra != NULL)
      b->branches[n_branches++] = *extra;
   VG_(memset)(&s, 0, sizeof s);
   s.runs_slot = reserve_slots(b, n_branches);
   s.events = b->events;
   s.n_events = b->n_events;
   s.costs = b->costs;
   s.n_costs = b->n_costs;
   s.branches = b->branches;
   s.n_branches = n_branches;
   reg = bg_simseg_register(&s);
   if (b->n_events == 0 && n_branches == 0) {
      IRTemp inc = new_temp(b, Ity_I64);
      emit(b, IRStmt_WrTmp(inc, guard ? IRExpr_Unop(Iop_1Uto64, guard)
                                      : IRExpr_Const(IRConst_U64(1))));
      emit_count(b, reg->runs_slot, IRExpr_RdTmp(inc));
   } else {
      IRDirty* d = unsafeIRDirty_0_N(2, "bg_simseg_run",
                     VG_(fnptr_to_fnentry)((void*)&bg_simseg_run),
                     mkIRExprVec_2(mkIRExpr_HWord((HWord)reg),
                                   arg ? arg : mkIRExpr_HWord(0)));
      if (guard)
         d->guard = guard;
      emit(b, IRStmt_Dirty(d));
   }
}

static void reset_gathered(Builder* b)
{
   b->n_events = b->n_costs = b->n_branches = b->n_addrs = 0;
}

/* ---- events ---------------------------------------------------------- */

/* When the builder is full, what was gathered is simulated at once (an
   unguarded call) and gathering starts again: the order of the accesses
   does not change, only one more call is made. */
static void make_room(Builder* b)
{
   if (b->n_events + 1 < MAX_SEG_EVENTS && b->n_addrs + 1 < BG_SIM_MAX_ADDRS
       && b->n_costs + 1 < MAX_SEG_COSTS
       && b->n_branches + 2 < MAX_SEG_BRANCHES)
      return;
   emit_path(b, NULL, NULL, NULL);
   reset_gathered(b);
}

static void on_imark(Builder* b, Addr addr, UInt len)
{
   UWord first, last;
   make_room(b);
   b->cia = addr;
   b->isize = len == 0 ? 1 : len;     /* undecodable: cachegrind's 1 */
   b->line = bg_sym_line_of(addr);
   b->merge_ok = False;
   line_cost(b)->n_ir++;
   if (!bg_sim_cache_on())
      return;
   first = addr >> bg_I1.line_bits;
   last = (addr + b->isize - 1) >> bg_I1.line_bits;
   /* The line of the previous fetch is its set's MRU line: fetching from
      it again is a hit that changes nothing. */
   if (!(b->prev_fetch_valid && first == last
         && first == b->prev_fetch_block)) {
      BgSimEvent* e = new_event(b, first == last ? BG_SE_I : BG_SE_IX,
                                b->isize);
      e->addr = addr;
      e->block = first;
      e->set_base = (UInt)((first & bg_I1.set_mask) * bg_I1.assoc);
   }
   b->prev_fetch_valid = first == last;
   b->prev_fetch_block = first;
}

static Int clamp(Int size)
{
   Int max = bg_cache_min_line_size();
   return size > max ? max : size;
}

static void on_read(Builder* b, Int size, IRExpr* ea)
{
   tl_assert(isIRAtom(ea));
   make_room(b);
   line_cost(b)->n_dr++;
   if (bg_sim_cache_on()) {
      BgSimEvent* e = new_event(b, BG_SE_D, size);
      e->buf = (UShort)store_address(b, ea);
   }
   b->merge_ok = True;
   b->merge_size = size;
   b->merge_ea = ea;
}

/* A write right after a read of the same size at the same address atom,
   by the same instruction, is a "modify": cachegrind counts it as the
   read alone. */
static void on_write(Builder* b, Int size, IRExpr* ea)
{
   tl_assert(isIRAtom(ea));
   if (b->merge_ok && b->merge_size == size && eqIRAtom(b->merge_ea, ea)) {
      b->merge_ok = False;
      return;
   }
   b->merge_ok = False;
   make_room(b);
   line_cost(b)->n_dw++;
   if (bg_sim_cache_on()) {
      BgSimEvent* e = new_event(b, BG_SE_D, size);
      e->is_write = 1;
      e->buf = (UShort)store_address(b, ea);
   }
}

/* A guarded load or store: its address, or 0 when the guard is false. */
static void on_guarded(Builder* b, Int size, IRExpr* ea, IRExpr* guard,
                       Bool is_write)
{
   IRTemp t;
   BgSimEvent* e;
   make_room(b);
   t = new_temp(b, Ity_I64);
   e = new_event(b, BG_SE_DG, size);
   emit(b, IRStmt_WrTmp(t, IRExpr_ITE(guard, ea, mkIRExpr_HWord(0))));
   e->is_write = is_write ? 1 : 0;
   e->buf = (UShort)store_address(b, IRExpr_RdTmp(t));
   b->merge_ok = False;
}

static void on_dirty(Builder* b, const IRDirty* d)
{
   Int size;
   if (d->mFx == Ifx_None)
      return;
   size = clamp(d->mSize);
   if (d->mFx == Ifx_Read || d->mFx == Ifx_Modify)
      on_read(b, size, d->mAddr);
   if (d->mFx == Ifx_Write || d->mFx == Ifx_Modify)
      on_write(b, size, d->mAddr);
}

static void on_cas(Builder* b, const IRCAS* cas)
{
   Int size = sizeofIRType(typeOfIRExpr(b->tyenv_in, cas->dataLo));
   if (cas->dataHi != NULL)
      size *= 2;
   size = clamp(size);
   on_read(b, size, cas->addr);
   on_write(b, size, cas->addr);
}

static void on_llsc(Builder* b, const IRStmt* st)
{
   if (st->Ist.LLSC.storedata == NULL) {
      on_read(b, sizeofIRType(typeOfIRTemp(b->tyenv_in, st->Ist.LLSC.result)),
              st->Ist.LLSC.addr);
      b->merge_ok = False;
   } else {
      on_write(b, sizeofIRType(typeOfIRExpr(b->tyenv_in,
                                            st->Ist.LLSC.storedata)),
               st->Ist.LLSC.addr);
   }
}

static void on_load_g(Builder* b, const IRLoadG* lg)
{
   IRType ty = Ity_INVALID, wide = Ity_INVALID;
   typeOfIRLoadGOp(lg->cvt, &wide, &ty);
   on_guarded(b, sizeofIRType(ty), lg->addr, lg->guard, False);
}

static void on_store_g(Builder* b, const IRStoreG* sg)
{
   on_guarded(b, sizeofIRType(typeOfIRExpr(b->tyenv_in, sg->data)),
              sg->addr, sg->guard, True);
}

static Bool is_branch_kind(IRJumpKind jk)
{
   return jk == Ijk_Boring || jk == Ijk_Call || jk == Ijk_Ret;
}

/* A side exit: the path leaving by it is simulated just before it, when
   its condition holds.  A guest branch among them is a conditional
   branch for the predictor (VEX may have inverted its condition): taken
   on that path, not taken on the paths that go on. */
static void on_exit(Builder* b, const IRStmt* st)
{
   BgSimBranch br;
   Bool is_branch = bg_sim_branch_on() && is_branch_kind(st->Ist.Exit.jk);
   if (is_branch) {
      Addr target = (Addr)st->Ist.Exit.dst->Ico.U64;
      tl_assert(st->Ist.Exit.dst->tag == Ico_U64);
      br.addr = b->cia;
      br.line = b->line;
      br.slot = 0;
      br.taken = target == b->cia + b->isize ? 0 : 1;
   }
   emit_path(b, is_branch ? &br : NULL, st->Ist.Exit.guard, NULL);
   if (is_branch) {
      br.taken ^= 1;
      b->branches[b->n_branches++] = br;
   }
   b->merge_ok = False;
}

/* The end of the superblock: an indirect jump or call is an indirect
   branch for the predictor (returns are assumed predicted). */
static void on_end(Builder* b, const IRSB* sb_in)
{
   BgSimBranch br;
   Bool is_branch = bg_sim_branch_on()
      && (sb_in->jumpkind == Ijk_Boring || sb_in->jumpkind == Ijk_Call)
      && sb_in->next->tag == Iex_RdTmp;
   br.addr = b->cia;
   br.line = b->line;
   br.slot = 0;
   br.taken = BG_SIM_INDIRECT;
   emit_path(b, is_branch ? &br : NULL, NULL,
             is_branch ? sb_in->next : NULL);
}

static void on_statement(Builder* b, IRStmt* st)
{
   switch (st->tag) {
   case Ist_IMark:
      on_imark(b, (Addr)st->Ist.IMark.addr, st->Ist.IMark.len);
      break;
   case Ist_WrTmp:
      if (st->Ist.WrTmp.data->tag == Iex_Load)
         on_read(b, sizeofIRType(st->Ist.WrTmp.data->Iex.Load.ty),
                 st->Ist.WrTmp.data->Iex.Load.addr);
      break;
   case Ist_Store:
      on_write(b, sizeofIRType(typeOfIRExpr(b->tyenv_in,
                                            st->Ist.Store.data)),
               st->Ist.Store.addr);
      break;
   case Ist_StoreG: on_store_g(b, st->Ist.StoreG.details); break;
   case Ist_LoadG:  on_load_g(b, st->Ist.LoadG.details);   break;
   case Ist_Dirty:  on_dirty(b, st->Ist.Dirty.details);    break;
   case Ist_CAS:    on_cas(b, st->Ist.CAS.details);        break;
   case Ist_LLSC:   on_llsc(b, st);                        break;
   case Ist_Exit:   on_exit(b, st);                        break;
   default:         break;
   }
}

IRSB* bg_sim_instrument(VgCallbackClosure* closure, IRSB* sb_in,
                        const VexGuestLayout* layout,
                        const VexGuestExtents* vge,
                        const VexArchInfo* archinfo_host,
                        IRType guest_word_type, IRType host_word_type)
{
   static Builder b;
   Int i = 0;

   tl_assert(guest_word_type == Ity_I64 && host_word_type == Ity_I64);
   b.out = deepCopyIRSBExceptStmts(sb_in);
   b.tyenv_in = sb_in->tyenv;
   reset_gathered(&b);
   b.prev_fetch_valid = False;
   b.merge_ok = False;
   b.cia = 0;
   b.isize = 1;
   b.line = 0;

   /* The preamble (self-checks, redirection set-up) is not guest code. */
   for (; i < sb_in->stmts_used && sb_in->stmts[i]->tag != Ist_IMark; i++)
      addStmtToIRSB(b.out, sb_in->stmts[i]);

   for (; i < sb_in->stmts_used; i++) {
      IRStmt* st = sb_in->stmts[i];
      on_statement(&b, st);
      addStmtToIRSB(b.out, st);
   }
   on_end(&b, sb_in);
   return b.out;
}
