/* hc_access.c: heapcount's instrumentation.

   The instruction clock is DHAT's: an inline 64-bit add of the number of
   instructions passed, before each side exit and at the end of each
   superblock.

   Reads and writes (--track-accesses=yes) are counted for the same
   accesses as DHAT: loads, stores, dirty helpers' memory effects, CAS
   (read + write) and LL/SC, but not guarded loads and stores, and never
   an address within [SP-128, SP-128+16K) (certainly the stack).  Syscall
   reads and writes of client memory count too.  The hot path is inline:
   the last block hit is cached as (base, size), and an access inside it
   just adds its size to a pending counter with no call; only other
   addresses call a helper, which looks the address up in the block map
   and, on a hit, makes that block the cached one.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_machine.h"
#include "pub_tool_tooliface.h"
#include "hc_access.h"
#include "hc_alloc.h"
#include "hc_sites.h"

#define STACK_WINDOW   (4096 * 4)   /* DHAT's threshold */

static Bool track;

/* The cached block and what was counted for it since it became cached.
   The generated code reads base and size and adds to the pending sums. */
static HcBlock* cached;
static Addr     cache_base;
static ULong    cache_size;         /* 0: nothing cached */
static ULong    pending_reads;
static ULong    pending_writes;

void hc_access_flush(void)
{
   if (cached) {
      cached->reads += pending_reads;
      cached->writes += pending_writes;
   }
   pending_reads = pending_writes = 0;
}

/* A malloc'd block is not cached while custom blocks exist: one of them
   could lie inside it. */
static void set_cache(HcBlock* b)
{
   hc_access_flush();
   if (b && !b->custom && hc_alloc_has_custom())
      b = NULL;
   cached = b;
   cache_base = b ? b->payload : 0;
   cache_size = b ? b->size : 0;
}

void hc_access_forget(HcBlock* b)
{
   if (b == cached)
      set_cache(NULL);
}

static VG_REGPARM(2) void read_miss(Addr a, UWord size)
{
   HcBlock* b = hc_alloc_find(a);
   if (b) {
      set_cache(b);
      b->reads += size;
   }
}

static VG_REGPARM(2) void write_miss(Addr a, UWord size)
{
   HcBlock* b = hc_alloc_find(a);
   if (b) {
      set_cache(b);
      b->writes += size;
   }
}

/* ---- Accesses by the kernel (syscalls) and the core ---------------- */

static void count_read(Addr a, SizeT size)
{
   if (cache_size && a - cache_base < cache_size)
      pending_reads += size;
   else
      read_miss(a, size);
}

static void count_write(Addr a, SizeT size)
{
   if (cache_size && a - cache_base < cache_size)
      pending_writes += size;
   else
      write_miss(a, size);
}

static void on_pre_mem_read(CorePart part, ThreadId tid, const HChar* s,
                            Addr base, SizeT size)
{
   if (part == Vg_CoreSysCall)
      count_read(base, size);
}

/* DHAT counts strlen(str + 1) bytes here; so do we, to agree with it. */
static void on_pre_mem_read_asciiz(CorePart part, ThreadId tid,
                                   const HChar* s, Addr str)
{
   if (part == Vg_CoreSysCall)
      count_read(str, VG_(strlen)((const HChar*)str + 1));
}

static void on_post_mem_write(CorePart part, ThreadId tid, Addr base,
                              SizeT size)
{
   if (part == Vg_CoreSysCall || part == Vg_CoreClientReq)
      count_write(base, size);
}

Bool hc_access_tracking(void)
{
   return track;
}

void hc_access_init(Bool track_accesses)
{
   track = track_accesses;
   if (!track)
      return;
   VG_(track_pre_mem_read)(on_pre_mem_read);
   VG_(track_pre_mem_read_asciiz)(on_pre_mem_read_asciiz);
   VG_(track_post_mem_write)(on_post_mem_write);
}

/* ---- IR helpers ----------------------------------------------------- */

static IRExpr* u64(ULong n)
{
   return IRExpr_Const(IRConst_U64(n));
}

static IRTemp tmp(IRSB* sb, IRType ty, IRExpr* e)
{
   IRTemp t = newIRTemp(sb->tyenv, ty);
   addStmtToIRSB(sb, IRStmt_WrTmp(t, e));
   return t;
}

static IRExpr* rd(IRTemp t)
{
   return IRExpr_RdTmp(t);
}

static IRExpr* load64(const void* p)
{
   return IRExpr_Load(Iend_LE, Ity_I64, mkIRExpr_HWord((HWord)p));
}

/* *P += E, inline. */
static void add_to(IRSB* sb, ULong* p, IRExpr* e)
{
   IRTemp old = tmp(sb, Ity_I64, load64(p));
   IRTemp new = tmp(sb, Ity_I64, IRExpr_Binop(Iop_Add64, rd(old), e));
   addStmtToIRSB(sb, IRStmt_Store(Iend_LE, mkIRExpr_HWord((HWord)p),
                                  rd(new)));
}

/* One access of SIZE bytes at ADDR (an atom):
     far   = (addr - (SP - 128)) >u 16K          -- not the stack
     hit   = (addr - cache_base) <u cache_size
     pending += (far && hit) ? size : 0
     if (far && !hit) miss(addr, size)                               */
