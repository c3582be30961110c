/* bg_cgstack.c: the shadow call stacks and the events that move them
   (bg_callgraph.h), called by instrumented code (bg_cgstack.h) and by
   the tools' callbacks.

   Costs: each frame remembers its thread's running totals when it was
   entered; when it is left, the difference is added to its node's
   inclusive costs in the current context (a node never contains itself,
   so nothing is counted twice).  A thread's running totals are the
   global ones less what other threads and signal handlers ran meanwhile
   ('excluded').  A context switch closes every open frame's piece in the
   old context.  Calls are counted when a frame's first piece is closed.
   Self costs are inclusive costs less the children's, made at the end.

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
   Addr  sp;       /* the stack pointer at entry; ~0 for a thread's root */
   UInt  node;     /* for a marker: the base below it */
   UInt  fn;
   UChar kind;
   Bool  uncounted;/* a call not yet counted */
   Bool  alt;      /* a marker: the handler runs on an alternate stack */
} Frame;

typedef struct {
   Frame* f;
   ULong* entry;   /* n_events a frame: its thread's totals at entry */
   UInt   n, cap;
   UInt   base;    /* frames below it belong to interrupted code */
   ULong  excluded[BG_CG_MAX_EVENTS];  /* run while it did not */
   ULong  paused_at[BG_CG_MAX_EVENTS]; /* bg_cg_run when it stopped */
} Stack;

ULong bg_cg_run[BG_CG_MAX_EVENTS];
UInt  bg_cg_top = BG_CG_NO_FN;

static Bool     enabled;
static UInt     n_events;
static UInt     cur_ctx;
static Stack**  stacks;                  /* by ThreadId */
static UInt     n_stacks;
static Stack    no_thread;
static Stack*   cur = &no_thread;
static ThreadId cur_tid = VG_INVALID_THREADID;
static ULong    frameless_since[BG_CG_MAX_EVENTS];  /* see frameless() */

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
      stacks = VG_(realloc)("bg.cg.stacks", stacks, n * sizeof(Stack*));
      VG_(memset)(stacks + n_stacks, 0, (n - n_stacks) * sizeof(Stack*));
      n_stacks = n;
   }
   if (stacks[tid] == NULL)
      stacks[tid] = VG_(calloc)("bg.cg.stack", 1, sizeof(Stack));
   return stacks[tid];
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

/* The running thread's totals now, event E. */
static inline ULong now(UInt e)
{
   return bg_cg_run[e] - cur->excluded[e];
}

/* ---- costs of frames ------------------------------------------------- */

/* Adds frame I's costs since its entry (or its last piece) up to AT (its
   thread's totals) to its node in the current context, and restarts it
   there. */
static void close_piece_at(Stack* s, UInt i, const ULong* at)
{
   Frame* f = &s->f[i];
   ULong* entry = s->entry + (SizeT)i * n_events;
   UInt e;
   /* (a stub's frame shares its caller's node and adds nothing itself) */
   if (cur_ctx != BG_CTX_OFF && f->kind != FR_SKIP) {
      ULong* c = bg_cgtree_cell(f->node, cur_ctx);
      if (f->uncounted)
         c[0]++;
      for (e = 0; e < n_events; e++)
         c[BG_CG_CELL_HEAD + e] += at[e] - entry[e];
   }
   for (e = 0; e < n_events; e++)
      entry[e] = at[e];
   f->uncounted = False;
}

/* The running thread's totals now. */
static void now_all(ULong* at)
{
   UInt e;
   for (e = 0; e < n_events; e++)
      at[e] = now(e);
}

/* The running stack's top frame's piece. */
static void close_top_piece(void)
{
   ULong at[BG_CG_MAX_EVENTS];
   now_all(at);
   close_piece_at(cur, cur->n - 1, at);
}

/* Every open frame of S: up to now (or to when S stopped running) above
   every signal marker, and for a frame below a marker up to the
   marker's start: the handler's time is not the interrupted frames'. */
static void close_stack(Stack* s)
{
   ULong at[BG_CG_MAX_EVENTS];
   const ULong* t = at;
   UInt i, e;
   for (e = 0; e < n_events; e++)
      at[e] = (s == cur ? bg_cg_run[e] : s->paused_at[e]) - s->excluded[e];
   for (i = s->n; i-- > 0;) {
      if (s->f[i].kind == FR_SIGNAL)
         t = s->entry + (SizeT)i * n_events;
      else
         close_piece_at(s, i, t);
   }
}

/* The top frame of the running stack is left. */
static inline void pop_one(void)
{
   UInt i = cur->n - 1;
   Frame* f = &cur->f[i];
   if (n_events == 1 && cur_ctx != BG_CTX_OFF && f->kind != FR_SKIP) {
      ULong* c = bg_cgtree_cell(f->node, cur_ctx);
      c[0] += f->uncounted;
      c[BG_CG_CELL_HEAD] += now(0) - cur->entry[i];
   } else {
      close_top_piece();
   }
   cur->n = i;
}

