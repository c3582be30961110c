/* hc_access.c: heapcount's instrumentation.

   The instruction clock is DHAT's: an inline 64-bit add of the number of
   instructions passed, before each side exit and at the end of each
   superblock.

   Reads and writes (--track-accesses=yes) are counted for the same
   accesses as DHAT: loads, stores, dirty helpers' memory effects, CAS
   (read + write) and LL/SC, but not guarded loads and stores, and never
   an address within [SP-128, SP-128+16K] (certainly the stack).  Syscall
   reads and writes of client memory count too.  The hot path is inline:
   each access site has a cache entry (hc_cache.c) holding the block it
   hit last, or a range of memory that holds no block, and an access
   inside it just adds its size to the entry's pending sum with no call;
   any other access calls a helper, which gives the entry its new block
   or range.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_guest.h"
#include "pub_tool_machine.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_threadstate.h"
#include "pub_tool_tooliface.h"
#include "bg_ir.h"
#include "hc_access.h"
#include "hc_cache.h"
#include "hc_sites.h"

#define SLOT_IN_SHADOW  0           /* offset in shadow area 1 */

static Bool track;

/* Every thread holds a pointer to hc_cache in a slot of its shadow guest
   state: so each field is one load or store relative to a register, with
   no full address to build per access. */
static HcCacheRecord* const cache_record = &hc_cache;

static void publish(ThreadId tid)
{
   VG_(set_shadow_regs_area)(tid, 1, SLOT_IN_SHADOW, sizeof cache_record,
                             (const UChar*)&cache_record);
}

/* ---- Accesses by the kernel (syscalls) and the core ---------------- */

static void on_pre_mem_read(CorePart part, ThreadId tid, const HChar* s,
                            Addr base, SizeT size)
{
   if (part == Vg_CoreSysCall)
      hc_cache_count(base, size, False);
}

/* DHAT counts strlen(str + 1) bytes here; so do we, to agree with it. */
static void on_pre_mem_read_asciiz(CorePart part, ThreadId tid,
                                   const HChar* s, Addr str)
{
   if (part == Vg_CoreSysCall)
      hc_cache_count(str, VG_(strlen)((const HChar*)str + 1), False);
}

static void on_post_mem_write(CorePart part, ThreadId tid, Addr base,
                              SizeT size)
{
   if (part == Vg_CoreSysCall || part == Vg_CoreClientReq)
      hc_cache_count(base, size, True);
}

/* Whether each thread's slot holds the pointer (it keeps it from one
   time slice to the next; this runs after every syscall and request). */
static Bool* published;

static void thread_created(ThreadId parent, ThreadId child)
{
   published[child] = False;
}

static void thread_runs(ThreadId tid, ULong blocks_done)
{
   if (!published[tid]) {
      publish(tid);
      published[tid] = True;
   }
   if (track)
      hc_cache_thread_runs(tid);
}

static void signal_handler_returned(ThreadId tid, Int sig)
{
   publish(tid);
   if (track)
      hc_cache_thread_runs(tid);
}

Bool hc_access_tracking(void)
{
   return track;
}

void hc_access_init(Bool track_accesses)
{
   track = track_accesses;
   hc_cache_init();
   /* Every thread about to run for the first time, and every thread back
      from a signal handler (whose return restores the shadow state), gets
      the pointer (the clock is reached through it too). */
   published = VG_(calloc)("hc.access.published", VG_N_THREADS + 1,
                           sizeof(Bool));
   VG_(track_pre_thread_ll_create)(thread_created);
   VG_(track_start_client_code)(thread_runs);
   VG_(track_post_deliver_signal)(signal_handler_returned);
   if (!track)
      return;
   VG_(track_pre_mem_read)(on_pre_mem_read);
   VG_(track_pre_mem_read_asciiz)(on_pre_mem_read_asciiz);
   VG_(track_post_mem_write)(on_post_mem_write);
}

/* ---- What instrumentation knows of the stack pointer ----------------
   Most accesses near the stack are SP-relative (pushes, pops, locals).
   Following SP through the superblock as "SP at entry + delta", and the
   temporaries computed from it, decides DHAT's stack filter for them at
   instrumentation time: those near SP get no code at all.  For the
   others, one run-time test per stretch of the superblock (stack_ok) says
   whether SP lies in the safe interval (hc_cache.h); while it does, cache
   hits need no stack test at all, and the helpers apply the filter to the
   few accesses that reach them. */

typedef enum { UNKNOWN, NEAR_STACK, FAR_FROM_STACK } StackRelation;

