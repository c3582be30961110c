/* bg_siminstr.c: bg_sim's instrumentation pass.  It walks a superblock
   like cachegrind does (the same accesses from the same IR statements,
   the same merging of a load and a store of one location into a
   "modify", the same branch events) and simulates each of them inline
   where it happens, in program order (bg_simemit.c): instruction fetches
   that cannot miss (the next instruction in the line just fetched) are
   left out.  Before each side exit, one inline counter counts the runs
   of the path leaving by it (when its condition holds), and one more at
   the end counts the runs that go through: the static costs of each
   path (Ir, Dr, Dw, Bc, Bi per line) follow from them at the end.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_machine.h"
#include "pub_tool_tooliface.h"
#include "bg_cachesim.h"
#include "bg_callgraph.h"
#include "bg_cginstr.h"
#include "bg_counters.h"
#include "bg_ir.h"
#include "bg_sim.h"
#include "bg_simemit.h"
#include "bg_simseg.h"
#include "bg_symbols.h"
#include "bg_toggle.h"

#define MAX_COSTS 1024
#define MAX_PATHS 256
#define MAX_SITES 4096

typedef struct {
   IRSB*         out;
   IRTypeEnv*    tyenv_in;
   const VexGuestLayout* layout;
   IRType        word;
   BgCgInstr*    cg;           /* NULL: no call graph */
   BgCgInstr     cg_state;
   BgSimLineCost costs[MAX_COSTS];
   BgSimPath     paths[MAX_PATHS];
   BgSimSite     sites[MAX_SITES];
   UInt          n_costs, n_paths, n_sites;
   UInt          first_slot;   /* the first counter reserved for it */
   /* whether the last cost entry may still grow (not after a path
      ended with it) */
   Bool          cost_open;
   /* the current instruction */
   Addr          cia;
   UInt          isize, line;
   /* the I1 line the previous fetch of this superblock lay in */
   Bool          prev_fetch_valid;
   UWord         prev_fetch_block;
   /* the last access, if it is a plain read a write may merge with */
   Bool          merge_ok;
   Int           merge_size;
   IRExpr*       merge_ea;
} Builder;

/* ---- static costs, paths and sites ------------------------------- */

static BgSimLineCost* line_cost(Builder* b)
{
   BgSimLineCost* c;
   if (b->cost_open && b->costs[b->n_costs - 1].line == b->line)
      return &b->costs[b->n_costs - 1];
   tl_assert(b->n_costs < MAX_COSTS);
   c = &b->costs[b->n_costs++];
   VG_(memset)(c, 0, sizeof *c);
   c->line = b->line;
   b->cost_open = True;
   return c;
}

/* N counters for events EV0.. of the current line; returns the first. */
static UInt new_site(Builder* b, UInt n, BgEvent ev0, BgEvent ev1,
                     BgEvent ev2)
{
   BgSimSite* s;
   tl_assert(b->n_sites < MAX_SITES);
   s = &b->sites[b->n_sites++];
   s->slot = bg_counters_new_slots(n);
   s->line = b->line;
   s->n = (UChar)n;
   s->ev[0] = (UChar)ev0;
   s->ev[1] = (UChar)ev1;
   s->ev[2] = (UChar)ev2;
   return s->slot;
}

/* The path that ends here (when GUARD holds; NULL: always) pays every
   cost gathered so far: counts its runs.  A side exit's runs are counted
   by a call when it is taken: cheaper than an inline add on every run
   (measured: fewer host instructions on every bench workload). */
static void end_path(Builder* b, IRExpr* guard)
{
   BgSimPath* p;
   if (b->n_costs == 0)
      return;
   tl_assert(b->n_paths < MAX_PATHS);
   p = &b->paths[b->n_paths++];
   p->n_costs = b->n_costs;
   p->runs_slot = bg_counters_new_slots(1);
   if (guard != NULL)
      bg_emit_count_call(b->out, p->runs_slot, guard);
   else
      bg_emit_count(b->out, p->runs_slot, bg_ir_word(1));
   b->cost_open = False;
}

/* Starts an empty descriptor at the next counter. */
static void reset_block(Builder* b)
{
   b->n_costs = b->n_paths = b->n_sites = 0;
   b->first_slot = bg_counters_n_slots();
   b->cost_open = False;
}

static void register_block(Builder* b)
{
   BgSimBlock blk;
   if (b->n_paths == 0 && b->n_sites == 0)
      return;
   blk.first_slot = b->first_slot;
   blk.n_slots = bg_counters_n_slots() - b->first_slot;
   blk.n_costs = b->n_costs;
   blk.n_paths = b->n_paths;
   blk.n_sites = b->n_sites;
   blk.costs = b->costs;
   blk.paths = b->paths;
   blk.sites = b->sites;
   bg_simseg_register(&blk);
}

/* ---- events ---------------------------------------------------------- */

/* The first instruction of a --toggle-collect function: the costs so far
   are one descriptor, those from here another. */
static void toggle_entry(Builder* b)
{
   end_path(b, NULL);
   register_block(b);
   reset_block(b);
   if (b->cg != NULL)
      bg_cgi_flush(b->cg);
   bg_toggle_emit_enter(b->out, b->layout, b->word, -1, 0);
   bg_emit_start(b->out);
}