/* What runs while a thread has no frame at all (none is expected) goes
   to the root. */
static void frameless_ends(void)
{
   UInt e;
   if (cur_ctx == BG_CTX_OFF)
      return;
   for (e = 0; e < n_events; e++)
      bg_cgtree_cell(BG_CG_ROOT, cur_ctx)[BG_CG_CELL_HEAD + e]
         += now(e) - frameless_since[e];
}

static void frameless_starts(void)
{
   UInt e;
   for (e = 0; e < n_events; e++)
      frameless_since[e] = now(e);
}

/* ---- the stack ------------------------------------------------------- */

static void grow(void)
{
   cur->cap = cur->cap ? 2 * cur->cap : 64;
   cur->f = VG_(realloc)("bg.cg.frames", cur->f, cur->cap * sizeof(Frame));
   cur->entry = VG_(realloc)("bg.cg.entries", cur->entry,
                             (SizeT)cur->cap * n_events * sizeof(ULong));
}

static inline void push_frame(Addr sp, UInt node, UInt fn, FrameKind kind,
                              Bool counted)
{
   Frame* f;
   ULong* entry;
   UInt e;
   if (UNLIKELY(cur->n == cur->cap))
      grow();
   if (UNLIKELY(cur->n == cur->base))
      frameless_ends();
   f = &cur->f[cur->n];
   entry = cur->entry + (SizeT)cur->n * n_events;
   cur->n++;
   f->sp = sp;
   f->node = node;
   f->fn = fn;
   f->kind = (UChar)kind;
   f->uncounted = counted;
   f->alt = False;
   for (e = 0; e < n_events; e++)
      entry[e] = now(e);
   bg_cg_top = fn;
}

/* A signal handler's time is not its interrupted frames'. */
static void pop_marker(void)
{
   UInt m = cur->base - 1, e;
   const ULong* started = cur->entry + (SizeT)m * n_events;
   tl_assert(cur->f[m].kind == FR_SIGNAL);
   for (e = 0; e < n_events; e++)
      cur->excluded[e] += now(e) - started[e];
   cur->n = m;
   cur->base = cur->f[m].node;
}

static void pop_dead_slow(Addr sp)
{
   for (;;) {
      while (cur->n > cur->base && cur->f[cur->n - 1].sp < sp)
         pop_one();
      if (cur->n == cur->base && cur->base > 0) {
         Frame* m = &cur->f[cur->base - 1];
         if (!m->alt && m->sp < sp) {
            pop_marker();
            continue;
         }
      }
      return;
   }
}

/* Pops the frames the stack pointer SP has left (their entry stack
   pointer lies below it), and a signal marker left by a longjmp out of
   its handler. */
static inline void pop_dead(Addr sp)
{
   UInt n0 = cur->n;
   while (cur->n > cur->base && cur->f[cur->n - 1].sp < sp)
      pop_one();
   if (UNLIKELY(cur->n == cur->base)) {
      if (cur->base > 0)
         pop_dead_slow(sp);
      if (cur->n == cur->base && n0 > cur->n)
         frameless_starts();
   }
}

static inline UInt node_below(void)
{
   return cur->n > cur->base ? cur->f[cur->n - 1].node : BG_CG_ROOT;
}

/* ---- events from instrumented code --------------------------------- */

VG_REGPARM(2) void bg_cg_call(const BgCgCode* to, UWord sp)
{
   UInt parent;
   pop_dead(sp);
   parent = node_below();
   if (to->in_plt)
      push_frame(sp, parent, to->fn, FR_SKIP, False);
   else
      push_frame(sp, bg_cgtree_child(parent, to->shown), to->fn, FR_CALLED,
                 True);
}

VG_REGPARM(2) void bg_cg_call_to(UWord to, UWord sp)
{
   bg_cg_call(bg_cgcode(to), sp);
}

VG_REGPARM(1) void bg_cg_ret(UWord sp)
{
   pop_dead(sp);
   set_top();
}

/* The top frame becomes FN's (a stub or the resolver jumping on): the
   call that entered it is counted as a call to FN.  A stub's own
   instructions are counted in that call; the resolver's in its own. */
static void become(Frame* t, const BgCgCode* at)
{
   UInt parent = t->node;
   if (t->kind != FR_SKIP) {
      close_top_piece();
      parent = bg_cgtree_nodes[t->node].parent;
   }
   t->node = bg_cgtree_child(parent, at->shown);
   t->fn = at->fn;
   t->kind = FR_CALLED;
   t->uncounted = True;
   bg_cg_top = at->fn;
}

