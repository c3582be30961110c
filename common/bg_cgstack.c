/* bg_cgstack.c: the shadow call stacks and the events that move them
   (bg_callgraph.h), called by instrumented code (bg_cgstack.h) and by
   the tools' callbacks.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_machine.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_threadstate.h"
#include "bg_regions.h"
#include "bg_cgfn.h"
#include "bg_cgtree.h"
#include "bg_callgraph.h"
#include "bg_cgstack.h"

typedef enum {
   FR_CALLED,      /* entered by a call, or a jump counted as one */
   FR_ROOT,        /* the bottom of a thread or of a signal handler */
   FR_SKIP,        /* a PLT stub's: becomes its target's */
   FR_SIGNAL       /* a marker under a signal handler */
} FrameKind;

typedef struct {
   Addr  sp;       /* the stack pointer at entry; ~0 for roots */
   UInt  node;
   UInt  fn;       /* for a marker: the base below it */
   UChar kind;
   Bool  alt;      /* a marker: the handler runs on an alternate stack */
} Frame;

typedef struct {
   Frame* f;
   UInt   n, cap;
   UInt   base;    /* frames below it belong to interrupted code */
} Stack;

ULong bg_cg_run[BG_CG_MAX_EVENTS];
UInt  bg_cg_top = BG_CG_NO_FN;

static Bool     enabled;
static UInt     n_events;
static ULong    last[BG_CG_MAX_EVENTS];  /* bg_cg_run at the last event */
static UInt     cur_ctx;
static Stack*   stacks;                  /* by ThreadId */
static UInt     n_stacks;
static Stack    no_thread;
static Stack*   cur = &no_thread;
static ThreadId cur_tid = VG_INVALID_THREADID;

void bg_cg_init(UInt n_ev, UInt ctx)
{
   tl_assert(n_ev >= 1 && n_ev <= BG_CG_MAX_EVENTS);
   enabled = True;
   n_events = n_ev;
   cur_ctx = ctx;
   bg_cgtree_init(n_ev);
}

Bool bg_cg_enabled(void)
{
   return enabled;
}

static Stack* stack_of(ThreadId tid)
{
   if (tid >= n_stacks) {
      UInt n = n_stacks ? n_stacks : 16;
      while (n <= tid)
         n *= 2;
      stacks = VG_(realloc)("bg.cg.stacks", stacks, n * sizeof(Stack));
      VG_(memset)(stacks + n_stacks, 0, (n - n_stacks) * sizeof(Stack));
      n_stacks = n;
   }
   return &stacks[tid];
}

static inline Frame* top_frame(void)
{
   return cur->n > cur->base ? &cur->f[cur->n - 1] : NULL;
}

static inline void set_top(void)
{
   Frame* t = top_frame();
   bg_cg_top = t ? t->fn : BG_CG_NO_FN;
}

static Frame* push(void)
{
   if (cur->n == cur->cap) {
      cur->cap = cur->cap ? 2 * cur->cap : 64;
      cur->f = VG_(realloc)("bg.cg.frames", cur->f, cur->cap * sizeof(Frame));
   }
   return &cur->f[cur->n++];
}

/* The costs spent since the last event go to the node on top. */
static void flush(void)
{
   UInt e;
   if (cur_ctx != BG_CTX_OFF) {
      Frame* t = top_frame();
      ULong* c = bg_cgtree_cell(t ? t->node : BG_CG_ROOT, cur_ctx)
                 + BG_CG_CELL_HEAD;
      for (e = 0; e < n_events; e++)
         c[e] += bg_cg_run[e] - last[e];
   }
   for (e = 0; e < n_events; e++)
      last[e] = bg_cg_run[e];
}

static void count_call(UInt node)
{
   if (cur_ctx != BG_CTX_OFF)
      bg_cgtree_cell(node, cur_ctx)[0]++;
}

static UInt node_below(void)
{
   return cur->n > cur->base ? cur->f[cur->n - 1].node : BG_CG_ROOT;
}

/* Pops the frames the stack pointer SP has left (their entry stack
   pointer lies below it), and a signal marker left by a longjmp out of
   its handler. */
static void pop_dead(Addr sp)
{
   for (;;) {
      while (cur->n > cur->base && cur->f[cur->n - 1].sp < sp)
         cur->n--;
      if (cur->n == cur->base && cur->base > 0) {
         Frame* m = &cur->f[cur->base - 1];
         if (!m->alt && m->sp < sp) {
            cur->n--;
            cur->base = m->fn;
            continue;
         }
      }
      return;
   }
}

static void push_frame(Addr sp, UInt node, UInt fn, FrameKind kind)
{
   Frame* f = push();
   f->sp = sp;
   f->node = node;
   f->fn = fn;
   f->kind = (UChar)kind;
   f->alt = False;
   bg_cg_top = fn;
}

/* ---- events from instrumented code --------------------------------- */

