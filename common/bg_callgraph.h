/* bg_callgraph.h: call graphs (--call-graph=yes): a shadow call stack
   per thread, driven by the calls and returns the instrumented code
   reports (bg_cginstr.h) and repaired by the stack pointer, and the call
   tree it builds, with calls and self costs per region context.

   Costs reach the tree without any per-instruction helper: instrumented
   code adds each superblock segment's costs to running totals
   (bg_cg_run), and at every event (a call, a return, a change of
   function, a context or thread switch) the totals spent since the last
   event go to the node on top of the running thread's stack.  Inclusive
   costs are sums over the tree, made at the end (bg_cgresults.h).

   How the stack follows the program (callgrind's rules where it has
   them, so that call counts compare):
   - a call pushes a frame for its target (a call into a PLT stub pushes
     a transparent frame that becomes the stub's target when the stub
     jumps on, as does the lazy-binding resolver's frame);
   - a return pops every frame whose entry stack pointer lies below the
     stack pointer after it (so a longjmp or an exception is unwound by
     the next return, call or change of function);
   - code of another function reached without a call (a tail call, a
     PLT stub's jump, a landing pad, a longjmp target) is found when it
     starts to run: dead frames are popped; then a jump to a function's
     first instruction, or into another object, is a call (as callgrind
     counts it), and a jump into the middle of a function on the stack
     returns to it;
   - a signal handler starts a new root above a marker, removed when the
     handler returns (or when the stack pointer leaves it);
   - each thread has its own stack. */
#ifndef BG_CALLGRAPH_H
#define BG_CALLGRAPH_H

#include "pub_tool_basics.h"

/* The most events a call graph keeps (bg_sim's BG_EV_N). */
#define BG_CG_MAX_EVENTS 13

/* Call in post_clo_init: N_EVENTS running totals (1: Ir only), the
   current context CTX. */
void bg_cg_init(UInt n_events, UInt ctx);
Bool bg_cg_enabled(void);

/* Running totals per event, bumped inline by instrumented code. */
extern ULong bg_cg_run[BG_CG_MAX_EVENTS];

/* Tool callbacks. */
void bg_cg_switch_context(UInt ctx);          /* before the tool switches */
void bg_cg_thread_runs(ThreadId tid);         /* track_start_client_code */
void bg_cg_thread_starts(ThreadId child);     /* pre_thread_ll_create */
void bg_cg_thread_exits(ThreadId tid);        /* pre_thread_ll_exit */
void bg_cg_pre_signal(ThreadId tid, Bool alt_stack);
void bg_cg_post_signal(ThreadId tid);
void bg_cg_unmapped(Addr a, SizeT len);       /* die_mem_munmap */
/* Gives the costs spent since the last event to their node: call before
   reading the tree. */
void bg_cg_settle(void);

#endif