typedef struct {
   Int   offset_sp;
   Bool  sp_known;
   Long  sp_delta;
   Int   n_temps;      /* of the input superblock */
   Bool* temp_known;
   Long* temp_delta;
   IRTemp record;      /* the cache record's pointer, once fetched */
   IRTemp stack_ok;    /* all ones: SP in the safe interval */
   Bool  ok_sp_known;  /* stack_ok was computed at SP = entry + ok_delta */
   Long  ok_delta;
} SpTracker;

static void sp_tracker_init(SpTracker* t, const IRSB* sb_in, Int offset_sp)
{
   t->offset_sp = offset_sp;
   t->sp_known = True;
   t->sp_delta = 0;
   t->n_temps = sb_in->tyenv->types_used;
   t->temp_known = VG_(calloc)("hc.sp.known", t->n_temps + 1, sizeof(Bool));
   t->temp_delta = VG_(calloc)("hc.sp.delta", t->n_temps + 1, sizeof(Long));
   t->record = IRTemp_INVALID;
   t->stack_ok = IRTemp_INVALID;
}

static void sp_tracker_done(SpTracker* t)
{
   VG_(free)(t->temp_known);
   VG_(free)(t->temp_delta);
}

static Bool sp_temp(const SpTracker* t, const IRExpr* e, Long* delta)
{
   if (e->tag != Iex_RdTmp || e->Iex.RdTmp.tmp >= (IRTemp)t->n_temps
       || !t->temp_known[e->Iex.RdTmp.tmp])
      return False;
   *delta = t->temp_delta[e->Iex.RdTmp.tmp];
   return True;
}

/* Whether E is a word constant; *VALUE is it, sign-extended (VEX adds
   a negative offset to SP as a large constant). */
static Bool const_word(const IRExpr* e, Long* value)
{
   if (e->tag != Iex_Const)
      return False;
#if VG_WORDSIZE == 8
   if (e->Iex.Const.con->tag != Ico_U64)
      return False;
   *value = (Long)e->Iex.Const.con->Ico.U64;
#else
   if (e->Iex.Const.con->tag != Ico_U32)
      return False;
   *value = (Int)e->Iex.Const.con->Ico.U32;
#endif
   return True;
}

/* Whether E, the value of a temporary, is SP at entry + *DELTA. */
static Bool sp_value(const SpTracker* t, const IRExpr* e, Long* delta)
{
   Long base, c;
   switch (e->tag) {
   case Iex_Get:
      *delta = t->sp_delta;
      return e->Iex.Get.offset == t->offset_sp && e->Iex.Get.ty == BG_IR_WORD
             && t->sp_known;
   case Iex_RdTmp:
      return sp_temp(t, e, delta);
   case Iex_Binop:
      if (e->Iex.Binop.op == BG_Iop_AddW && sp_temp(t, e->Iex.Binop.arg1, &base)
          && const_word(e->Iex.Binop.arg2, &c)) {
         *delta = base + c;
         return True;
      }
      if (e->Iex.Binop.op == BG_Iop_AddW && sp_temp(t, e->Iex.Binop.arg2, &base)
          && const_word(e->Iex.Binop.arg1, &c)) {
         *delta = base + c;
         return True;
      }
      if (e->Iex.Binop.op == BG_Iop_SubW && sp_temp(t, e->Iex.Binop.arg1, &base)
          && const_word(e->Iex.Binop.arg2, &c)) {
         *delta = base - c;
         return True;
      }
      return False;
   default:
      return False;
   }
}

static Bool overlaps_sp(const SpTracker* t, Int offset, Int size)
{
   return offset < t->offset_sp + (Int)sizeof(Addr)
          && t->offset_sp < offset + size;
}

/* SP was (or may have been) written: stack_ok stays valid only while SP is
   known to lie within HC_SP_SLACK of its value when stack_ok was computed. */
static void sp_moved(SpTracker* t)
{
   Long moved = t->sp_delta - t->ok_delta;
   if (!t->sp_known || !t->ok_sp_known || moved > HC_SP_SLACK
       || moved < -HC_SP_SLACK)
      t->stack_ok = IRTemp_INVALID;
}

static void sp_after_dirty(SpTracker* t, const IRDirty* d)
{
   Int i;
   for (i = 0; i < d->nFxState; i++) {
      Int size = d->fxState[i].size
                 + d->fxState[i].nRepeats * d->fxState[i].repeatLen;
      if (d->fxState[i].fx != Ifx_Read
          && overlaps_sp(t, d->fxState[i].offset, size)) {
         t->sp_known = False;
         sp_moved(t);
      }
   }
}

