/* bg_toggle.c: --toggle-collect (bg_toggle.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_debuginfo.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_machine.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_options.h"
#include "pub_tool_seqmatch.h"
#include "pub_tool_threadstate.h"
#include "bg_ir.h"
#include "bg_regions.h"
#include "bg_toggle.h"

#define MAX_PATTERNS 64
#define INACTIVE     (~(Addr)0)

static const HChar* patterns[MAX_PATTERNS];
static Int          n_patterns;

/* Per thread: the stack pointer at the outermost matching entry, or
   INACTIVE; and the states signal handlers interrupted, innermost last.
   'limit' is the running thread's, which code compares. */
#define MAX_NESTED_SIGNALS 8
typedef struct {
   Addr entry_sp;
   UInt n_interrupted;
   Addr interrupted[MAX_NESTED_SIGNALS];
} ThreadToggle;
static ThreadToggle* threads;
static UInt     n_threads;
static ThreadId running = VG_INVALID_THREADID;
static Addr     limit = INACTIVE;

void bg_toggle_add_pattern(const HChar* pattern)
{
   if (pattern[0] == '\0')
      VG_(fmsg_bad_option)("--toggle-collect=", "empty function pattern\n");
   if (n_patterns == MAX_PATTERNS)
      VG_(fmsg_bad_option)("--toggle-collect",
                           "too many patterns (at most %d)\n", MAX_PATTERNS);
   patterns[n_patterns++] = pattern;
}

Int bg_toggle_n_patterns(void)
{
   return n_patterns;
}

const HChar* bg_toggle_pattern(Int i)
{
   return patterns[i];
}

static ThreadToggle* thread_of(ThreadId tid)
{
   if (tid >= n_threads) {
      UInt n = n_threads ? n_threads : 16, i;
      while (n <= tid)
         n *= 2;
      threads = VG_(realloc)("bg.toggle.threads", threads,
                             n * sizeof(ThreadToggle));
      for (i = n_threads; i < n; i++) {
         threads[i].entry_sp = INACTIVE;
         threads[i].n_interrupted = 0;
      }
      n_threads = n;
   }
   return &threads[tid];
}

static Addr* entry_of(ThreadId tid)
{
   return &thread_of(tid)->entry_sp;
}

void bg_toggle_xml_options(BgXml* x)
{
   Int i;
   for (i = 0; i < n_patterns; i++)
      bg_xml_option(x, "toggle-collect", patterns[i]);
}

Bool bg_toggle_is_start(Addr a)
{
   const HChar* name;
   Int i;
   if (n_patterns == 0
       || !VG_(get_fnname_if_entry)(VG_(current_DiEpoch)(), a, &name))
      return False;
   for (i = 0; i < n_patterns; i++)
      if (VG_(string_match)(patterns[i], name))
         return True;
   return False;
}

/* ---- run time -------------------------------------------------------- */

static void set_limit(Addr sp)
{
   Bool was = limit != INACTIVE;
   limit = sp;
   if (running != VG_INVALID_THREADID)
      *entry_of(running) = sp;
   if (was != (sp != INACTIVE))
      bg_regions_set_toggled(sp != INACTIVE);
}

static VG_REGPARM(1) void enter(UWord sp)
{
   if (limit == INACTIVE)
      set_limit(sp);
}

static VG_REGPARM(1) void leave(UWord sp)
{
   set_limit(INACTIVE);
}

void bg_toggle_thread_runs(ThreadId tid)
{
   if (n_patterns == 0 || tid == running)
      return;
   running = tid;
   set_limit(*entry_of(tid));
}

void bg_toggle_thread_starts(ThreadId child)
{
   if (n_patterns > 0) {
      thread_of(child)->entry_sp = INACTIVE;
      thread_of(child)->n_interrupted = 0;
   }
}

/* A signal handler is not part of the function it interrupts (as for
   the call graph): collection stops for it, unless it matches itself,
   and resumes when it returns. */
void bg_toggle_pre_signal(ThreadId tid)
{
   ThreadToggle* t;
   if (n_patterns == 0)
      return;
   bg_toggle_thread_runs(tid);
   t = thread_of(tid);
   if (t->n_interrupted < MAX_NESTED_SIGNALS)
      t->interrupted[t->n_interrupted] = t->entry_sp;
   t->n_interrupted++;
   set_limit(INACTIVE);
}

void bg_toggle_post_signal(ThreadId tid)
{
   ThreadToggle* t;
   if (n_patterns == 0)
      return;
   bg_toggle_thread_runs(tid);
   t = thread_of(tid);
   if (t->n_interrupted == 0)
      return;
   t->n_interrupted--;
   set_limit(t->n_interrupted < MAX_NESTED_SIGNALS
             ? t->interrupted[t->n_interrupted] : INACTIVE);
}

/* ---- instrumentation -------------------------------------------------- */

static IRExpr* stack_pointer(IRSB* out, const VexGuestLayout* layout,
                             IRType word)
{
   return bg_ir_bind(out, word, IRExpr_Get(layout->offset_SP, word));
}

void bg_toggle_emit_enter(IRSB* out, const VexGuestLayout* layout,
                          IRType guest_word, Int slot_offset, Int slot_size)
{
   IRDirty* d = unsafeIRDirty_0_N(1, "bg_toggle_enter",
                                  VG_(fnptr_to_fnentry)(&enter),
                                  mkIRExprVec_1(stack_pointer(out, layout,
                                                              guest_word)));
   if (slot_offset >= 0) {
      d->nFxState = 1;
      VG_(memset)(&d->fxState, 0, sizeof(d->fxState));
      d->fxState[0].fx = Ifx_Modify;
      d->fxState[0].offset = slot_offset;
      d->fxState[0].size = slot_size;
   }
   addStmtToIRSB(out, IRStmt_Dirty(d));
}

void bg_toggle_emit_end(IRSB* out, const IRSB* in,
                        const VexGuestLayout* layout, IRType guest_word)
{
   IRExpr *sp, *lim, *left;
   IRDirty* d;
   if (n_patterns == 0)
      return;
   if (in->jumpkind != Ijk_Ret
       && !(in->jumpkind == Ijk_Boring && in->next->tag != Iex_Const))
      return;
   sp = stack_pointer(out, layout, guest_word);
   lim = bg_ir_load(out, guest_word, mkIRExpr_HWord((HWord)&limit));
   left = bg_ir_op2(out, Ity_I1,
                    guest_word == Ity_I64 ? Iop_CmpLT64U : Iop_CmpLT32U,
                    lim, sp);
   d = unsafeIRDirty_0_N(1, "bg_toggle_leave", VG_(fnptr_to_fnentry)(&leave),
                         mkIRExprVec_1(sp));
   d->guard = left;
   addStmtToIRSB(out, IRStmt_Dirty(d));
}