/* Code of AT's function runs, but another function's frame is on top. */
VG_REGPARM(2) void bg_cg_resync(const BgCgCode* at, UWord sp)
{
   Frame* t;
   UInt i;
   pop_dead(sp);
   t = top_frame();
   if (t == NULL) {
      /* a thread's bottom frame lives as long as the thread; a signal
         handler's returns */
      push_frame(cur->base > 0 ? sp : ~(Addr)0,
                 bg_cgtree_child(BG_CG_ROOT, at->shown), at->fn, FR_ROOT,
                 False);
      return;
   }
   if (t->fn == at->fn) {
      bg_cg_top = t->fn;
      return;
   }
   if (t->kind == FR_SKIP || bg_cgfn(t->fn)->pop_on_jump) {
      become(t, at);
      return;
   }
   if (at->in_plt) {
      /* a tail call through a PLT stub */
      push_frame(t->sp, t->node, at->fn, FR_SKIP, False);
      return;
   }
   if (at->is_entry || bg_cgfn(at->fn)->object != bg_cgfn(t->fn)->object) {
      push_frame(t->sp, bg_cgtree_child(t->node, at->shown), at->fn,
                 FR_CALLED, True);
      return;
   }
   /* into the middle of a function: back to it if it is among the
      frames entered by jumps at the same stack pointer (a function's
      cold part jumping back into it); else the code runs in the frame
      that jumped (as callgrind counts it: glibc's mempcpy jumps into
      memcpy) */
   for (i = cur->n - 1; i > cur->base && cur->f[i - 1].sp == t->sp; i--)
      if (bg_cgtree_nodes[cur->f[i - 1].node].fn == at->shown) {
         while (cur->n > i)
            pop_one();
         set_top();
         return;
      }
   t->fn = at->fn;
   bg_cg_top = at->fn;
}

VG_REGPARM(2) void bg_cg_fall_into(const BgCgCode* at, UWord sp)
{
   Frame* t;
   pop_dead(sp);
   t = top_frame();
   if (t == NULL) {
      bg_cg_resync(at, sp);
      return;
   }
   t->fn = at->fn;
   bg_cg_top = at->fn;
}

/* A jump to the first instruction of the function running: callgrind
   counts it as a call (tail recursion).  It is counted, without a frame
   of its own. */
VG_REGPARM(2) void bg_cg_jump_entry(const BgCgCode* to, UWord sp)
{
   Frame* t;
   pop_dead(sp);
   t = top_frame();
   if (t != NULL && t->fn == to->fn && cur_ctx != BG_CTX_OFF)
      bg_cgtree_cell(t->node, cur_ctx)[1]++;
   set_top();
}

/* ---- the tools' callbacks ------------------------------------------- */

/* Every open frame's costs so far go to the current context. */
static void close_all_pieces(void)
{
   UInt t;
   for (t = 0; t < n_stacks; t++)
      if (stacks[t] != NULL)
         close_stack(stacks[t]);
}

void bg_cg_switch_context(UInt ctx)
{
   if (!enabled || ctx == cur_ctx)
      return;
   close_all_pieces();
   if (cur->n == cur->base)
      frameless_ends();
   cur_ctx = ctx;
   if (cur->n == cur->base)
      frameless_starts();
}

void bg_cg_thread_runs(ThreadId tid)
{
   UInt e;
   if (!enabled || tid == cur_tid)
      return;
   if (cur->n == cur->base)
      frameless_ends();
   for (e = 0; e < n_events; e++)
      cur->paused_at[e] = bg_cg_run[e];
   cur = stack_of(tid);
   cur_tid = tid;
   for (e = 0; e < n_events; e++)
      cur->excluded[e] += bg_cg_run[e] - cur->paused_at[e];
   if (cur->n == cur->base)
      frameless_starts();
   set_top();
}

void bg_cg_thread_starts(ThreadId child)
{
   Stack* s;
   UInt e;
   if (!enabled)
      return;
   s = stack_of(child);
   s->n = s->base = 0;
   for (e = 0; e < n_events; e++) {
      s->excluded[e] = 0;
      s->paused_at[e] = bg_cg_run[e];
   }
}

void bg_cg_thread_exits(ThreadId tid)
{
   Stack* s;
   if (!enabled || tid >= n_stacks || stacks[tid] == NULL)
      return;
   s = stacks[tid];
   if (s == cur && s->n == s->base)
      frameless_ends();
   close_stack(s);
   s->n = s->base = 0;
   if (s == cur) {
      frameless_starts();
      set_top();
   }
}

void bg_cg_pre_signal(ThreadId tid, Bool alt_stack)
{
   UInt base;
   if (!enabled)
      return;
   bg_cg_thread_runs(tid);
   base = cur->base;
   push_frame(VG_(get_SP)(tid), base, BG_CG_NO_FN, FR_SIGNAL, False);
   cur->f[cur->n - 1].alt = alt_stack;
   cur->base = cur->n;
   frameless_starts();
   set_top();
}

void bg_cg_post_signal(ThreadId tid)
{
   if (!enabled)
      return;
   bg_cg_thread_runs(tid);
   if (cur->base > 0) {
      if (cur->n == cur->base)
         frameless_ends();
      while (cur->n > cur->base)
         pop_one();
      pop_marker();
      if (cur->n == cur->base)
         frameless_starts();
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
   if (!enabled)
      return;
   close_all_pieces();
   if (cur->n == cur->base) {
      frameless_ends();
      frameless_starts();
   }
}