static void on_imark(Builder* b, Addr addr, UInt len)
{
   UWord first, last;
   b->cia = addr;
   b->isize = len == 0 ? 1 : len;     /* undecodable: cachegrind's 1 */
   b->line = bg_sym_line_of(addr);
   if (bg_toggle_is_start(addr))
      toggle_entry(b);
   if (b->cg != NULL)
      bg_cgi_instr(b->cg, addr, len, b->line);
   b->merge_ok = False;
   line_cost(b)->n_ir++;
   if (!bg_sim_cache_on())
      return;
   first = addr >> bg_I1.line_bits;
   last = (addr + b->isize - 1) >> bg_I1.line_bits;
   /* The line of the previous fetch is its set's MRU line: fetching from
      it again is a hit that changes nothing. */
   if (!(b->prev_fetch_valid && first == last
         && first == b->prev_fetch_block))
      bg_emit_fetch(b->out, addr, b->isize,
                    new_site(b, 2, BG_EV_I1mr, BG_EV_ILmr, 0));
   /* (after a fetch that straddles two lines, the second one is the
      MRU line of its set) */
   b->prev_fetch_valid = True;
   b->prev_fetch_block = last;
}

static Int clamp(Int size)
{
   Int max = bg_cache_min_line_size();
   return size > max ? max : size;
}

static void on_read(Builder* b, Int size, IRExpr* ea)
{
   tl_assert(isIRAtom(ea));
   line_cost(b)->n_dr++;
   if (bg_sim_cache_on())
      bg_emit_data(b->out, ea, (UInt)size,
                   new_site(b, 2, BG_EV_D1mr, BG_EV_DLmr, 0), False);
   if (b->cg != NULL)
      bg_cgi_data(b->cg, False);
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
   line_cost(b)->n_dw++;
   if (b->cg != NULL)
      bg_cgi_data(b->cg, True);
   if (bg_sim_cache_on())
      bg_emit_data(b->out, ea, (UInt)size,
                   new_site(b, 2, BG_EV_D1mw, BG_EV_DLmw, 0), True);
}

/* A guarded load or store: counted (and simulated) by a helper called
   when the guard holds. */
static void on_guarded(Builder* b, Int size, IRExpr* ea, IRExpr* guard,
                       Bool is_write)
{
   UInt slot = is_write
      ? new_site(b, 3, BG_EV_D1mw, BG_EV_DLmw, BG_EV_Dw)
      : new_site(b, 3, BG_EV_D1mr, BG_EV_DLmr, BG_EV_Dr);
   tl_assert(isIRAtom(ea) && isIRAtom(guard));
   bg_emit_guarded(b->out, ea, guard, (UInt)size, slot, is_write);
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

/* A side exit ends the path leaving by it.  A guest branch among them
   is a conditional branch for the predictor (VEX may have inverted its
   condition: then the guest branch is taken when the exit is not). */
static void on_exit(Builder* b, const IRStmt* st)
{
   IRExpr* guard = st->Ist.Exit.guard;
   if (bg_sim_branch_on() && is_branch_kind(st->Ist.Exit.jk)) {
      Addr target = (Addr)bg_ir_const_word(st->Ist.Exit.dst);
      line_cost(b)->n_bc++;
      bg_emit_cond_branch(b->out, b->cia, guard,
                          target == b->cia + b->isize,
                          new_site(b, 1, BG_EV_Bcm, 0, 0));
   }
   if (b->cg != NULL)
      bg_cgi_flush(b->cg);
   end_path(b, guard);
   b->merge_ok = False;
}

/* The end of the superblock: an indirect jump or call is an indirect
   branch for the predictor (returns are assumed predicted). */
static void on_end(Builder* b, const IRSB* sb_in)
{
   if (bg_sim_branch_on()
       && (sb_in->jumpkind == Ijk_Boring || sb_in->jumpkind == Ijk_Call)
       && sb_in->next->tag == Iex_RdTmp) {
      line_cost(b)->n_bi++;
      bg_emit_indirect_branch(b->out, b->cia, sb_in->next,
                              new_site(b, 1, BG_EV_Bim, 0, 0));
   }
   end_path(b, NULL);
   register_block(b);
   if (b->cg != NULL)
      bg_cgi_end(b->cg, sb_in);
   bg_toggle_emit_end(b->out, sb_in, b->layout, b->word);
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

   tl_assert(guest_word_type == BG_IR_WORD && host_word_type == BG_IR_WORD);
   b.out = deepCopyIRSBExceptStmts(sb_in);
   bg_emit_start(b.out);
   b.tyenv_in = sb_in->tyenv;
   b.layout = layout;
   b.word = guest_word_type;
   b.cg = NULL;
   if (bg_cg_enabled()) {
      b.cg = &b.cg_state;
      bg_cgi_start(b.cg, b.out, layout, vge, guest_word_type);
   }
   reset_block(&b);
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
      if (b.cg != NULL)
         bg_cgi_stmt(b.cg, st);
   }
   on_end(&b, sb_in);
   return b.out;
}