/* Updates what is known after statement ST. */
static void sp_observe(SpTracker* t, const IRSB* sb_in, const IRStmt* st)
{
   Long delta;
   switch (st->tag) {
   case Ist_WrTmp:
      if (st->Ist.WrTmp.tmp < (IRTemp)t->n_temps
          && sp_value(t, st->Ist.WrTmp.data, &delta)) {
         t->temp_known[st->Ist.WrTmp.tmp] = True;
         t->temp_delta[st->Ist.WrTmp.tmp] = delta;
      }
      break;
   case Ist_Put: {
      Int size = sizeofIRType(typeOfIRExpr(sb_in->tyenv, st->Ist.Put.data));
      if (!overlaps_sp(t, st->Ist.Put.offset, size))
         break;
      t->sp_known = st->Ist.Put.offset == t->offset_sp
                    && size == (Int)sizeof(Addr)
                    && sp_temp(t, st->Ist.Put.data, &delta);
      if (t->sp_known)
         t->sp_delta = delta;
      sp_moved(t);
      break;
   }
   case Ist_PutI:
      t->sp_known = False;
      sp_moved(t);
      break;
   case Ist_Dirty:
      sp_after_dirty(t, st->Ist.Dirty.details);
      break;
   default:
      break;
   }
}

/* DHAT's filter for an access at ADDR here, if it can be decided now. */
static StackRelation sp_relation(const SpTracker* t, const IRExpr* addr)
{
   Long a;
   ULong dist;
   if (!t->sp_known || !sp_temp(t, addr, &a))
      return UNKNOWN;
   dist = (ULong)(a - t->sp_delta) + VG_STACK_REDZONE_SZB;
   return dist > HC_STACK_WINDOW ? FAR_FROM_STACK : NEAR_STACK;
}

/* ---- IR helpers ----------------------------------------------------- */

static IRExpr* rd(IRTemp t)
{
   return IRExpr_RdTmp(t);
}

/* The record's pointer, fetched from the shadow slot once per superblock
   (*RECORD is IRTemp_INVALID until then). */
static IRTemp record_pointer(IRSB* sb, IRTemp* record)
{
   if (*record == IRTemp_INVALID)
      *record = bg_ir_temp(sb, BG_IR_WORD,
                    IRExpr_Get((Int)sizeof(VexGuestArchState) + SLOT_IN_SHADOW,
                               BG_IR_WORD));
   return *record;
}

/* A fresh temporary holding the address of a field of the record; one
   per use, so the back end folds it into the access. */
static IRExpr* field(IRSB* sb, IRTemp record, SizeT offset)
{
   return rd(bg_ir_temp(sb, BG_IR_WORD, IRExpr_Binop(BG_Iop_AddW, rd(record),
                                            bg_ir_word(offset))));
}

/* A field of type TY. */
static IRTemp load_field(IRSB* sb, IRType ty, IRTemp record, SizeT offset)
{
   return bg_ir_temp(sb, ty, IRExpr_Load(Iend_LE, ty,
                                       field(sb, record, offset)));
}

/* stack_ok, computed here if this stretch has not computed it yet: all
   ones if SP lies in the safe interval (hc_cache.h). */
static IRTemp stack_ok(IRSB* sb, SpTracker* t)
{
   IRTemp rec = record_pointer(sb, &t->record), sp, dist, safe;
   if (t->stack_ok != IRTemp_INVALID)
      return t->stack_ok;
   sp = bg_ir_temp(sb, BG_IR_WORD, IRExpr_Get(t->offset_sp, BG_IR_WORD));
   dist = bg_ir_temp(sb, BG_IR_WORD,
              IRExpr_Binop(BG_Iop_SubW, rd(sp),
                           rd(load_field(sb, BG_IR_WORD, rec,
                                         offsetof(HcCacheRecord, safe_lo)))));
   safe = bg_ir_temp(sb, Ity_I1,
              IRExpr_Binop(BG_Iop_CmpLTWU, rd(dist),
                           rd(load_field(sb, BG_IR_WORD, rec,
                                         offsetof(HcCacheRecord, safe_len)))));
   t->stack_ok = bg_ir_temp(sb, BG_IR_WORD, IRExpr_Unop(BG_Iop_1StoW, rd(safe)));
   t->ok_sp_known = t->sp_known;
   t->ok_delta = t->sp_delta;
   return t->stack_ok;
}

/* The call of the miss helper of entry I, for an access the inline code
   could not count; it reads SP, for the stack filter. */