static void add_access(IRSB* sb, Bool is_write, Int size, IRExpr* addr,
                       Int offset_sp)
{
   IRTemp sp, below, dist, far, base, off, csize, hit, both, inc, miss;
   IRDirty* di;
   if (!track)
      return;
   tl_assert(typeOfIRExpr(sb->tyenv, addr) == Ity_I64);
   sp = tmp(sb, Ity_I64, IRExpr_Get(offset_sp, Ity_I64));
   below = tmp(sb, Ity_I64, IRExpr_Binop(Iop_Sub64, rd(sp),
                                         u64(VG_STACK_REDZONE_SZB)));
   dist = tmp(sb, Ity_I64, IRExpr_Binop(Iop_Sub64, addr, rd(below)));
   far = tmp(sb, Ity_I1, IRExpr_Binop(Iop_CmpLT64U, u64(STACK_WINDOW),
                                      rd(dist)));
   base = tmp(sb, Ity_I64, load64(&cache_base));
   off = tmp(sb, Ity_I64, IRExpr_Binop(Iop_Sub64, addr, rd(base)));
   csize = tmp(sb, Ity_I64, load64(&cache_size));
   hit = tmp(sb, Ity_I1, IRExpr_Binop(Iop_CmpLT64U, rd(off), rd(csize)));
   both = tmp(sb, Ity_I1, IRExpr_Binop(Iop_And1, rd(far), rd(hit)));
   inc = tmp(sb, Ity_I64, IRExpr_ITE(rd(both), u64((ULong)size), u64(0)));
   add_to(sb, is_write ? &pending_writes : &pending_reads, rd(inc));

   miss = tmp(sb, Ity_I1, IRExpr_Binop(Iop_And1, rd(far),
              rd(tmp(sb, Ity_I1, IRExpr_Unop(Iop_Not1, rd(hit))))));
   di = unsafeIRDirty_0_N(2, is_write ? "hc_write_miss" : "hc_read_miss",
                          VG_(fnptr_to_fnentry)(is_write ? (void*)write_miss
                                                         : (void*)read_miss),
                          mkIRExprVec_2(addr, mkIRExpr_HWord((HWord)size)));
   di->guard = rd(miss);
   addStmtToIRSB(sb, IRStmt_Dirty(di));
}

static void add_dirty_accesses(IRSB* sb, const IRDirty* d, Int offset_sp)
{
   if (d->mFx == Ifx_None)
      return;
   if (d->mFx == Ifx_Read || d->mFx == Ifx_Modify)
      add_access(sb, False, d->mSize, d->mAddr, offset_sp);
   if (d->mFx == Ifx_Write || d->mFx == Ifx_Modify)
      add_access(sb, True, d->mSize, d->mAddr, offset_sp);
}

static void add_cas_accesses(IRSB* sb, const IRCAS* cas, Int offset_sp)
{
   Int size = sizeofIRType(typeOfIRExpr(sb->tyenv, cas->dataLo));
   if (cas->dataHi != NULL)
      size *= 2;
   add_access(sb, False, size, cas->addr, offset_sp);
   add_access(sb, True, size, cas->addr, offset_sp);
}

static void add_llsc_access(IRSB* sb, const IRStmt* st, Int offset_sp)
{
   if (st->Ist.LLSC.storedata == NULL)
      add_access(sb, False,
                 sizeofIRType(typeOfIRTemp(sb->tyenv, st->Ist.LLSC.result)),
                 st->Ist.LLSC.addr, offset_sp);
   else
      add_access(sb, True,
                 sizeofIRType(typeOfIRExpr(sb->tyenv, st->Ist.LLSC.storedata)),
                 st->Ist.LLSC.addr, offset_sp);
}

/* The accesses of one statement, placed before it. */
static void add_accesses(IRSB* sb, const IRStmt* st, Int offset_sp)
{
   switch (st->tag) {
   case Ist_WrTmp:
      if (st->Ist.WrTmp.data->tag == Iex_Load)
         add_access(sb, False, sizeofIRType(st->Ist.WrTmp.data->Iex.Load.ty),
                    st->Ist.WrTmp.data->Iex.Load.addr, offset_sp);
      break;
   case Ist_Store:
      add_access(sb, True,
                 sizeofIRType(typeOfIRExpr(sb->tyenv, st->Ist.Store.data)),
                 st->Ist.Store.addr, offset_sp);
      break;
   case Ist_Dirty:
      add_dirty_accesses(sb, st->Ist.Dirty.details, offset_sp);
      break;
   case Ist_CAS:
      add_cas_accesses(sb, st->Ist.CAS.details, offset_sp);
      break;
   case Ist_LLSC:
      add_llsc_access(sb, st, offset_sp);
      break;
   default:
      break;
   }
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

   tl_assert(guest_word_type == Ity_I64 && host_word_type == Ity_I64);
   out = deepCopyIRSBExceptStmts(sb_in);
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
         add_to(out, &hc_instrs, u64(n));
         n = 0;
      } else
         add_accesses(out, st, layout->offset_SP);
      addStmtToIRSB(out, st);
   }
   if (n > 0)
      add_to(out, &hc_instrs, u64(n));
   return out;
}