VG_REGPARM(2) void bg_cg_call(const BgCgCode* to, UWord sp)
{
   UInt parent, node;
   flush();
   pop_dead(sp);
   parent = node_below();
   if (to->in_plt) {
      push_frame(sp, parent, to->fn, FR_SKIP);
      return;
   }
   node = bg_cgtree_child(parent, to->fn);
   push_frame(sp, node, to->fn, FR_CALLED);
   count_call(node);
}

VG_REGPARM(2) void bg_cg_call_to(UWord to, UWord sp)
{
   bg_cg_call(bg_cgcode(to), sp);
}

VG_REGPARM(1) void bg_cg_ret(UWord sp)
{
   flush();
   pop_dead(sp);
   set_top();
}

/* The top frame becomes FN's (a stub or the resolver jumping on): the
   call that entered it is counted as a call to FN. */
static void become(Frame* t, UInt fn)
{
   UInt parent = t->kind == FR_SKIP ? t->node
                                    : bg_cgtree_nodes[t->node].parent;
   t->node = bg_cgtree_child(parent, fn);
   t->fn = fn;
   t->kind = FR_CALLED;
   count_call(t->node);
   bg_cg_top = fn;
}

/* Code of AT's function runs, but another function's frame is on top. */
VG_REGPARM(2) void bg_cg_resync(const BgCgCode* at, UWord sp)
{
   Frame* t = top_frame();
   UInt i;
   /* a stub's own instructions are counted in the call it forwards */
   if (t == NULL || t->kind != FR_SKIP)
      flush();
   pop_dead(sp);
   t = top_frame();
   if (t == NULL) {
      /* a thread's bottom frame lives as long as the thread; a signal
         handler's returns */
      push_frame(cur->base > 0 ? sp : ~(Addr)0,
                 bg_cgtree_child(BG_CG_ROOT, at->fn), at->fn, FR_ROOT);
      return;
   }
   if (t->fn == at->fn) {
      bg_cg_top = t->fn;
      return;
   }
   if (t->kind == FR_SKIP || bg_cgfn(t->fn)->pop_on_jump) {
      become(t, at->fn);
      return;
   }
   if (at->in_plt) {
      /* a tail call through a PLT stub */
      push_frame(t->sp, t->node, at->fn, FR_SKIP);
      return;
   }
   if (at->is_entry || bg_cgfn(at->fn)->object != bg_cgfn(t->fn)->object) {
      UInt node = bg_cgtree_child(t->node, at->fn);
      push_frame(t->sp, node, at->fn, FR_CALLED);
      count_call(node);
      return;
   }
   /* into the middle of a function: back to it if it is among the
      frames entered by jumps at the same stack pointer, else the top
      frame becomes its, uncounted */
   for (i = cur->n - 1; i > cur->base && cur->f[i - 1].sp == t->sp; i--)
      if (cur->f[i - 1].fn == at->fn) {
         cur->n = i;
         set_top();
         return;
      }
   t->node = bg_cgtree_child(bg_cgtree_nodes[t->node].parent, at->fn);
   t->fn = at->fn;
   bg_cg_top = at->fn;
}

/* A jump to the first instruction of the function running: callgrind
   counts it as a call (tail recursion).  It is counted, without a frame
   of its own. */
VG_REGPARM(2) void bg_cg_jump_entry(const BgCgCode* to, UWord sp)
{
   Frame* t;
   flush();
   pop_dead(sp);
   t = top_frame();
   if (t != NULL && t->fn == to->fn && cur_ctx != BG_CTX_OFF)
      bg_cgtree_cell(t->node, cur_ctx)[1]++;
}

/* ---- the tools' callbacks ------------------------------------------- */

void bg_cg_switch_context(UInt ctx)
{
   if (!enabled)
      return;
   flush();
   cur_ctx = ctx;
}

void bg_cg_thread_runs(ThreadId tid)
{
   if (!enabled || tid == cur_tid)
      return;
   flush();
   cur = stack_of(tid);
   cur_tid = tid;
   set_top();
}

void bg_cg_thread_starts(ThreadId child)
{
   Stack* s;
   if (!enabled)
      return;
   s = stack_of(child);
   if (cur_tid != VG_INVALID_THREADID)
      cur = stack_of(cur_tid);        /* 'stacks' may have moved */
   s->n = s->base = 0;
}

void bg_cg_pre_signal(ThreadId tid, Bool alt_stack)
{
   Frame* m;
   if (!enabled)
      return;
   bg_cg_thread_runs(tid);
   flush();
   m = push();
   m->sp = VG_(get_SP)(tid);
   m->node = BG_CG_ROOT;
   m->fn = cur->base;
   m->kind = FR_SIGNAL;
   m->alt = alt_stack;
   cur->base = cur->n;
   set_top();
}

void bg_cg_post_signal(ThreadId tid)
{
   if (!enabled)
      return;
   bg_cg_thread_runs(tid);
   flush();
   if (cur->base > 0) {
      cur->n = cur->base - 1;
      cur->base = cur->f[cur->n].fn;
   }
   set_top();
}

void bg_cg_unmapped(Addr a, SizeT len)
{
   if (enabled)
      bg_cgfn_forget(a, len);
}

void bg_cg_settle(void)
{
   if (enabled)
      flush();
}