static void add_miss_call(IRSB* sb, Int size, IRExpr* addr, UInt i,
                          IRExpr* guard, Int offset_sp)
{
   HcMissHelper h = hc_cache_miss_helper(size, False);
   IRDirty* di;
   if (h.takes_size)
      di = unsafeIRDirty_0_N(3, h.name, VG_(fnptr_to_fnentry)(h.fn),
                             mkIRExprVec_3(addr, bg_ir_word(i),
                                           bg_ir_word((HWord)size)));
   else
      di = unsafeIRDirty_0_N(2, h.name, VG_(fnptr_to_fnentry)(h.fn),
                             mkIRExprVec_2(addr, bg_ir_word(i)));
   di->guard = guard;
   di->nFxState = 1;
   di->fxState[0].fx = Ifx_Read;
   di->fxState[0].offset = offset_sp;
   di->fxState[0].size = sizeof(Addr);
   di->fxState[0].nRepeats = 0;
   di->fxState[0].repeatLen = 0;
   addStmtToIRSB(sb, IRStmt_Dirty(di));
}

/* In entry I:  (hit ? pending : sink) = pending + SIZE, where
     hit = (addr - base) <u (size held & stack_ok)
   returns hit, as 0 or 1.  An access known at instrumentation time to be
   far from the stack needs no stack_ok. */
static IRTemp add_cached_count(IRSB* sb, Int size, IRExpr* addr, UInt i,
                               StackRelation where, SpTracker* t)
{
   IRTemp rec = record_pointer(sb, &t->record), off, csize, hit, slot, sum;
   SizeT entry = offsetof(HcCacheRecord, entry) + i * sizeof(HcEntry);
   off = bg_ir_temp(sb, BG_IR_WORD,
             IRExpr_Binop(BG_Iop_SubW, addr,
                          rd(load_field(sb, BG_IR_WORD, rec,
                                        entry + offsetof(HcEntry, base)))));
   csize = load_field(sb, BG_IR_WORD, rec, entry + offsetof(HcEntry, size));
   if (where == UNKNOWN)
      csize = bg_ir_temp(sb, BG_IR_WORD, IRExpr_Binop(BG_Iop_AndW, rd(csize),
                                            rd(stack_ok(sb, t))));
   hit = bg_ir_temp(sb, Ity_I1, IRExpr_Binop(BG_Iop_CmpLTWU, rd(off), rd(csize)));
   hit = bg_ir_temp(sb, BG_IR_WORD, IRExpr_Unop(BG_Iop_1UtoW, rd(hit)));
   /* (sink and pending are ULongs, one after the other) */
   slot = bg_ir_temp(sb, BG_IR_WORD, IRExpr_Binop(BG_Iop_ShlW, rd(hit),
                                        IRExpr_Const(IRConst_U8(3))));
   slot = bg_ir_temp(sb, BG_IR_WORD, IRExpr_Binop(BG_Iop_AddW, rd(rec), rd(slot)));
   /* The sum is stored into the sink on a miss, so that a site that keeps
      missing does not wait for its own stores from one access to the
      next. */
   sum = bg_ir_temp(sb, Ity_I64,
             IRExpr_Binop(Iop_Add64,
                          rd(load_field(sb, Ity_I64, rec,
                                        entry + offsetof(HcEntry, pending))),
                          bg_ir_u64((ULong)size)));
   addStmtToIRSB(sb, IRStmt_Store(Iend_LE,
                                  field(sb, slot,
                                        entry + offsetof(HcEntry, sink)),
                                  rd(sum)));
   return hit;
}

/* if (!hit) miss(addr, i) */
static void add_miss_check(IRSB* sb, Int size, IRExpr* addr, UInt i,
                           IRTemp hit, SpTracker* t)
{
   IRTemp missed = bg_ir_temp(sb, Ity_I1, IRExpr_Binop(BG_Iop_CmpEQW, rd(hit),
                                                bg_ir_word(0)));
   add_miss_call(sb, size, addr, i, rd(missed), t->offset_sp);
}

/* One access of SIZE bytes at ADDR (an atom). */
static void add_access(IRSB* sb, Bool is_write, Int size, IRExpr* addr,
                       SpTracker* t)
{
   StackRelation where = sp_relation(t, addr);
   IRTemp hit;
   UInt i;
   if (!track || where == NEAR_STACK)
      return;
   tl_assert(typeOfIRExpr(sb->tyenv, addr) == BG_IR_WORD);
   i = hc_cache_new_entry(is_write);
   hit = add_cached_count(sb, size, addr, i, where, t);
   add_miss_check(sb, size, addr, i, hit, t);
}

static void add_dirty_accesses(IRSB* sb, const IRDirty* d, SpTracker* t)
{
   if (d->mFx == Ifx_None)
      return;
   if (d->mFx == Ifx_Read || d->mFx == Ifx_Modify)
      add_access(sb, False, d->mSize, d->mAddr, t);
   if (d->mFx == Ifx_Write || d->mFx == Ifx_Modify)
      add_access(sb, True, d->mSize, d->mAddr, t);
}

static void add_cas_accesses(IRSB* sb, const IRCAS* cas, SpTracker* t)
{
   Int size = sizeofIRType(typeOfIRExpr(sb->tyenv, cas->dataLo));
   if (cas->dataHi != NULL)
      size *= 2;
   add_access(sb, False, size, cas->addr, t);
   add_access(sb, True, size, cas->addr, t);
}

static void add_llsc_access(IRSB* sb, const IRStmt* st, SpTracker* t)
{
   if (st->Ist.LLSC.storedata == NULL)
      add_access(sb, False,
                    sizeofIRType(typeOfIRTemp(sb->tyenv, st->Ist.LLSC.result)),
                    st->Ist.LLSC.addr, t);
   else
      add_access(sb, True,
                    sizeofIRType(typeOfIRExpr(sb->tyenv,
                                              st->Ist.LLSC.storedata)),
                    st->Ist.LLSC.addr, t);
}

/* The accesses of one statement, placed before it. */
static void add_accesses(IRSB* sb, const IRStmt* st, SpTracker* t)
{
   switch (st->tag) {
   case Ist_WrTmp:
      if (st->Ist.WrTmp.data->tag == Iex_Load)
         add_access(sb, False,
                       sizeofIRType(st->Ist.WrTmp.data->Iex.Load.ty),
                       st->Ist.WrTmp.data->Iex.Load.addr, t);
      break;
   case Ist_Store:
      add_access(sb, True,
                    sizeofIRType(typeOfIRExpr(sb->tyenv, st->Ist.Store.data)),
                    st->Ist.Store.addr, t);
      break;
   case Ist_Dirty:
      add_dirty_accesses(sb, st->Ist.Dirty.details, t);
      break;
   case Ist_CAS:
      add_cas_accesses(sb, st->Ist.CAS.details, t);
      break;
   case Ist_LLSC:
      add_llsc_access(sb, st, t);
      break;
   default:
      break;
   }
}

/* The clock: hc_instrs += N, addressed relative to the record's pointer
   (both are the tool's statics), which saves building its full
   address at every update. */
static void add_instrs(IRSB* sb, ULong n, SpTracker* t)
{
   IRTemp rec, sum;
   SizeT clock = (Addr)&hc_instrs - (Addr)&hc_cache;
   rec = record_pointer(sb, &t->record);
   sum = bg_ir_temp(sb, Ity_I64,
             IRExpr_Binop(Iop_Add64, rd(load_field(sb, Ity_I64, rec, clock)),
                          bg_ir_u64(n)));
   addStmtToIRSB(sb, IRStmt_Store(Iend_LE, field(sb, rec, clock), rd(sum)));
}

IRSB* hc_instrument(VgCallbackClosure* closure, IRSB* sb_in,
                    const VexGuestLayout* layout,
                    const VexGuestExtents* vge,
                    const VexArchInfo* archinfo_host,
                    IRType guest_word_type, IRType host_word_type)
{
   IRSB* out;
   Int i = 0;
   ULong n = 0;
   SpTracker sp;

   tl_assert(guest_word_type == BG_IR_WORD && host_word_type == BG_IR_WORD);
   out = deepCopyIRSBExceptStmts(sb_in);
   sp_tracker_init(&sp, sb_in, layout->offset_SP);
   /* The preamble (self-checks, redirection set-up) is not guest code. */
   for (; i < sb_in->stmts_used && sb_in->stmts[i]->tag != Ist_IMark; i++)
      addStmtToIRSB(out, sb_in->stmts[i]);

   for (; i < sb_in->stmts_used; i++) {
      IRStmt* st = sb_in->stmts[i];
      if (st == NULL || st->tag == Ist_NoOp)
         continue;
      if (st->tag == Ist_IMark)
         n++;
      else if (st->tag == Ist_Exit && n > 0) {
         add_instrs(out, n, &sp);
         n = 0;
      } else
         add_accesses(out, st, &sp);
      addStmtToIRSB(out, st);
      sp_observe(&sp, sb_in, st);
   }
   if (n > 0)
      add_instrs(out, n, &sp);
   sp_tracker_done(&sp);
   return out;
}
